"""Reading a spreadsheet-like file (CSV in the encodings Chinese offices use, or .xlsx) into
rows of text, numbered as the user sees them in Excel or WPS."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from courseware.results.errors import BadRosterFile

MAX_FILE_BYTES = 20 * 1024 * 1024
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".et")
DELIMITERS = (",", "\t", ";")

# Tried in this order; the first that decodes the whole file wins. UTF-8 first because a GBK
# file almost never happens to be valid UTF-8, while UTF-8 text often decodes as GBK garbage.
ENCODINGS = (("utf-8", "UTF-8"), ("gbk", "GBK"), ("gb18030", "GB18030"))


@dataclass(frozen=True)
class TableFile:
    rows: list[tuple[int, list[str]]]  # (row number as shown in Excel, cell texts)
    encoding: str | None  # how a CSV file was decoded; None for a workbook


def read_table_file(path: Path) -> TableFile:
    suffix = path.suffix.lower()
    if suffix in OLD_EXCEL_SUFFIXES:
        raise BadRosterFile("table.old_excel", file=path.name)
    if suffix in XLSX_SUFFIXES:
        return TableFile(read_xlsx_rows(path), None)
    if suffix in CSV_SUFFIXES:
        text, encoding = decode_text(read_bytes(path), path.name)
        return TableFile(parse_csv(text), encoding)
    raise BadRosterFile("table.unknown_type", file=path.name)


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadRosterFile("table.too_large", file=path.name,
                                size=round(size / 1024 / 1024, 1))
        return path.read_bytes()
    except OSError as error:
        raise BadRosterFile("table.unreadable", file=path.name,
                            error=error.strerror or error) from error


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding that was used."""
    for bom, codec, label in ((codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
                              (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
                              (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16")):
        if data.startswith(bom):
            return _decode(data[len(bom):], codec, name), label
    if b"\x00" in data:
        raise BadRosterFile("table.binary", file=name)
    for codec, label in ENCODINGS:
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise BadRosterFile("table.unknown_encoding", file=name)


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise BadRosterFile("table.bad_bytes", file=name, encoding=codec.upper(),
                            offset=error.start) from error


def parse_csv(text: str) -> list[tuple[int, list[str]]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count) if first_line else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [(number, [cell.strip() for cell in row])
                for number, row in enumerate(reader, start=1)]
    except csv.Error as error:
        raise BadRosterFile("table.bad_csv", error=error) from error


def read_xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    import openpyxl  # imported here: only workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as error:
        raise BadRosterFile("table.bad_xlsx", file=path.name) from error
    try:
        sheet = workbook.worksheets[0]
        return [(number, [cell_text(value) for value in row])
                for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    """A cell as the user reads it: 10023.0 → '10023', a date → '2024-03-01'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
