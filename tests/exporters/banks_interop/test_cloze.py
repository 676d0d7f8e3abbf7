"""Moodle's Cloze fixtures: gaps parsed as Moodle reads them; only all-short-answer Cloze comes
in (as a fill-in with several blanks), the rest is refused with a message."""

from __future__ import annotations

import json

import pytest

from courseware import model as m
from exporters.banks.formats.moodle_xml import read_moodle_xml
from exporters.banks.interop import cloze
from exporters.banks.interop.moodle_xml_reader import read_moodle_xml_bytes
from tests.exporters.banks_interop.conftest import INTEROP, interop

SHORT_GAP_KINDS = {"multichoice": "MULTICHOICE", "shortanswer": "SHORTANSWER"}


def _as_xml(question_text: str) -> bytes:
    text = question_text.replace("]]>", "]]]]><![CDATA[>")
    return (f'<quiz><question type="multianswer"><name><text>c</text></name>'
            f'<questiontext format="moodle"><text><![CDATA[{text}]]></text></questiontext>'
            f"</question></quiz>").encode()


def test_moodle_multianswer_fixture_gaps() -> None:
    text = interop("cloze", "questions.multianswer.txt").read_text(encoding="utf-8")
    facts = json.loads((INTEROP / "cloze" / "EXPECTED.json").read_text())[
        "questions.multianswer.txt"]
    gaps = cloze.gaps(text)
    assert [g.kind for g in gaps] == [SHORT_GAP_KINDS[t] for t in
                                      facts["subquestion_types"].values()]
    paris = gaps[4]
    assert paris.answers[0] == (100.0, "Paris", "Congratulations!")
    assert paris.answers[1][:2] == (50.0, "Marseille")
    assert paris.answers[2][1] == "*"
    # choice gaps: refused as a whole, with the reason
    result = read_moodle_xml_bytes(_as_xml(text), "cloze.xml")
    [entry] = result.entries
    assert entry.question is None and "not all short answers" in entry.problems[0].message


@pytest.mark.parametrize(("number", "reason"), [
    (1, "not all short answers"), (2, "not all short answers"), (3, "not all short answers"),
    (4, "without embedded answers"),
])
def test_broken_cloze_is_refused(number: int, reason: str) -> None:
    text = interop("cloze", f"broken_multianswer_{number}.txt").read_text(encoding="utf-8")
    [entry] = read_moodle_xml_bytes(_as_xml(text), "broken.xml").entries
    assert entry.question is None and reason in entry.problems[0].message


def test_short_answer_cloze_becomes_a_multi_blank_fill_in() -> None:
    text = ("倾听之后是{1:SHORTANSWER:=认同~%50%同意#接近~*#不对}，然后"
            "{2:SAC:=Respond~=respond}，最后跟进。")
    [entry] = read_moodle_xml_bytes(_as_xml(text), "c.xml").entries
    q = entry.question
    assert isinstance(q, m.FillBlankQuestion)
    assert q.prompt == "倾听之后是___，然后___，最后跟进。"
    assert [(b.accepted, b.case_sensitive) for b in q.blanks] == [
        (["认同", "同意"], False), (["Respond", "respond"], True)]
    # the 50% answer and the "*" answer are named in warnings, not dropped silently
    assert len(entry.problems) == 2 and all(p.severity == "warning" for p in entry.problems)


def test_all_types_fixture_is_refused_by_name() -> None:
    result = read_moodle_xml(interop("cloze", "multianswer-all-types.xml"))
    [entry] = result.entries
    assert entry.has_error and "cloze" in entry.problems[0].message.lower()
