"""Every bundled-course question survives export → import in each 题库 format that holds its
type; what a format cannot hold (scenarios, option feedback …) is a per-question warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from courseware import model as m
from exporters.banks import bank_formats
from exporters.banks.conventions_writer import grouped
from tests.conftest import BUNDLED_COURSE


def essentials(q: m.Question) -> tuple[Any, ...]:
    common = (q.type_name, q.prompt.strip(), float(q.points), q.feedback.strip(), q.category)
    if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return (*common, tuple((o.text, o.correct) for o in q.options))
    if isinstance(q, m.TrueFalseQuestion):
        return (*common, q.answer)
    if isinstance(q, m.FillBlankQuestion):
        return (*common, tuple(tuple(b.accepted) for b in q.blanks))
    if isinstance(q, m.OrderingQuestion):
        return (*common, tuple(q.items))
    if isinstance(q, m.MatchingQuestion):
        return (*common, tuple((p.left, p.right) for p in q.pairs), frozenset(q.distractors))
    assert isinstance(q, m.EssayQuestion)
    return (*common, q.model_answer.strip())


@pytest.mark.parametrize("name", ["xlsx", "docx", "txt", "csv"])
def test_bundled_questions_round_trip(bundled_course: m.Course, tmp_path: Path,
                                      name: str) -> None:
    fmt = bank_formats()[name]
    assert fmt.read is not None and fmt.write is not None
    questions = bundled_course.all_questions()
    cannot = (m.ScenarioQuestion, m.NumericalQuestion)  # no 题库 convention holds these
    held = [q for q in questions if not isinstance(q, cannot)]
    assert len(held) > 20 and any(isinstance(q, m.ScenarioQuestion) for q in questions)
    out = tmp_path / f"bank.{name}"
    written = fmt.write(questions, out, BUNDLED_COURSE / "media")
    assert written.written == len(held)
    left_out = {q.id for q in questions if isinstance(q, cannot)}
    warned = {p.source for p in written.problems
              if "scenario" in p.message or "numerical" in p.message}
    assert warned == left_out
    result = fmt.read(out)
    problems = [(p.source, p.message) for e in result.entries for p in e.problems
                if p.severity == "error"]
    assert not problems
    read_back = [e.question for e in result.entries if e.question]
    expected = held if name in ("xlsx", "csv") else grouped(held)  # Word/text: by type
    assert [essentials(q) for q in read_back] == [essentials(q) for q in expected]


def test_template_round_trips(tmp_path: Path) -> None:
    from exporters.banks.templates import example_questions, write_template

    for name in ("xlsx", "docx", "txt", "csv"):
        out = tmp_path / f"template.{name}"
        write_template(name, out)
        read = bank_formats()[name].read
        assert read is not None
        result = read(out)
        assert [essentials(e.question) for e in result.entries if e.question] == \
            [essentials(q) for q in example_questions()]
