"""A heading never ends a page while what it introduces starts the next one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from exporters.pdf.flowables import panel
from exporters.pdf.keep_with_next import attach_headings, joined_rows
from exporters.pdf.styles import CALLOUT_COLOURS
from tests.exporters.pdfcheck import pdf_text

HEADING = ParagraphStyle("h", fontSize=14, leading=18, keepWithNext=1)
BODY = ParagraphStyle("b", fontSize=10, leading=14)


def block(lines: int, word: str) -> KeepTogether:
    return KeepTogether([Paragraph(f"{word} {n}", BODY) for n in range(lines)])


def page_with(path: Path, word: str) -> int:
    pages = pdf_text(path).split("\f")
    return next(number for number, text in enumerate(pages, start=1) if word in text)


def test_a_heading_before_a_keep_together_block_moves_with_it(tmp_path: Path) -> None:
    # the filler leaves room for the heading but not for the block after it
    story = [Spacer(1, 400), Paragraph("ANSWERKEY", HEADING), block(12, "keyline")]
    plain = tmp_path / "plain.pdf"
    SimpleDocTemplate(str(plain), pagesize=A5).build(list(story))
    assert page_with(plain, "ANSWERKEY") != page_with(plain, "keyline")  # ReportLab alone
    kept = tmp_path / "kept.pdf"
    SimpleDocTemplate(str(kept), pagesize=A5).build(attach_headings(story))
    assert page_with(kept, "ANSWERKEY") == page_with(kept, "keyline") == 2


def test_only_headings_are_attached() -> None:
    body, heading, kept = Paragraph("x", BODY), Paragraph("h", HEADING), block(2, "k")
    assert attach_headings([body, kept]) == [body, kept]
    (joined,) = attach_headings([heading, kept])
    assert isinstance(joined, KeepTogether) and joined._content[0] is heading


def test_a_heading_inside_a_call_out_shares_a_row_with_its_table(tmp_path: Path) -> None:
    table = Table([[f"row {n}", "cell"] for n in range(8)])
    rows = [Paragraph("filler " * 40, BODY), Paragraph("TIMETABLE", HEADING), table]
    cells = joined_rows(rows, 300)
    assert len(cells) == 2 and cells[1] == [rows[1], table]
    path = tmp_path / "callout.pdf"
    story = [Spacer(1, 330), panel(rows, CALLOUT_COLOURS["trainer"], width=320)]
    SimpleDocTemplate(str(path), pagesize=A5).build(story)
    assert page_with(path, "TIMETABLE") == page_with(path, "row 0")


def test_a_heading_too_tall_to_join_keeps_its_own_row() -> None:
    huge = Table([[f"row {n}"] for n in range(60)])
    rows = [Paragraph("TIMETABLE", HEADING), huge]
    assert joined_rows(rows, 300) == rows  # a 60-row table must stay free to split
