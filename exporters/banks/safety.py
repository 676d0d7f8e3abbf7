"""Untrusted bank files: size limits, zip members checked before reading, XML without DTDs.

A refusal is a :class:`BankFileError` carrying the user's message; :func:`guarded` turns it into
a file-level error of the read result, so the importer writes nothing and exits 1.
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from courseware.i18n import tr
from exporters.banks import BankProblem, BankReadResult

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members above 1 MB
MAX_MEMBERS = 10_000

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_blank_text=False)


class BankFileError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def guarded(reader: Callable[[Path], BankReadResult]) -> Callable[[Path], BankReadResult]:
    """Size check first; any refusal becomes one file-level error, never a traceback."""

    @functools.wraps(reader)
    def read(path: Path) -> BankReadResult:
        try:
            check_size(path)
            return reader(path)
        except BankFileError as error:
            return BankReadResult(problems=[BankProblem(path.name, "error", error.message)])
        except OSError as error:
            return BankReadResult(problems=[BankProblem(
                path.name, "error", tr("tiku.cannot_read", name=path.name, error=error))])

    return read


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BankFileError(tr("tiku.too_big", name=path.name, size=round(size / 2**20, 1),
                               limit=MAX_FILE_BYTES // 2**20))


def refuse_old_format(path: Path) -> None:
    """.doc/.xls (and those renamed .docx/.xlsx) start with the OLE2 signature."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        old, new = (".xls", ".xlsx") if path.suffix.lower().startswith(".xl") else (".doc", ".docx")
        raise BankFileError(tr("tiku.old_format", name=path.name, old=old, new=new))


def open_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """The package after checking every member's size and compression ratio."""
    refuse_old_format(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError) as error:
        raise BankFileError(tr("tiku.not_zip", name=path.name, kind=kind)) from error
    total = 0
    if len(archive.infolist()) > MAX_MEMBERS:
        archive.close()
        raise BankFileError(tr("tiku.zip_bomb", name=path.name, member=f"{MAX_MEMBERS}+"))
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > 2**20 and ratio > MAX_RATIO):
            archive.close()
            raise BankFileError(tr("tiku.zip_bomb", name=path.name, member=info.filename))
    return archive


def read_member(archive: zipfile.ZipFile, member: str) -> bytes | None:
    try:
        return archive.read(member)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        name = Path(archive.filename or "").name
        raise BankFileError(tr("tiku.not_zip", name=name, kind=member)) from error


def check_no_dtd(data: bytes, name: str, member: str) -> None:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise BankFileError(tr("tiku.xml_dtd", name=name, member=member))


def parse_xml(data: bytes, name: str, member: str) -> etree._Element:
    check_no_dtd(data, name, member)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise BankFileError(tr("tiku.xml_broken", name=name, member=member,
                               error=error)) from error


def check_xml_members(archive: zipfile.ZipFile, name: str) -> None:
    """No DTD/entity in any XML part (before a library such as openpyxl parses them)."""
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels", ".vml")):
            data = read_member(archive, info.filename) or b""
            check_no_dtd(data, name, info.filename)


def decode_text(data: bytes, name: str) -> str:
    """BOM (UTF-8/UTF-16), then UTF-8, then GB18030 (GBK and GB2312 are subsets)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                          (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise BankFileError(tr("tiku.encoding", name=name)) from error
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BankFileError(tr("tiku.encoding", name=name))
