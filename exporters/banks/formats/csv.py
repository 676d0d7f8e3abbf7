"""CSV 题库 in the Excel templates' columns; encoding: BOM, then UTF-8, then GB18030."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from courseware import model as m
from courseware.fileio import atomic_write_bytes
from exporters.banks import BankFormat, BankReadResult, BankWriteResult
from exporters.banks.formats.xlsx import finish
from exporters.banks.rows import rows_to_raws
from exporters.banks.safety import decode_text, guarded
from exporters.banks.table_writer import HEADER, question_rows


@guarded
def read(path: Path) -> BankReadResult:
    text = decode_text(path.read_bytes(), path.name)
    rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""),
                                            delimiter=_delimiter(text))]
    raws, problems, found = rows_to_raws(rows, lambda row: f"{path.name}:{row}", None)
    result = BankReadResult(problems=problems, categories=[path.stem] if found else [])
    return finish(raws, result, path.name)


def _delimiter(text: str) -> str:
    """The header line decides (answers such as 认同;认可 would mislead a sniffer)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    return max((",", "\t", ";", "，"), key=header.count)


def write(questions: Sequence[m.Question], out: Path, _media: Path | None) -> BankWriteResult:
    rows, problems = question_rows(questions, "csv")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    # UTF-8 with BOM: Excel on Chinese Windows opens it without garbling
    atomic_write_bytes(out, b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return BankWriteResult(len(rows), problems)


FORMAT = BankFormat(name="csv", extensions=(".csv",), read=read, write=write)
