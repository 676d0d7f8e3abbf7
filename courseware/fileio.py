"""Safe file access: atomic writes, encoding detection, paths kept inside the course folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePosixPath

UTF8_BOM = b"\xef\xbb\xbf"
_GUESS_ENCODINGS = ("gb18030", "big5", "shift_jis")


class NotUtf8Error(ValueError):
    def __init__(self, guessed: str) -> None:
        super().__init__(guessed)
        self.guessed = guessed


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via temp file, fsync, rename: a crash leaves the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


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
