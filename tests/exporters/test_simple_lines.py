"""A paragraph of one plain fragment is set as ReportLab's simple lines (kind 0), which print
without per-fragment work: the lines, the printed pixels and the text are exactly those of the
fragment-by-fragment lines, and a split across pages keeps every character and space."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A6
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.paraparser import ParaParser

from exporters.pdf import cjk_paragraph
from exporters.pdf.cjk import break_cjk_lines, break_simple_lines
from exporters.pdf.cjk_paragraph import CJKParagraph
from exporters.pdf.fonts import FontChoice
from exporters.pdf.styles import Styles, build_styles, derived_style
from exporters.pdf.synthetic_bold import SyntheticBoldCanvas
from tests.exporters.pdfcheck import pdf_text

MIXED = ("客户经理先倾听，再认同客户的感受（不是认同观点），然后回应并跟进。"
         "Trust is built one promise at a time, and kept promises compound. "
         "信用卡年费为 600 元，首年免年费；“𠮷野家”和“䶮”也要原样印出。") * 3

LATIN_WORD = re.compile("[A-Za-z]+")


def line_texts(para: CJKParagraph) -> list[str]:
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        return ["".join(words) for _, words in lines]
    return ["".join(word.text for word in line.words) for line in lines]


@pytest.fixture
def styles() -> Styles:
    return build_styles(FontChoice(), "zh")


@pytest.mark.parametrize("widths", [[120.0], [233.3, 250.0], [400.0]])
def test_simple_lines_are_the_fragment_lines(styles: Styles, widths: list[float]) -> None:
    frags = CJKParagraph(MIXED, styles.body).frags
    simple = break_simple_lines(frags[0], widths)
    full = break_cjk_lines(frags, widths, False)
    assert [(space, "".join(words)) for space, words in simple.lines] == [
        (line.extraSpace, "".join(word.text for word in line.words)) for line in full.lines]
    assert simple.fontName == frags[0].fontName and simple.textColor == frags[0].textColor


@pytest.mark.parametrize(("markup", "simple"), [
    ("纯文本，没有任何标记。", True),
    ("<b>整段加粗</b>", True),
    ("<u>下划线</u>", False),
    ('<link href="https://example.com">链接</link>', False),
    ('<font backColor="#F0F0F0">代码</font>', False),
    ("上一行<br/>下一行", False),
    ("<b>粗</b>与细", False),
])
def test_only_plain_single_fragments_take_simple_lines(styles: Styles, markup: str,
                                                       simple: bool) -> None:
    para = CJKParagraph(markup, styles.body)
    para.wrap(200, 1000)
    assert (para.blPara.kind == 0) is simple


def test_justified_paragraphs_keep_fragment_lines(styles: Styles) -> None:
    para = CJKParagraph(MIXED, derived_style(styles.body, "justified", alignment=TA_JUSTIFY))
    para.wrap(200, 1000)
    assert para.blPara.kind == 1


def test_a_split_keeps_every_character_and_space(styles: Styles) -> None:
    para = CJKParagraph(MIXED, styles.body)
    para.wrap(180, 10_000)
    whole = line_texts(para)
    first, rest = para.split(180, 4 * styles.body.leading)
    first.wrap(180, 10_000)
    assert line_texts(first) == whole[:4]
    assert first.blPara.kind == 0
    assert first.frags[0].text + rest.frags[0].text == MIXED
    rest.wrap(130, 10_000)  # a narrower frame: the rest is broken afresh
    second, third = rest.split(130, 3 * styles.body.leading)
    assert second.frags[0].text + third.frags[0].text == rest.frags[0].text
    third.wrap(300, 10_000)  # a wider one: words that ended lines are not run together
    assert LATIN_WORD.findall(" ".join(line_texts(third))) == LATIN_WORD.findall(
        third.frags[0].text)
    assert "".join(line_texts(third)).replace(" ", "") == third.frags[0].text.replace(" ", "")


def _print(story_texts: list[tuple[str, str]], styles: Styles, path: Path) -> None:
    story = [CJKParagraph(text, getattr(styles, name)) for name, text in story_texts]
    doc = SimpleDocTemplate(str(path), pagesize=A6, leftMargin=30, rightMargin=30,
                            topMargin=30, bottomMargin=30)
    doc.build(story, canvasmaker=SyntheticBoldCanvas)


def _pixels(path: Path, folder: Path) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(path), str(folder / "p")], check=True)
    return [page.read_bytes() for page in sorted(folder.glob("p*.png"))]


def test_simple_lines_print_what_fragment_lines_print(styles: Styles, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    story = [("h2", "第一课　建立信任"), ("body", MIXED), ("caption", "图 1　倾听的四个层次"),
             ("body", "x"), ("body", MIXED), ("body", MIXED),
             ("body", MIXED[:90])]  # MIXED splits over the A6 pages
    (tmp_path / "simple").mkdir()
    (tmp_path / "frags").mkdir()
    _print(story, styles, tmp_path / "simple.pdf")
    monkeypatch.setattr(cjk_paragraph, "_simple", lambda *args: False)
    _print(story, styles, tmp_path / "frags.pdf")
    simple = _pixels(tmp_path / "simple.pdf", tmp_path / "simple")
    assert len(simple) >= 3
    assert simple == _pixels(tmp_path / "frags.pdf", tmp_path / "frags")
    assert pdf_text(tmp_path / "simple.pdf") == pdf_text(tmp_path / "frags.pdf")
    assert "𠮷野家" in pdf_text(tmp_path / "simple.pdf")


@pytest.mark.parametrize(("markup", "count"), [
    ("A.&nbsp;&nbsp;先倾听，再回应", 1),  # entities split ReportLab's fragments
    ('<font color="#1F3A5F"><b>要点</b></font><font color="#1F3A5F"><b>一</b></font>', 1),
    ("普通<b>加粗</b>普通", 3),
    ("上一行<br/>下一行", 3),
])
def test_neighbouring_fragments_that_look_alike_are_joined(styles: Styles, markup: str,
                                                          count: int) -> None:
    parsed = ParaParser().parse(markup, styles.body)[1]
    para = CJKParagraph(markup, styles.body)
    assert len(para.frags) == count
    assert "".join(f.text for f in para.frags) == "".join(f.text for f in parsed)
    for frag in (f for f in para.frags if f.text):  # each keeps the look it was parsed with
        source = next(p for p in parsed if p.text and p.text[0] == frag.text[:1])
        assert (frag.fontName, frag.textColor) == (source.fontName, source.textColor)


def test_joined_fragments_print_what_parsed_fragments_print(styles: Styles, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    story = [("body", "A.&nbsp;&nbsp;" + MIXED), ("body", "<b>加粗</b>" * 40 + MIXED[:60]),
             ("body", '<font color="#1F3A5F">蓝</font>' * 30 + "<u>下划线</u>" * 5)]
    (tmp_path / "joined").mkdir()
    (tmp_path / "parsed").mkdir()
    _print(story, styles, tmp_path / "joined.pdf")
    monkeypatch.setattr(cjk_paragraph, "merged_frags", lambda frags: frags)
    _print(story, styles, tmp_path / "parsed.pdf")
    assert _pixels(tmp_path / "joined.pdf", tmp_path / "joined") == _pixels(
        tmp_path / "parsed.pdf", tmp_path / "parsed")

