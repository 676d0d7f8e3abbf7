"""The speed shortcuts give exactly what the slow path gives (so typography cannot drift).

- One plain line of Markdown becomes its paragraph without python-markdown.
- Markup colours are written as rgb(), which ReportLab reads faster than #hex: same colour.
- A plain-text paragraph takes its fragment from a per-style template instead of ReportLab's
  parser.
- Lines found by bisection fit their width, lose no character and keep the punctuation rules
  (the line-breaking rules themselves are tested in tests/exporters/test_handout_synthetic.py).
"""

from __future__ import annotations

import pytest
from reportlab.lib.colors import Color, toColor
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from exporters.pdf.cjk_paragraph import CJKParagraph, merged_frags, plain_frags
from exporters.pdf.fonts import FontChoice
from exporters.pdf.html_tree import parse_html
from exporters.pdf.markdown_source import (
    lists_interrupt_paragraphs,
    markdown_to_html,
    markdown_tree,
    new_markdown,
)
from exporters.pdf.markup import colour_attribute
from exporters.pdf.styles import ACCENT, LINK, PRIMARY, STRONG, build_styles, derived_style
from exporters.sanitise import sanitise_html

LINES = ["信任是什么，为什么重要", "3.5%的客户", "- 列表", "    缩进代码", "a  b", "客户说“好”",
         "1) x", "> 引用", "A & B", "x\ty", "https://example.com", "50% 的人", "a -- b", "== x",
         "+1 分", "a\u3000b", "x  ", "x\u00a0y", "'quote' \"q\"", "a <b>", "1984年", "#标签",
         "e.g. 例如", "**重点**", "`代码`", "[链接](x)", "a_b_c", "x\n", "", " 前导空格",
         "表格 | 列", "~~删除~~", "\\转义", "!感叹", "客户说“好”。\n", "x  \n", "   \n",
         "\n", "纯文本\n\n", "- 列表\n", "    缩进代码\n"]


@pytest.mark.parametrize("text", LINES)
def test_plain_lines_convert_as_python_markdown_does(text: str) -> None:
    slow = sanitise_html(new_markdown().convert(lists_interrupt_paragraphs(text)))
    assert markdown_to_html(text) == slow
    assert markdown_tree(text) == parse_html(slow)


@pytest.mark.parametrize("text", ["信任  是\n 什么 x", "纯文本。", "ABC def 123", "a&amp;b",
                                  "<b>粗</b>体", "   ", "1 &lt; 2"])
def test_plain_paragraphs_get_the_parsers_fragments(text: str) -> None:
    styles = build_styles(FontChoice(), "zh")
    for style in (styles.body, styles.h2, derived_style(styles.body, "li", spaceAfter=3)):
        cleaned = cleanBlockQuotedText(text)
        fast = plain_frags(cleaned, style)
        parsed = ParaParser().parse(cleaned, style)[1]
        if fast is not None:
            assert [f.__dict__ for f in fast] == [f.__dict__ for f in parsed]
            assert fast[0].link is not parsed[0].link  # no list shared between paragraphs
        else:
            assert "<" in text or "&" in text or not text.strip()
        para = CJKParagraph(text, style)
        assert [f.__dict__ for f in para.frags] == [f.__dict__ for f in merged_frags(parsed)]


def test_derived_styles_are_shared_per_parent_and_changes() -> None:
    styles = build_styles(FontChoice(), "zh")
    first = derived_style(styles.body, "li", spaceAfter=3)
    assert derived_style(styles.body, "li", spaceAfter=3) is first
    assert derived_style(styles.body, "li", spaceAfter=4) is not first
    assert first.parent is styles.body and first.spaceAfter == 3


def test_bisected_lines_fit_keep_every_character_and_the_rules() -> None:
    styles = build_styles(FontChoice(), "zh")
    text = ("客户经理要先倾听，再认同客户的感受（不是认同客户的观点），然后回应并跟进。" * 6
            + "Latin words such as trust-building stay whole. 1234567890")
    para = CJKParagraph(text, styles.body)
    for width in (120.0, 233.3, 400.0):
        para.wrap(width, 10_000)
        assert para.blPara.kind == 0  # simple lines: tests/exporters/test_simple_lines.py
        lines = ["".join(words) for _, words in para.blPara.lines]
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        widths = [width - space for space, _ in para.blPara.lines]
        assert max(widths) <= width + 0.001
        assert not any(line[:1] in "，。）" for line in lines[1:])


@pytest.mark.parametrize("colour", [PRIMARY, ACCENT, STRONG, LINK])
def test_markup_colours_read_back_as_the_same_colour(colour: Color) -> None:
    attribute = colour_attribute(colour)
    assert attribute.startswith("rgb(")
    assert toColor(attribute).__dict__ == colour.__dict__
