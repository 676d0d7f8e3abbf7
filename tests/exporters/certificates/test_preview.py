"""The unsigned preview trainee mode shows: same design, placeholders, a preview mark."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from courseware.certificates.pdf_metadata import PDF_METADATA_KEY
from courseware.results import open_store
from exporters.certificates import default_chain
from exporters.certificates.preview import preview_pdf
from tests.courseware.course_builder import sample_course
from tests.exporters.certificates.conftest import pdftotext


def raw_text(path: Path) -> str:
    """Text in content order: the diagonal mark stays in one piece."""
    return " ".join(subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def test_preview_has_the_name_and_the_mark_and_no_code(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'results.db'}") as store:
        data = preview_pdf(sample_course(), "张𠮷", date(2025, 3, 13), 92.5,
                           chain=default_chain())
        assert store.certificates.list() == []  # nothing recorded
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    text = pdftotext(path)
    assert "张" in text and "示例课程" in text and "92.5%" in text and "2025年3月13日" in text
    assert "样张 · 仅供预览" in raw_text(path)
    assert "颁发时生成" in text  # the placeholder where the verification code goes
    assert PDF_METADATA_KEY[1:].encode() not in data  # no signed texts in the metadata
    assert b"CWC1:" not in data
    # no short code (like NWCF-DRZG-5XNH) printed anywhere
    assert not any(len(word) == 14 and word.count("-") == 2 for word in text.split())


def test_english_course_is_marked_preview(tmp_path: Path) -> None:
    course = sample_course()
    course.language = "en"
    course.title = "Customer trust"
    path = tmp_path / "preview.pdf"
    path.write_bytes(preview_pdf(course, "Ann Lee", date(2025, 3, 13)))
    text = raw_text(path)
    assert "Ann Lee" in text and "PREVIEW · NOT VALID" in text and "given when issued" in text


def test_traditional_chinese_course_prints_traditional_labels(tmp_path: Path) -> None:
    course = sample_course()
    course.language = "zh-TW"
    path = tmp_path / "preview.pdf"
    path.write_bytes(preview_pdf(course, "陳大文", date(2025, 3, 13), 92.5))
    text = pdftotext(path)
    assert "陳大文" in text and "2025年3月13日" in text
    # the labels follow the course's script; the course's own words (结业证书, 培训部) stay
    assert "茲證明" in text and "完成日期" in text and "證書編號" in text
    assert "证书编号" not in text
    assert "樣張 · 僅供預覽" in raw_text(path)
