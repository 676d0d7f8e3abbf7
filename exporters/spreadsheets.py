"""Writing the results tables as an .xlsx workbook or as CSV files that Excel opens correctly.

The domain builds the tables (courseware.results.results_table); this module writes them and
registers itself for the ``.xlsx`` and ``.csv`` suffixes with :func:`register_writers`.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from courseware.fileio import atomic_write_bytes
from courseware.table_writers import register_table_writer

if TYPE_CHECKING:  # the results package pulls in SQLAlchemy; keep start-up light
    from courseware.results.results_table import Cell, Table

CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel (and WPS) that the file is UTF-8
DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # text a spreadsheet would run as a formula


def write_xlsx(path: Path, tables: tuple[Table, ...]) -> list[Path]:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.worksheets[0])
    for table in tables:
        sheet = workbook.create_sheet(safe_sheet_title(table.title))
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        for column_cells in sheet.iter_cols(min_row=2):
            for cell in column_cells:
                if isinstance(cell.value, datetime):
                    cell.number_format = DATE_FORMAT
                elif cell.data_type == "f":  # a trainee's answer such as "=1+1" stays text
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for index, header in enumerate(table.headers, start=1):
            width = max(len(header.encode("gbk", "replace")), 10) + 2
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
    return [path]


def safe_sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31]


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows([csv_cell(cell) for cell in row] for row in table.rows)
    return buffer.getvalue().encode(CSV_ENCODING)


def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # shown as text, never run as a formula
    return str(value)


def questions_csv_path(path: Path) -> Path:
    """Where the per-question table goes next to ``results.csv``: ``results-questions.csv``."""
    return path.with_name(f"{path.stem}-questions{path.suffix}")


def write_csv(path: Path, tables: tuple[Table, Table]) -> list[Path]:
    """The attempts table at ``path``, the questions table beside it; returns both paths."""
    attempts, questions = tables
    written = [path, questions_csv_path(path)]
    atomic_write_bytes(written[0], csv_bytes(attempts))
    atomic_write_bytes(written[1], csv_bytes(questions))
    return written


def register_writers() -> None:
    """Make ``ResultsFiles.export`` write .xlsx and .csv (called by the composition root)."""
    register_table_writer(".xlsx", write_xlsx)
    register_table_writer(".csv", write_csv)
