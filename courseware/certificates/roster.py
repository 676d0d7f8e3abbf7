"""Who gets a certificate: a roster file (CSV or .xlsx) with an optional score column.

A minimal reader for certificates; headers are matched in Chinese or English
(姓名/name, 工号/id, 部门/department, 分数/成绩/score, 等级/grade). CSV files may be UTF-8
(with or without BOM) or GBK/GB18030 as saved by Excel on Chinese Windows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

HEADER_ALIASES = {
    "name": ("姓名", "name", "trainee", "学员"),
    "trainee_id": ("工号", "id", "employee_id", "employee id", "学号", "编号"),
    "department": ("部门", "department", "dept"),
    "score": ("分数", "成绩", "得分", "score", "percent"),
    "grade": ("等级", "grade"),
}


class RosterError(ValueError):
    """The roster cannot be used; the message says why (and where)."""


@dataclass(frozen=True)
class RosterEntry:
    name: str
    trainee_id: str = ""
    department: str = ""
    score_percent: float | None = None
    grade: str | None = None


def read_roster(path: Path) -> list[RosterEntry]:
    is_workbook = path.suffix.lower() in (".xlsx", ".xlsm")
    rows = read_xlsx_rows(path) if is_workbook else read_csv_rows(path)
    if not rows:
        raise RosterError(f"{path.name}: the roster is empty")
    columns = match_headers(rows[0], path)
    entries = [entry_from_row(row, columns, path, number)
               for number, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)]
    if not entries:
        raise RosterError(f"{path.name}: the roster lists nobody")
    return entries


def read_csv_rows(path: Path) -> list[list[str]]:
    text = decode_text(path.read_bytes())
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), sniff(text))]


def sniff(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterError("the roster is neither UTF-8 nor GBK text")


def read_xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [["" if c is None else str(c).strip() for c in row]
                for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def match_headers(header: list[str], path: Path) -> dict[str, int]:
    lowered = [cell.strip().lower() for cell in header]
    columns = {field: lowered.index(alias) for field, aliases in HEADER_ALIASES.items()
               for alias in aliases if alias in lowered}
    if "name" not in columns:
        raise RosterError(f"{path.name}: no name column (姓名 or name) in the first row")
    return columns


def entry_from_row(row: list[str], columns: dict[str, int], path: Path,
                   line: int) -> RosterEntry:
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    if not cell("name"):
        raise RosterError(f"{path.name}:{line}: the name is empty")
    return RosterEntry(cell("name"), cell("trainee_id"), cell("department"),
                       parse_score(cell("score"), path, line), cell("grade") or None)


def parse_score(text: str, path: Path, line: int) -> float | None:
    if not text:
        return None
    try:
        value = float(text.rstrip("%").strip())
    except ValueError:
        raise RosterError(f"{path.name}:{line}: the score '{text}' is not a number") from None
    if not 0 <= value <= 100:
        raise RosterError(f"{path.name}:{line}: the score {value:g} is not between 0 and 100")
    return value
