"""Grades pending while essays wait for the trainer; regrading after a question was deleted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from courseware import model as m
from courseware.engine import (
    Attempt,
    AttemptService,
    AttemptState,
    InMemoryRepository,
    ManualClock,
    QuestionResult,
    TraineeGrade,
    regrade,
    trainee_grade,
)
from tests.courseware.engine.builders import choice, course_with, essay, quiz

G = m.GradingMethod


def finished(number: int, percent: float | None) -> Attempt:
    """A submitted attempt with one 10-point essay: None = waiting for the trainer."""
    attempt = Attempt(id=str(number), quiz_id="q", course_id="c", trainee_id="t",
                      attempt_number=number, seed=0, started_at=datetime(2024, 1, 1, tzinfo=UTC),
                      question_ids=["x"], state=AttemptState.SUBMITTED)
    points = None if percent is None else percent / 10
    attempt.results = {"x": QuestionResult("x", "essay", 10, None, points)}
    return attempt


def grade_of(method: m.GradingMethod, *percents: float | None) -> TraineeGrade:
    attempts = [finished(n, p) for n, p in enumerate(percents, start=1)]
    return trainee_grade(attempts, m.QuizSettings(grading_method=method, pass_percent=80))


@pytest.mark.parametrize(("method", "percents", "expected"), [
    (G.HIGHEST, (90, None), TraineeGrade(None, True, True)),    # can only go up: passed
    (G.HIGHEST, (50, None), TraineeGrade(None, None, True)),    # the essay may still pass it
    (G.AVERAGE, (90, None), TraineeGrade(None, None, True)),
    (G.FIRST, (None, 90), TraineeGrade(None, None, True)),
    (G.FIRST, (90, None), TraineeGrade(90.0, True, False)),     # the later one does not count
    (G.LAST, (90, None), TraineeGrade(None, None, True)),
    (G.LAST, (None, 50), TraineeGrade(50.0, False, False)),
    (G.HIGHEST, (50, 90), TraineeGrade(90.0, True, False)),
    (G.AVERAGE, (), TraineeGrade(None, None, False)),           # nothing finished yet
])
def test_trainee_grade_while_pending(method: m.GradingMethod, percents: tuple[float | None, ...],
                                     expected: TraineeGrade) -> None:
    assert grade_of(method, *percents) == expected


def test_service_reports_pending_until_the_essay_is_graded() -> None:
    the_quiz = quiz(questions=[choice("c1"), essay("e1")], pass_percent=50)
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    session = service.start(the_quiz, "t1")
    session.answer("c1", "a")
    session.answer("e1", "答案")
    attempt = session.submit()
    assert service.trainee_result(the_quiz, "t1") == TraineeGrade(None, None, True)
    assert service.trainee_grade(the_quiz, "t1") is None
    assert service.trainee_passed(the_quiz, "t1") is None
    review = service.review(attempt.id, quiz_closed=False)
    assert review.summary.pending and review.summary.passed is None
    service.grade_essay(attempt.id, "e1", [1, 0])
    assert service.trainee_result(the_quiz, "t1") == TraineeGrade(50.0, True, False)
    assert service.review(attempt.id, quiz_closed=False).summary.percent == 50.0


def test_no_attempt_is_not_pending() -> None:
    the_quiz = quiz()
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    assert service.trainee_result(the_quiz, "nobody") == TraineeGrade(None, None, False)


def submitted(service: AttemptService, the_quiz: m.Quiz, trainee: str,
              answers: dict[str, str]) -> Attempt:
    session = service.start(the_quiz, trainee)
    for qid, value in answers.items():
        session.answer(qid, value)
    return session.submit()


def test_regrade_skips_a_deleted_question_and_reports_the_changed_attempts() -> None:
    the_quiz = quiz(questions=[choice("k1"), choice("k2", points=2), choice("k3")])
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    right_k2 = submitted(service, the_quiz, "t1", {"k1": "a", "k2": "a"})
    left_open = service.start(the_quiz, "t2").attempt
    assert right_k2.percent == 75.0  # 1 + 2 of 4
    del the_quiz.questions[1]  # the trainer deletes k2 from the course
    changed = service.regrade(the_quiz)
    assert [a.id for a in changed] == [right_k2.id]
    stored = service.repository.load_attempt(right_k2.id)
    assert set(stored.results) == {"k1", "k3"}
    assert (stored.score, stored.max_score, stored.percent) == (1.0, 2.0, 50.0)
    assert stored.graded and stored.question_ids == ["k1", "k2", "k3"]  # what was shown
    assert service.repository.load_attempt(left_open.id).state is AttemptState.OPEN
    assert service.regrade(the_quiz) == []


def test_deleting_an_unanswered_question_still_changes_the_maximum() -> None:
    the_quiz = quiz(questions=[choice("k1"), choice("k2")])
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    attempt = submitted(service, the_quiz, "t1", {"k1": "a"})
    the_quiz.questions.pop()
    assert [a.id for a in service.regrade(the_quiz)] == [attempt.id]
    assert service.repository.load_attempt(attempt.id).percent == 100.0


def test_regrade_function_with_a_deleted_graded_essay() -> None:
    the_quiz = quiz(questions=[choice("k1"), essay("e1")])
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    attempt = submitted(service, the_quiz, "t1", {"k1": "a", "e1": "text"})
    assert not attempt.graded
    questions = {"k1": the_quiz.questions[0]}  # the essay was deleted
    assert regrade([attempt], questions, the_quiz.settings) == [attempt]
    assert attempt.graded and attempt.percent == 100.0


def test_an_open_attempt_can_still_be_submitted_after_a_deletion() -> None:
    the_quiz = quiz(questions=[choice("k1"), choice("k2")])
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), ManualClock())
    attempt_id = service.start(the_quiz, "t1").attempt.id
    the_quiz.questions.pop()
    session = service.resume(attempt_id)
    assert [q.id for q in session.questions] == ["k1"]
    session.answer("k1", "a")
    assert session.submit().percent == 100.0
    review = service.review(attempt_id, quiz_closed=False)
    assert [q.question_id for q in review.questions] == ["k1"]
