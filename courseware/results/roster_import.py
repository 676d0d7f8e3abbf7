"""Importing a roster file: read it, check every row, report, then add all new trainees at once.

Nothing is merged silently: blank rows, rows without a name, repeated rows, two people with one
employee id and people already on the roster are each reported with their row numbers. A file
that cannot be read at all raises :class:`BadRosterFile` and nothing is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from courseware.i18n import tr
from courseware.results.errors import ResultsError
from courseware.results.records import Trainee
from courseware.results.roster_columns import ColumnMap, find_columns
from courseware.results.rosters import RosterRepository
from courseware.results.schema import ID_LENGTH
from courseware.results.table_file import read_table_file

MAX_TEXT = {"name": 200, "employee_id": ID_LENGTH, "department": 200, "email": 320}


@dataclass(frozen=True)
class RosterIssue:
    """Something about some rows that the trainer should know; the rows were not imported."""

    key: str
    rows: tuple[int, ...]
    values: dict[str, object] = field(default_factory=dict)

    def message(self) -> str:
        return tr(self.key, rows=format_rows(self.rows), **self.values)


@dataclass(frozen=True)
class RosterRow:
    number: int
    trainee: Trainee

    @property
    def identity(self) -> tuple[str, ...]:
        """Two rows with the same identity are the same person (employee id, else name and
        department)."""
        if self.trainee.employee_id:
            return ("id", self.trainee.employee_id.casefold())
        return ("name", self.trainee.name, self.trainee.department)

    @property
    def details(self) -> tuple[str, str, str]:
        return (self.trainee.name, self.trainee.department, self.trainee.email)


@dataclass
class RosterImport:
    """What a roster file holds and what importing it does (or would do, for a dry run)."""

    file_name: str
    encoding: str | None
    columns: ColumnMap
    to_add: list[RosterRow] = field(default_factory=list)
    issues: list[RosterIssue] = field(default_factory=list)
    written: bool = False

    @property
    def skipped_rows(self) -> int:
        return len({row for issue in self.issues for row in issue.rows
                    if issue.key != "roster.blank_rows"})

    def summary(self) -> str:
        encoding = self.encoding or "xlsx"
        key = "roster.summary_written" if self.written else "roster.summary_dry_run"
        return tr(key, file=self.file_name, encoding=encoding, added=len(self.to_add),
                  skipped=self.skipped_rows)

    def lines(self) -> list[str]:
        """The report for the user: a summary line, then one line per issue."""
        lines = [self.summary()]
        if self.columns.ignored:
            lines.append(tr("roster.ignored_columns", columns=", ".join(self.columns.ignored)))
        lines.extend(issue.message() for issue in self.issues)
        return lines


def read_roster(path: Path, roster: RosterRepository | None = None) -> RosterImport:
    """Read and check a roster file without writing anything (``roster``: compare with it)."""
    table = read_table_file(path)
    columns = find_columns(table.rows)
    result = RosterImport(path.name, table.encoding, columns)
    data_rows = [(n, cells) for n, cells in table.rows if n > columns.header_row]
    candidates = _rows_with_people(result, trim_trailing_blank(data_rows))
    unique = _without_duplicates(result, candidates)
    result.to_add = _not_on_roster(result, unique, roster)
    result.issues.sort(key=lambda issue: issue.rows)
    return result


def import_roster(path: Path, roster: RosterRepository, dry_run: bool = False) -> RosterImport:
    """Read, check and add every new trainee in one transaction (unless ``dry_run``)."""
    result = read_roster(path, roster)
    if not dry_run:
        try:
            roster.add_many(row.trainee for row in result.to_add)
        except IntegrityError as error:  # someone else imported the same people meanwhile
            raise ResultsError("roster.changed_meanwhile") from error
        result.written = True
    return result


# ---------------------------------------------------------------- row checks


def trim_trailing_blank(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Spreadsheets often carry empty formatted rows at the end; those are not data."""
    end = len(rows)
    while end and not any(rows[end - 1][1]):
        end -= 1
    return rows[:end]


def _rows_with_people(result: RosterImport,
                      rows: list[tuple[int, list[str]]]) -> list[RosterRow]:
    people: list[RosterRow] = []
    blank: list[int] = []
    for number, cells in rows:
        if not any(cells):
            blank.append(number)
            continue
        values = {name: clean(cells[i] if i < len(cells) else "", name)
                  for name, i in result.columns.columns.items()}
        issue = _row_problem(number, values)
        if issue is not None:
            result.issues.append(issue)
            continue
        people.append(RosterRow(number, Trainee(
            name=values["name"], employee_id=values.get("employee_id") or None,
            department=values.get("department", ""), email=values.get("email", ""))))
    if blank:
        result.issues.append(RosterIssue("roster.blank_rows", tuple(blank)))
    return people


def clean(text: str, column: str) -> str:
    """Trim spaces (full-width too); ids and e-mail addresses also lose full-width forms, and
    employee ids are upper-cased as sign-in types them (ｅ００１ → E001)."""
    text = " ".join(text.replace("\u3000", " ").split())
    if column in ("employee_id", "email"):
        text = unicodedata.normalize("NFKC", text).replace(" ", "")
    return text.upper() if column == "employee_id" else text


def _row_problem(number: int, values: dict[str, str]) -> RosterIssue | None:
    if not values["name"]:
        return RosterIssue("roster.missing_name", (number,))
    for column, limit in MAX_TEXT.items():
        if len(values.get(column, "")) > limit:
            return RosterIssue("roster.too_long", (number,),
                               {"column": tr("column." + column), "limit": limit})
    email = values.get("email", "")
    if email and "@" not in email:
        return RosterIssue("roster.bad_email", (number,), {"email": email})
    return None


def _without_duplicates(result: RosterImport, rows: list[RosterRow]) -> list[RosterRow]:
    groups: dict[tuple[str, ...], list[RosterRow]] = {}
    for row in rows:
        groups.setdefault(row.identity, []).append(row)
    kept = []
    for group in groups.values():
        first, repeats = group[0], group[1:]
        if any(row.details != first.details for row in repeats):
            result.issues.append(RosterIssue(
                "roster.conflicting_rows", tuple(row.number for row in group),
                {"who": first.trainee.employee_id or first.trainee.name}))
            continue
        kept.append(first)
        if repeats:
            result.issues.append(RosterIssue(
                "roster.duplicate_rows", tuple(row.number for row in repeats),
                {"first": first.number, "name": first.trainee.name}))
    return sorted(kept, key=lambda row: row.number)


def _not_on_roster(result: RosterImport, rows: Iterable[RosterRow],
                   roster: RosterRepository | None) -> list[RosterRow]:
    if roster is None:
        return list(rows)
    known = {RosterRow(0, trainee).identity: trainee for trainee in roster.list()}
    new = []
    for row in rows:
        existing = known.get(row.identity)
        if existing is None:
            new.append(row)
        else:
            result.issues.append(RosterIssue("roster.already_on_roster", (row.number,),
                                             {"name": existing.name}))
    return new


def format_rows(rows: tuple[int, ...]) -> str:
    """(3, 4, 5, 9) → 'rows 3–5, 9' (第 3–5、9 行); (3,) → 'row 3'."""
    listed = compact_rows(rows)
    key = "rows.one" if len(rows) == 1 else "rows.many"
    return tr(key, rows=listed)


def compact_rows(rows: tuple[int, ...]) -> str:
    """(3, 4, 5, 9) → '3–5, 9'."""
    ranges: list[list[int]] = []
    for row in sorted(rows):
        if ranges and row == ranges[-1][1] + 1:
            ranges[-1][1] = row
        else:
            ranges.append([row, row])
    return tr("rows.separator").join(str(a) if a == b else f"{a}–{b}" for a, b in ranges)
