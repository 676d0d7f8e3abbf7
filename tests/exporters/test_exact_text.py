"""Every character of every PDF the app writes extracts as itself (pdftotext round trip).

The string mixes common CJK (BMP), Extension A (䶮 U+4DAE), Extension B (𠮷 U+20BB7, 𪚥
U+2A6A5: outside the BMP, set in a fallback font) and full-width punctuation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from courseware import model as m
from courseware.certificates import CertificateIssuer, KeyRing, MemoryRegistry
from exporters.certificates import default_chain, issue_certificates
from exporters.pdf.fallback import fallback_fonts
from exporters.pdf.fonts import register_font
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper
from exporters.pdf.unicode_map import utf16_hex
from tests.exporters.certificates.conftest import make_draft, make_layout
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import font_rows, pdf_text, squeezed

RARE = "𠮷野家与䶮、𪚥：“全角”（标点）！？《书名》「引号」——好。"
HANAZONO = Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")
needs_fallback_font = pytest.mark.skipif(
    not HANAZONO.exists(), reason="fonts-hanazono not installed "
    "(scripts/install-system-packages.sh installs it)")


def test_the_unicode_map_uses_utf16_surrogate_pairs() -> None:
    register_font()
    assert utf16_hex(0x20BB7) == "D842DFB7" and utf16_hex(0x4DAE) == "4DAE"
    cmap = ttfonts.makeToUnicodeCMap("X", [0x41, 0x20BB7])
    assert "<00> <0041>" in cmap and "<01> <D842DFB7>" in cmap and "20BB7" not in cmap


def assert_exact(path: Path) -> None:
    assert RARE in squeezed(pdf_text(path))
    assert all(row["emb"] == "yes" for row in font_rows(path))


@needs_fallback_font
@pytest.mark.parametrize("edition", list(Edition))
def test_handout_text_extracts_exactly(edition: Edition, tmp_path: Path) -> None:
    body = f"{RARE}\n\n**{RARE}**\n\n| 列 | 值 |\n|---|---|\n| {RARE} | 一 |"
    course = synthetic_course(body=body)
    course.modules[0].title = RARE
    path = export_handout(course, tmp_path, tmp_path / "h.pdf", HandoutOptions(edition=edition))
    text = squeezed(pdf_text(path))
    assert text.count(RARE) >= 5  # table of contents, heading, paragraph, bold, table cell
    assert "HanaMin" in " ".join(row["name"] for row in font_rows(path))
    assert_exact(path)


@needs_fallback_font
def test_quiz_paper_and_key_extract_exactly(tmp_path: Path) -> None:
    options = [m.Option("a", RARE, True, RARE), m.Option("b", "乙", False)]
    quiz = m.Quiz(id="qz", title=RARE, path="modules/m1/quiz.yaml", questions=[
        m.SingleChoiceQuestion(id="q1", prompt=RARE, options=options, feedback=RARE)])
    course = synthetic_course(quiz=quiz)
    paper, key = export_quiz_paper(course, tmp_path, "qz", tmp_path / "p.pdf",
                                   QuizPaperOptions(with_key=True))
    assert_exact(paper)
    assert_exact(key)


@needs_fallback_font
def test_certificate_extracts_exactly(tmp_path: Path) -> None:
    issuer = CertificateIssuer(KeyRing(tmp_path / "keys"), MemoryRegistry())
    target = tmp_path / "c.pdf"
    issue_certificates(issuer, [make_draft(RARE[:12])], target,
                       make_layout(chain=default_chain([HANAZONO], use_system=False)))
    assert RARE[:12] in squeezed(pdf_text(target))
    assert all(row["emb"] == "yes" for row in font_rows(target))


def test_fallback_fonts_cover_extension_a_and_b() -> None:
    if not HANAZONO.exists():
        pytest.skip("fonts-hanazono not installed")
    covered = set().union(*(codes for _, codes in fallback_fonts()))
    assert {0x4DAE, 0x20BB7, 0x2A6A5} <= covered
