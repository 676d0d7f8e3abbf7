"""Plain text (.txt, pasted text) in the Word conventions; BOM/UTF-8/GB18030 in, UTF-8 out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from courseware import model as m
from courseware.fileio import atomic_write_text
from exporters.banks import BankFormat, BankReadResult, BankWriteResult
from exporters.banks.conventions_writer import sections_for, text_of
from exporters.banks.safety import BankFileError, decode_text, guarded
from exporters.banks.textconv import Line, parse_lines


def read_text(text: str, name: str) -> BankReadResult:
    """Pasted or decoded text → questions; sources are ``name:line``."""
    lines = [Line(line, f"{name}:{number}")
             for number, line in enumerate(text.splitlines(), start=1)]
    return parse_lines(lines)


@guarded
def read(path: Path) -> BankReadResult:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BankFileError(_not_text(path))
    return read_text(decode_text(data, path.name), path.name)


def _not_text(path: Path) -> str:
    from courseware.i18n import tr

    return tr("tiku.not_zip", name=path.name, kind="text")


def write(questions: Sequence[m.Question], out: Path, _media: Path | None) -> BankWriteResult:
    sections, problems = sections_for(questions, "txt")
    atomic_write_text(out, text_of(sections))
    return BankWriteResult(sum(len(s.blocks) for s in sections), problems)


FORMAT = BankFormat(name="txt", extensions=(".txt", ".md"), read=read, write=write)
