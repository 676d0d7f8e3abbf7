"""Word → Markdown lesson: what the Markdown looks like (the CLI test covers saving it)."""

from __future__ import annotations

from pathlib import Path

from exporters.banks.word_lesson import document_markdown
from exporters.banks.wordml import WordDocument
from tests.exporters.banks import wordgen as g


def test_lists_paragraphs_and_markdown_characters(tmp_path: Path) -> None:
    numbering = g.numbering({0: [("decimal", "%1."), ("decimal", "%1.%2")],
                             1: [("chineseCounting", "%1、")]})
    body = (g.para("标题", style="Heading1") + g.para("第一步", num=(1, 0))
            + g.para("细分", num=(1, 1)) + g.para("第二步", num=(1, 0))
            + g.para("列表之后的段落，含 *星号* 和 #号")
            + g.para("总则", num=(2, 0)) + g.para("分则", num=(2, 0))
            + g.para("第一行\n第二行"))
    title, markdown = document_markdown(
        WordDocument(g.write_docx(tmp_path / "l.docx", body, numbering)))
    assert title == "标题"
    assert markdown.startswith("1. 第一步\n   - 1.1 细分\n2. 第二步\n\n列表之后的段落")
    assert r"\*星号\* 和 \#号" in markdown
    assert "- 一、 总则\n- 二、 分则" in markdown
    assert "第一行  \n第二行" in markdown
