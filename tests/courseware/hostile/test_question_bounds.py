"""Ordering items, matching pairs, options and scenario paths are bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.engine.grading.questions import grade_fraction
from courseware.engine.scenario_player import is_valid_path
from courseware.format.writer import save_course
from courseware.limits import MAX_SCENARIO_STEPS
from tests.courseware.course_builder import sample_course
from tests.courseware.hostile.conftest import run_cli


def course_with(question: m.Question) -> m.Course:
    course = sample_course()
    quiz = course.modules[0].items[2]
    assert isinstance(quiz, m.Quiz)
    quiz.questions.append(question)
    return course


@pytest.mark.parametrize(("question", "said"), [
    (m.OrderingQuestion(id="big-order", prompt="排序", items=[f"第{i}步" for i in range(40)]),
     "40 items to order; at most 26"),
    (m.MatchingQuestion(id="big-match", prompt="配对",
                        pairs=[m.MatchPair(f"左{i}", f"右{i}") for i in range(30)]),
     "30 pairs; at most 26"),
    (m.SingleChoiceQuestion(id="big-choice", prompt="选", options=[
        m.Option(f"o{i}", f"选项{i}", correct=i == 0) for i in range(30)]),
     "30 options; at most 26"),
])
def test_validate_refuses_oversized_questions(tmp_path: Path, question: m.Question,
                                              said: str) -> None:
    save_course(course_with(question), tmp_path / "course")
    result = run_cli("validate", str(tmp_path / "course"))
    assert result.code == 1 and said in result.said
    assert "m1-quiz.yaml:" in result.said


def looping_scenario() -> m.ScenarioQuestion:
    return m.ScenarioQuestion(id="loop", prompt="情景", start="ask", nodes=[
        m.ScenarioNode("ask", "客户又问了一遍", [m.ScenarioChoice("再解释一次", "ask"),
                                          m.ScenarioChoice("请主管来", "end")]),
        m.ScenarioNode("end", "结束", ending=m.ScenarioEnding(100, "好"))])


def test_a_scenario_path_longer_than_the_bound_is_refused() -> None:
    question = looping_scenario()
    within = [0] * (MAX_SCENARIO_STEPS - 1) + [1]
    assert is_valid_path(question, within)
    assert grade_fraction(question, within) == 1.0  # type: ignore[arg-type]
    hostile = [0] * 1_000_000 + [1]
    assert not is_valid_path(question, hostile)
    assert grade_fraction(question, hostile) == 0.0  # type: ignore[arg-type]
