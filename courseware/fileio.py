"""Safe file access: atomic writes, encoding detection, paths kept inside the course folder."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path, PurePosixPath

UTF8_BOM = b"\xef\xbb\xbf"
_GUESS_ENCODINGS = ("gb18030", "big5", "shift_jis")


class NotUtf8Error(ValueError):
    def __init__(self, guessed: str) -> None:
        super().__init__(guessed)
        self.guessed = guessed


def current_umask() -> int:
    """The process umask (reading it means setting it; put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary_beside(path: Path, suffix: str = ".tmp",
                     private: bool = False) -> tuple[int, str]:
    """``mkstemp`` next to ``path``, but with the mode an ordinary ``open`` would give.

    mkstemp creates 0600 files; renamed onto the output they would stay unreadable to the
    colleagues and web servers the user shares the folder with. ``private`` keeps 0600 (for
    secrets such as a password hash). Returns (descriptor, name).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    if private:
        return fd, name
    with contextlib.suppress(OSError):  # FAT on a USB stick has no modes to honour
        os.chmod(name, 0o666 & ~current_umask())
    return fd, name


class NotRegularFile(OSError):
    """A FIFO, a device or a socket where a file was expected (reading it could block)."""


class FileTooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of an ordinary file, refusing FIFOs and devices without blocking on them."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(str(path))
        if info.st_size > max_bytes:
            raise FileTooLarge(info.st_size)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLarge(len(data))
    return data


def atomic_write_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """Write via temp file, fsync, rename: a crash leaves the old or the new file, never half.

    The file gets the mode the umask allows, or 0600 when ``private``."""
    fd, tmp_name = temporary_beside(path, private=private)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: Path, text: str, private: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), private)


def guess_encoding(data: bytes) -> str:
    """Name the encoding non-UTF-8 bytes most likely use, for the error message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    for encoding in _GUESS_ENCODINGS:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "GBK/GB18030" if encoding == "gb18030" else encoding.upper()
    return "Latin-1/Windows-1252"


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8 (BOM tolerated) or raise NotUtf8Error naming the likely encoding."""
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotUtf8Error(guess_encoding(data)) from None


def read_text_utf8(path: Path) -> str:
    return decode_utf8(path.read_bytes())


def resolve_inside(root: Path, reference: str, base: str = "") -> tuple[Path, str] | None:
    """Resolve a relative reference (from course-relative folder ``base``) inside ``root``.

    Returns the absolute path and the normalised course-relative path, or None when the
    reference is absolute, escapes the course folder, or leaves it through a symbolic link.
    """
    if not reference or reference.startswith(("/", "\\")) or ":" in reference.split("/")[0]:
        return None
    parts: list[str] = list(PurePosixPath(base).parts) if base else []
    for part in PurePosixPath(reference.replace("\\", "/")).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part != ".":
            parts.append(part)
    if not parts:
        return None
    relative = "/".join(parts)
    absolute = root.joinpath(*parts)
    try:
        real_root = root.resolve()
        real = absolute.resolve()
    except OSError:
        return None
    if real != real_root and real_root not in real.parents:
        return None
    return absolute, relative
