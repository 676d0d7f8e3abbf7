"""Reading a package archive defensively: safe member names, size and count limits."""

from __future__ import annotations

import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from courseware.classroom.errors import PackageTooLarge, UnsafeMember, corrupt

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_CHUNK = 1024 * 1024
# What the zip reader raises for damaged archives (never let one reach the user as a trace).
ZIP_READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
                   zlib.error, UnicodeDecodeError)
_DRIVE = re.compile(r"^[A-Za-z]:")
# What the builder writes; anything else means the archive's metadata was damaged.
CANONICAL_TIME = (1980, 1, 1, 0, 0, 0)
_ALLOWED_FLAGS = 0x0800  # UTF-8 names
_ALLOWED_VERSIONS = (20, 45)
_ALLOWED_SYSTEMS = (0, 3)  # written on Windows or on Unix


def check_member_name(name: str) -> None:
    """Refuse names that could write outside the target folder on any system."""
    if not name or "\x00" in name or "\\" in name:
        raise UnsafeMember(name, "name")
    if name.startswith("/"):
        raise UnsafeMember(name, "absolute")
    if _DRIVE.match(name) or ":" in name:
        raise UnsafeMember(name, "drive")
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in name.split("/")):
        raise UnsafeMember(name, "parent")
    if not parts or name.endswith("/"):
        raise UnsafeMember(name, "name")


def is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def check_archive(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every member checked before anything is read: safe names first, then sizes, then the
    metadata the builder writes. Returns name → info."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageTooLarge(detail=f"{len(infos)} > {MAX_MEMBERS}")
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        check_member_name(info.filename)
        if is_symlink(info):
            raise UnsafeMember(info.filename, "symlink")
        if info.filename in members:
            raise UnsafeMember(info.filename, "duplicate")
        members[info.filename] = info
    for info in infos:
        _check_size(info)
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise PackageTooLarge(detail=f"> {MAX_TOTAL_BYTES // 1024 // 1024} MB")
    for info in infos:
        _check_canonical(info)
    return members


def _check_canonical(info: zipfile.ZipInfo) -> None:
    canonical = (
        info.date_time == CANONICAL_TIME
        and info.flag_bits & ~_ALLOWED_FLAGS == 0
        and info.compress_type == zipfile.ZIP_STORED
        and info.reserved == 0
        and info.create_version in _ALLOWED_VERSIONS
        and info.extract_version in _ALLOWED_VERSIONS
        and info.create_system in _ALLOWED_SYSTEMS
        and info.internal_attr == 0
        and info.volume == 0
        and info.external_attr == 0o644 << 16
        and not info.extra
        and not info.comment
    )
    if not canonical:
        raise corrupt("zip")


_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_END_RECORD = struct.Struct("<4sHHHHIIH")
_CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")


def verify_structure(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """All checks on the archive's structure, before any member is read; name → info.

    The zip reader forgives a lot (stale local headers, padding, prepended data, clipped
    names); a package must be byte for byte what the builder wrote, so every header field is
    compared with what it must be.
    """
    try:
        members = check_archive(archive)
        infos = list(members.values())
        with open(path, "rb") as handle:
            _check_end_record(handle, archive, len(infos))
            _check_central_directory(handle, archive, infos)
            _check_local_headers(handle, infos, getattr(archive, "start_dir", -1))
    except ZIP_READ_ERRORS:
        raise corrupt("zip") from None
    return members


def _check_end_record(handle: BinaryIO, archive: zipfile.ZipFile, count: int) -> None:
    handle.seek(-_END_RECORD.size, 2)
    end_offset = handle.tell()
    fields = _END_RECORD.unpack(handle.read(_END_RECORD.size))
    start_dir = getattr(archive, "start_dir", -1)
    expected = (b"PK\x05\x06", 0, 0, count, count, end_offset - start_dir, start_dir, 0)
    if fields != expected:
        raise corrupt("zip")


def _check_central_directory(handle: BinaryIO, archive: zipfile.ZipFile,
                             infos: list[zipfile.ZipInfo]) -> None:
    handle.seek(getattr(archive, "start_dir", -1))
    for info in infos:
        fields = _CENTRAL_HEADER.unpack(handle.read(_CENTRAL_HEADER.size))
        name = info.filename.encode("utf-8")
        expected = (b"PK\x01\x02", info.create_version, info.create_system,
                    info.extract_version, 0, info.flag_bits, info.compress_type,
                    *_dos_time(info), info.CRC, info.compress_size, info.file_size, len(name),
                    0, 0, 0, 0, info.external_attr, info.header_offset)
        if fields != expected or handle.read(len(name)) != name:
            raise corrupt("zip")


def _check_local_headers(handle: BinaryIO, infos: list[zipfile.ZipInfo],
                         start_dir: int) -> None:
    end_of_previous = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != end_of_previous:  # no gap, no overlap, no prepended data
            raise corrupt("zip")
        handle.seek(info.header_offset)
        fields = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
        name = info.filename.encode("utf-8")
        expected = (b"PK\x03\x04", info.extract_version, info.flag_bits, info.compress_type,
                    *_dos_time(info), info.CRC, info.compress_size, info.file_size, len(name), 0)
        if fields != expected or handle.read(len(name)) != name:
            raise corrupt("zip")
        end_of_previous = info.header_offset + _LOCAL_HEADER.size + len(name) \
            + info.compress_size
    if end_of_previous != start_dir:
        raise corrupt("zip")


def _dos_time(info: zipfile.ZipInfo) -> tuple[int, int]:
    year, month, day, hour, minute, second = info.date_time
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _check_size(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_MEMBER_BYTES:
        raise PackageTooLarge(detail=f"{info.filename}: {info.file_size} bytes")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise PackageTooLarge(detail=f"{info.filename}: {info.file_size}/{info.compress_size}")


def iter_member_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's bytes in chunks, never more than its declared size (zip bombs lie)."""
    remaining = info.file_size
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(_CHUNK, remaining + 1))
                if not chunk:
                    break
                remaining -= len(chunk)
                if remaining < 0:
                    raise corrupt("checksum", name=info.filename)
                yield chunk
    except ZIP_READ_ERRORS:
        raise corrupt("checksum", name=info.filename) from None


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return b"".join(iter_member_chunks(archive, info))


def safe_target(root: Path, name: str) -> Path:
    """The path a member is written to, proven to stay inside ``root``."""
    check_member_name(name)
    target = root.joinpath(*PurePosixPath(name).parts)
    resolved_root = root.resolve()
    if resolved_root not in target.resolve().parents:
        raise UnsafeMember(name, "parent")
    return target
