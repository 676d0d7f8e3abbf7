"""Paragraphs that share a markup shape reuse its fragments: every paragraph of the bundled
course's handout and quiz paper gets exactly the fragments ReportLab's parser gives it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus.paraparser import ParaParser

from courseware import model as m
from exporters.pdf import cjk_paragraph, markup_shapes
from exporters.pdf.fonts import FontChoice
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper
from exporters.pdf.styles import build_styles

BUNDLED = Path(__file__).resolve().parents[2] / "content" / "bank-service-trust"


def reportlab_frags(markup: str, style: Any) -> list[dict[str, Any]]:
    parser = ParaParser()
    parser.caseSensitive = 1
    return [frag.__dict__ for frag in parser.parse(markup, style)[1]]


def test_every_bundled_paragraph_gets_reportlabs_fragments(
        bundled_course: m.Course, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shaped = markup_shapes.shaped_frags
    checked: list[str] = []

    def checking(markup: str, style: Any) -> list[Any] | None:
        frags = shaped(markup, style)
        if frags is not None:
            assert [frag.__dict__ for frag in frags] == reportlab_frags(markup, style), markup
            checked.append(markup)
        return frags

    monkeypatch.setattr(cjk_paragraph, "shaped_frags", checking)
    export_handout(bundled_course, BUNDLED, tmp_path / "h.pdf",
                   HandoutOptions(edition=Edition.TRAINER))
    quiz = next(item for module in bundled_course.modules for item in module.items
                if isinstance(item, m.Quiz))
    export_quiz_paper(bundled_course, BUNDLED, quiz.id, tmp_path / "q.pdf",
                      QuizPaperOptions(with_key=True, seed=7))
    assert len(checked) > 500  # bold lead-ins, options, answers, links …
    assert len(set(checked)) > 400  # different texts, so shapes were reused


@pytest.mark.parametrize("markup", [
    "<onDraw name=\"x\" label=\"1\"/>标题",  # a callback: ReportLab's own path
    '<img src="a.png" width="10" height="10"/>',
    "a &unknown; b",
    "<para>x</para>",
    "x < y",
    '<font face="NoSuchFont">x</font>',
])
def test_other_markup_is_left_to_reportlab(markup: str) -> None:
    style = build_styles(FontChoice(), "zh").body
    assert markup_shapes.shaped_frags(markup, style) is None or \
        [f.__dict__ for f in markup_shapes.shaped_frags(markup, style) or []] \
        == reportlab_frags(markup, style)


def test_a_shape_fills_in_each_paragraphs_own_text() -> None:
    style = build_styles(FontChoice(), "zh").body
    lead = '<font color="rgb(31,58,95)"><b>{}</b></font>{}'
    first = markup_shapes.shaped_frags(lead.format("要点", "先倾听"), style)
    entity = lead.format("提示", "再回应 &amp; 跟进")  # an entity: a shape of its own
    second = markup_shapes.shaped_frags(entity, style)
    assert first is not None and [f.text for f in first] == ["要点", "先倾听"]
    assert second is not None and [f.text for f in second] == ["提示", "再回应 ", "&", " 跟进"]
    assert [f.__dict__ for f in second] == reportlab_frags(entity, style)
    third = markup_shapes.shaped_frags(lead.format("注意", "不要打断"), style)
    assert third is not None and [f.text for f in third] == ["注意", "不要打断"]
    assert third[0].link is not first[0].link  # no list shared between paragraphs
    assert [f.__dict__ for f in third] == reportlab_frags(lead.format("注意", "不要打断"), style)
