"""Whole-attempt grading: CBM, essays graded by the trainer, regrade, grading methods."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from courseware import model as m
from courseware.engine import (
    AttemptService,
    AttemptState,
    InMemoryRepository,
    InvalidRubricMarks,
    ManualClock,
    NotGradable,
    passed,
    quiz_grade,
)
from courseware.engine.attempt import Attempt, QuestionResult
from courseware.engine.grading import cbm_fraction
from tests.courseware.engine.builders import choice, course_with, essay, quiz


@pytest.mark.parametrize(("fraction", "certainty", "expected"), [
    (1.0, 1, 1 / 3), (1.0, 2, 2 / 3), (1.0, 3, 1.0),      # right: +1, +2, +3 (÷3)
    (0.0, 1, 0.0), (0.0, 2, -2 / 3), (0.0, 3, -2.0),     # wrong: 0, −2, −6 (÷3)
    (0.5, 2, 1 / 3),                                      # partly right: 2 × 0.5 = 1 (÷3)
    (1.0, None, 1 / 3),                                   # no certainty stated: level 1
])
def test_cbm_table(fraction: float, certainty: int | None, expected: float) -> None:
    assert cbm_fraction(fraction, certainty) == pytest.approx(expected)


def run(the_quiz: m.Quiz, answers: dict[str, tuple[object, int | None]],
        service: AttemptService | None = None, trainee: str = "t1") -> Attempt:
    service = service or AttemptService(course_with(the_quiz), InMemoryRepository(),
                                        ManualClock())
    session = service.start(the_quiz, trainee)
    for qid, (value, certainty) in answers.items():
        session.answer(qid, value, certainty)  # type: ignore[arg-type]
    return session.submit()


def test_cbm_attempt_scores_scaled_to_points_and_floored_at_zero() -> None:
    the_quiz = quiz(questions=[choice("a1", points=3), choice("a2"), choice("a3")],
                    certainty_based_marking=True)
    # a1 right & sure: 3 × 3/3 = 3; a2 wrong & fairly sure: 1 × −2/3; a3 right, not sure: 1/3
    attempt = run(the_quiz, {"a1": ("a", 3), "a2": ("b", 2), "a3": ("a", 1)})
    assert attempt.raw_score == pytest.approx(3 - 2 / 3 + 1 / 3)
    assert attempt.max_score == 5
    assert attempt.results["a2"].certainty == 2
    wrong_and_sure = run(the_quiz, {"a1": ("b", 3)})
    assert wrong_and_sure.raw_score == pytest.approx(-6.0)  # −2 × 3 points; others 0
    assert wrong_and_sure.score == 0.0 and wrong_and_sure.percent == 0.0


def essay_service() -> tuple[AttemptService, m.Quiz]:
    the_quiz = quiz(questions=[choice("c1"), essay("e1")])
    return AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock()), the_quiz


def test_essay_pending_until_the_trainer_grades_it() -> None:
    service, the_quiz = essay_service()
    attempt = run(the_quiz, {"c1": ("a", None), "e1": ("先倾听，再认同情绪……", None)}, service)
    assert attempt.results["e1"].pending and attempt.score is None and not attempt.graded
    assert service.trainee_grade(the_quiz, "t1") is None
    graded = service.grade_essay(attempt.id, "e1", [1.5, 1], "需求分析不完整", "trainer")
    assert graded.score == 3.5 and graded.max_score == 4
    stored = service.repository.load_attempt(attempt.id)
    assert stored.results["e1"].essay is not None
    assert stored.results["e1"].essay.comment == "需求分析不完整"
    assert stored.percent == pytest.approx(87.5)
    assert service.trainee_passed(the_quiz, "t1") is True  # 87.5 ≥ 80


def test_empty_essay_needs_no_grading() -> None:
    service, the_quiz = essay_service()
    attempt = run(the_quiz, {"c1": ("a", None)}, service)
    assert attempt.graded and attempt.score == 1.0


@pytest.mark.parametrize("marks", [[3, 0], [1], [1, 1, 0], [-1, 0]])
def test_rubric_marks_must_fit_the_rubric(marks: list[float]) -> None:
    service, the_quiz = essay_service()
    attempt = run(the_quiz, {"e1": ("text", None)}, service)
    with pytest.raises(InvalidRubricMarks):
        service.grade_essay(attempt.id, "e1", marks)


def test_only_essays_of_submitted_attempts_can_be_graded() -> None:
    service, the_quiz = essay_service()
    attempt = run(the_quiz, {"e1": ("text", None)}, service)
    with pytest.raises(NotGradable):
        service.grade_essay(attempt.id, "c1", [1, 1])
    open_attempt = service.start(the_quiz, "t2").attempt
    with pytest.raises(NotGradable):
        service.grade_essay(open_attempt.id, "e1", [1, 1])


def test_regrade_after_an_answer_key_fix_updates_every_affected_attempt() -> None:
    the_quiz = quiz(questions=[choice("k1", correct="a"), choice("k2"), essay("e1")])
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    said_b = run(the_quiz, {"k1": ("b", None), "k2": ("a", None), "e1": ("x", None)}, service)
    service.grade_essay(said_b.id, "e1", [2, 1])
    said_a = run(the_quiz, {"k1": ("a", None), "k2": ("a", None)}, service, "t2")
    left_open = service.start(the_quiz, "t3").attempt
    assert service.repository.load_attempt(said_b.id).score == 4.0  # 0 + 1 + 3
    # The key was wrong: b is the right answer to k1.
    the_quiz.questions[0] = choice("k1", correct="b")
    changed = service.regrade(the_quiz)
    assert {a.id for a in changed} == {said_b.id, said_a.id}
    assert service.repository.load_attempt(said_b.id).score == 5.0  # essay grade kept
    assert service.repository.load_attempt(said_a.id).score == 1.0
    assert service.repository.load_attempt(left_open.id).state is AttemptState.OPEN
    assert service.regrade(the_quiz) == []  # nothing changes twice


def finished(number: int, percent: float | None) -> Attempt:
    attempt = Attempt(id=str(number), quiz_id="q", course_id="c", trainee_id="t",
                      attempt_number=number, seed=0, started_at=datetime(2024, 1, 1, tzinfo=UTC),
                      question_ids=["x"], state=AttemptState.SUBMITTED)
    points = None if percent is None else percent / 10
    attempt.results = {"x": QuestionResult("x", "essay", 10, None, points)}
    return attempt


@pytest.mark.parametrize(("method", "expected"), [
    (m.GradingMethod.HIGHEST, 90.0),
    (m.GradingMethod.AVERAGE, 70.0),   # (60 + 90 + 60) / 3
    (m.GradingMethod.FIRST, 60.0),
    (m.GradingMethod.LAST, 60.0),
])
def test_grading_methods(method: m.GradingMethod, expected: float) -> None:
    attempts = [finished(3, 60), finished(1, 60), finished(2, 90)]  # order does not matter
    assert quiz_grade(attempts, method) == pytest.approx(expected)


def test_grading_methods_with_pending_and_open_attempts() -> None:
    attempts = [finished(1, None), finished(2, 50)]
    open_attempt = finished(3, 100)
    open_attempt.state = AttemptState.OPEN
    attempts.append(open_attempt)
    assert quiz_grade(attempts, m.GradingMethod.FIRST) is None  # still being graded
    assert quiz_grade(attempts, m.GradingMethod.LAST) == 50.0   # the open one does not count
    # highest/average: the pending attempt could change the grade, so it is pending too
    assert quiz_grade(attempts, m.GradingMethod.HIGHEST) is None
    assert quiz_grade(attempts, m.GradingMethod.AVERAGE) is None
    assert quiz_grade(attempts[1:], m.GradingMethod.HIGHEST) == 50.0
    assert quiz_grade([], m.GradingMethod.AVERAGE) is None


def test_pass_mark() -> None:
    settings = m.QuizSettings(pass_percent=80)
    assert passed(80.0, settings) is True
    assert passed(0.1 + 0.7 + 79.2 - 1e-12, settings) is True  # float noise at the boundary
    assert passed(79.9, settings) is False
    assert passed(None, settings) is None


def test_cbm_does_not_apply_to_essays() -> None:
    the_quiz = quiz(questions=[essay("e1")], certainty_based_marking=True)
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    attempt = run(the_quiz, {"e1": ("text", 3)}, service)
    graded = service.grade_essay(attempt.id, "e1", [2, 1])
    assert graded.score == 3.0 and graded.results["e1"].certainty is None


def test_graded_attempt_round_trips_through_the_repository() -> None:
    service, the_quiz = essay_service()
    attempt = run(the_quiz, {"c1": ("a", None), "e1": ("text", None)}, service)
    service.grade_essay(attempt.id, "e1", [1, 1], "评语")
    stored = service.repository.load_attempt(attempt.id)
    assert Attempt.from_dict(stored.to_dict()) == stored
    assert stored.score == 3.0
