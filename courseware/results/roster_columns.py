"""Which column of a roster holds what: headers matched in Chinese or English, tolerating
spaces, case, full-width letters and punctuation (姓名 / Name / ＮＡＭＥ / "Employee ID")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from courseware.results.errors import BadRosterFile

FIELDS = ("name", "employee_id", "department", "email")
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "学员姓名", "员工姓名", "学员", "name", "full name", "trainee",
             "trainee name"),
    "employee_id": ("工号", "员工编号", "员工号", "职工号", "员工工号", "人员编号", "编号",
                    "employee id", "employee no", "employee number", "staff id", "staff no",
                    "id"),
    "department": ("部门", "所属部门", "部门名称", "科室", "department", "dept"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email", "e-mail", "mail",
              "email address"),
}
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in office files
_IGNORED = re.compile(r"[\s_\-.:：()（）*]+")


def normalize_header(text: str) -> str:
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text)).casefold()


ALIAS_TO_FIELD = {normalize_header(alias): field
                  for field, aliases in HEADER_ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class ColumnMap:
    header_row: int
    columns: dict[str, int]  # field → column index
    headers: list[str]  # the header row as written

    @property
    def ignored(self) -> list[str]:
        used = set(self.columns.values())
        return [h for i, h in enumerate(self.headers) if h and i not in used]


def find_columns(rows: list[tuple[int, list[str]]]) -> ColumnMap:
    """The header row (the first of the first rows that names a name column) and its columns."""
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        columns = map_header(cells)
        if "name" in columns:
            return ColumnMap(number, columns, cells)
    first = next((cells for _, cells in rows if any(cells)), [])
    raise BadRosterFile("roster.no_name_column",
                        headers=", ".join(c for c in first if c) or "—")


def map_header(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = ALIAS_TO_FIELD.get(normalize_header(cell))
        if field is None:
            continue
        if field in columns:
            raise BadRosterFile("roster.column_twice", first=cells[columns[field]],
                                second=cell)
        columns[field] = index
    return columns
