"""LibreOffice as an independent oracle: it opens our Word export (its text reads back as the
same questions), and a .docx that LibreOffice writes is read by our Word reader."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from courseware import model as m
from exporters.banks.formats import docx, txt
from exporters.banks.templates import example_questions
from tests.exporters.banks.test_roundtrip import essentials

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, target_filter: str, out: Path) -> Path:
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{out}/profile", "--headless",
                    "--convert-to", target_filter, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    suffix = "." + target_filter.split(":", 1)[0]
    return out / (source.stem + suffix)


def expected() -> list[tuple[object, ...]]:
    return [essentials(q) for q in example_questions()]


def test_libreoffice_reads_our_word_export(tmp_path: Path) -> None:
    exported = tmp_path / "bank.docx"
    docx.write(example_questions(), exported, None)
    text_file = convert(exported, "txt:Text (encoded):UTF8", tmp_path)
    result = txt.read(text_file)
    assert [essentials(e.question) for e in result.entries if e.question] == expected()


def test_our_reader_reads_a_docx_libreoffice_wrote(tmp_path: Path) -> None:
    source = tmp_path / "bank.txt"
    txt.write(example_questions(), source, None)
    written = convert(source, "docx", tmp_path)
    result = docx.read(written)
    questions = [e.question for e in result.entries]
    assert all(isinstance(q, m.Question) for q in questions)
    assert [essentials(q) for q in questions if q] == expected()
