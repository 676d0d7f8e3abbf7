"""The table of contents is laid out in one pass; its page numbers must still be right.

Each number is checked against the page its bookmark points to and the text of that page, for
both editions, single-sided and duplex, and for the fallback (when the story's headings differ
from the announced lines, the classic multi-pass build runs).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from courseware import model as m
from exporters.pdf.document import CourseDocTemplate
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.handout_sections import HandoutSections
from exporters.pdf.options import Edition
from tests.conftest import BUNDLED_COURSE
from tests.exporters.pdfcheck import pdf_text, squeezed

TOC_LINE = re.compile(r"^\s*([^.\s].*?)\s*(?:\.\s+)+\.?\s*(\d+)\s*$")


def toc_numbers(path: Path) -> list[tuple[str, int]]:
    """(title, printed page number) of every line of the contents (pages 2–4)."""
    text = pdf_text(path, 2, 4).replace("\f", "\n")
    layout = [line for line in text.splitlines()]
    lines = [TOC_LINE.match(line) for line in layout]
    return [(match.group(1).strip(), int(match.group(2))) for match in lines if match]


def bookmark_pages(path: Path) -> dict[str, int]:
    """Bookmark title → the page it points to (the heading's page)."""
    reader = PdfReader(str(path))
    found: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.setdefault(squeezed(item.title),
                                 (reader.get_destination_page_number(item) or 0) + 1)

    walk(reader.outline)
    return found


def assert_numbers_right(path: Path) -> None:
    numbers = toc_numbers(path)
    bookmarks = bookmark_pages(path)
    pages = pdf_text(path).split("\f")
    assert len(numbers) >= 10
    for title, page in numbers:
        assert bookmarks[squeezed(title)] == page, title
        assert squeezed(title) in squeezed(pages[page - 1]), title


@pytest.mark.parametrize("edition", list(Edition))
def test_contents_page_numbers_match_the_headings(
        edition: Edition, handouts: dict[str, Path]) -> None:
    assert_numbers_right(handouts[edition.value])


def test_one_layout_pass_duplex(bundled_course: m.Course, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    def no_second_pass(*args: object, **kwargs: object) -> None:
        raise AssertionError("the handout must be laid out in one pass")

    monkeypatch.setattr(CourseDocTemplate, "multiBuild", no_second_pass)
    path = export_handout(bundled_course, BUNDLED_COURSE, tmp_path / "d.pdf",
                          HandoutOptions(edition=Edition.TRAINER, duplex=True, notes_pages=True))
    assert_numbers_right(path)


def test_unexpected_contents_lines_fall_back_to_several_passes(
        bundled_course: m.Course, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = HandoutSections.toc_preview

    def wrong_preview(self: HandoutSections, modules: list[tuple[int, m.Module]],
                      introduction: bool) -> list[tuple[int, str]]:
        return original(self, modules, introduction)[1:]  # one line too few

    monkeypatch.setattr(HandoutSections, "toc_preview", wrong_preview)
    path = export_handout(bundled_course, BUNDLED_COURSE, tmp_path / "f.pdf",
                          HandoutOptions(edition=Edition.PARTICIPANT))
    assert_numbers_right(path)
