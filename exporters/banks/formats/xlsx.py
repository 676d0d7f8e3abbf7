"""Excel .xlsx 题库: one sheet with a 题型 column, one sheet per type, or options in one cell.

Cells are read as the values Excel saved (``data_only``): formulas are never evaluated. Every
member of the package is size-checked and XML parts with a DTD are refused before openpyxl
opens the file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from courseware import model as m
from courseware.fileio import atomic_write_bytes
from courseware.i18n import tr
from exporters.banks import BankFormat, BankProblem, BankReadResult, BankWriteResult
from exporters.banks.answers import type_from_word
from exporters.banks.raw import RawQuestion, build_entry
from exporters.banks.rows import HEADER_ROWS, rows_to_raws
from exporters.banks.safety import BankFileError, check_xml_members, guarded, open_zip
from exporters.banks.table_writer import HEADER, question_rows

MAX_COLUMNS = 60


@guarded
def read(path: Path) -> BankReadResult:
    with open_zip(path, "Excel (.xlsx)") as archive:
        check_xml_members(archive, path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise BankFileError(tr("tiku.not_zip", name=path.name, kind="Excel (.xlsx)")) from error
    result = BankReadResult()
    raws = []
    try:
        for sheet in workbook.worksheets:
            rows = [list(row) for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)]
            found, problems, has_header = rows_to_raws(
                rows, _namer(f"{path.name}!{sheet.title}"), type_from_word(sheet.title))
            if not has_header:
                if "说明" not in sheet.title and any(any(c is not None for c in row)
                                                       for row in rows):
                    result.problems.append(BankProblem(f"{path.name}!{sheet.title}", "warning",
                                                       tr("tiku.sheet_skipped",
                                                          sheet=sheet.title)))
                continue
            result.categories.append(sheet.title)
            raws.extend(found)
            result.problems.extend(problems)
    finally:
        workbook.close()
    return finish(raws, result, path.name)


def _namer(prefix: str) -> Callable[[int], str]:
    return lambda row: f"{prefix}:{row}"


def finish(raws: list[RawQuestion], result: BankReadResult, name: str) -> BankReadResult:
    """Build the entries; a file without any question header is an error."""
    if not result.categories:
        result.problems.append(BankProblem(name, "error", tr("tiku.no_header", rows=HEADER_ROWS)))
        return result
    for index, raw in enumerate(raws, start=1):
        result.entries.append(build_entry(raw, f"q{index}"))
    count = sum(1 for raw in raws if raw.difficulty)
    if count:
        result.problems.append(BankProblem(name, "warning",
                                           tr("tiku.difficulty_dropped", count=count)))
    return result


def write(questions: Sequence[m.Question], out: Path, _media: Path | None) -> BankWriteResult:
    rows, problems = question_rows(questions, "xlsx")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "题目"
    fill_sheet(sheet, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
    return BankWriteResult(len(rows), problems)


def fill_sheet(sheet: object, rows: list[list[str]]) -> None:
    sheet.append(HEADER)  # type: ignore[attr-defined]
    for cell in sheet[1]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in rows:
        sheet.append([value or None for value in row])  # type: ignore[attr-defined]
    widths = {"题干": 50, "解析": 40, "正确答案": 14}
    for index, name in enumerate(HEADER, start=1):
        letter = sheet.cell(row=1, column=index).column_letter  # type: ignore[attr-defined]
        sheet.column_dimensions[letter].width = widths.get(name, 16)  # type: ignore[attr-defined]
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):  # type: ignore[attr-defined]
        for cell in row:
            if cell.value is not None:  # empty cells stay absent: a smaller, faster file
                cell.alignment = wrap
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]


FORMAT = BankFormat(name="xlsx", extensions=(".xlsx", ".xlsm"), read=read, write=write)
