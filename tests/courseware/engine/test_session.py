"""Running attempts: start/resume, attempts allowed, navigation, flags, time limit, submit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from courseware import model as m
from courseware.engine import (
    AnswerLocked,
    AttemptClosed,
    AttemptService,
    AttemptState,
    InMemoryRepository,
    InvalidCertainty,
    ManualClock,
    NavigationRefused,
    NoAttemptsLeft,
    TimeUp,
    UnknownQuestion,
)
from tests.courseware.engine.builders import choice, course_with, quiz


def service_for(the_quiz: m.Quiz) -> tuple[AttemptService, ManualClock]:
    clock = ManualClock()
    return AttemptService(course_with(the_quiz), InMemoryRepository(), clock), clock


def test_start_records_an_open_attempt_with_the_quiz_questions() -> None:
    the_quiz = quiz()
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1", seed=7)
    attempt = service.repository.load_attempt(session.attempt.id)
    assert attempt.state is AttemptState.OPEN
    assert attempt.question_ids == ["quiz-q1", "quiz-q2", "quiz-q3", "quiz-q4"]
    assert attempt.option_orders["quiz-q1"] == ["a", "b", "c", "d"]  # no shuffling asked
    assert (attempt.seed, attempt.attempt_number, attempt.course_id) == (7, 1, "course")
    assert attempt.started_at == clock.now() and attempt.deadline is None


def test_every_answer_is_saved_at_once_and_the_attempt_resumes() -> None:
    the_quiz = quiz()
    service, _ = service_for(the_quiz)
    first = service.start(the_quiz, "t1")
    first.answer("quiz-q1", "a")
    first.flag("quiz-q2")
    again = service.start(the_quiz, "t1")  # e.g. after a crash: same attempt, same answers
    assert again.attempt.id == first.attempt.id
    assert again.attempt.answers["quiz-q1"].value == "a"
    assert again.attempt.answers["quiz-q2"].flagged
    assert not again.attempt.answers["quiz-q2"].answered


def test_attempts_allowed_is_enforced() -> None:
    the_quiz = quiz(attempts_allowed=2)
    service, _ = service_for(the_quiz)
    assert service.attempts_left(the_quiz, "t1") == 2
    service.start(the_quiz, "t1").submit()
    assert service.attempts_left(the_quiz, "t1") == 1
    second = service.start(the_quiz, "t1")
    assert second.attempt.attempt_number == 2
    second.submit()
    with pytest.raises(NoAttemptsLeft) as refused:
        service.start(the_quiz, "t1")
    assert "2" in str(refused.value)
    assert service.start(the_quiz, "t2").attempt.attempt_number == 1  # others unaffected


def test_unlimited_attempts() -> None:
    the_quiz = quiz(attempts_allowed=0)
    service, _ = service_for(the_quiz)
    for _ in range(5):
        service.start(the_quiz, "t1").submit()
    assert service.attempts_left(the_quiz, "t1") is None
    assert len(service.repository.list_attempts("quiz", "t1")) == 5


def test_time_limit_remaining_time_and_resume() -> None:
    the_quiz = quiz(time_limit_minutes=20)
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    assert session.attempt.deadline == clock.now() + timedelta(minutes=20)
    clock.advance(minutes=15)
    resumed = service.start(the_quiz, "t1")
    assert resumed.remaining() == timedelta(minutes=5)


def test_any_call_after_the_deadline_auto_submits_with_the_given_answers() -> None:
    the_quiz = quiz(time_limit_minutes=10)
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.answer("quiz-q1", "a")
    deadline = session.attempt.deadline
    clock.advance(minutes=10, seconds=1)
    with pytest.raises(TimeUp):
        session.answer("quiz-q2", "a")
    stored = service.repository.load_attempt(session.attempt.id)
    assert stored.state is AttemptState.AUTO_SUBMITTED
    assert stored.submitted_at == deadline
    assert "quiz-q2" not in stored.answers  # the late answer was refused
    assert stored.score == 1.0  # q1 right, the other three unanswered
    with pytest.raises(TimeUp):
        session.submit()


def test_the_ui_timer_check_submits_exactly_at_the_deadline() -> None:
    the_quiz = quiz(time_limit_minutes=1)
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    clock.advance(seconds=59)
    assert session.check_time() is False
    clock.advance(seconds=1)
    assert session.check_time() is True
    assert session.attempt.state is AttemptState.AUTO_SUBMITTED
    assert session.remaining() == timedelta(0)


def test_attempt_that_ran_out_while_away_is_closed_and_a_new_one_may_start() -> None:
    the_quiz = quiz(time_limit_minutes=5, attempts_allowed=2)
    service, clock = service_for(the_quiz)
    first = service.start(the_quiz, "t1")
    clock.advance(hours=1)
    assert service.open_session(the_quiz, "t1") is None
    assert service.repository.load_attempt(first.attempt.id).state is AttemptState.AUTO_SUBMITTED
    assert service.start(the_quiz, "t1").attempt.attempt_number == 2


def test_close_overdue_attempts_for_the_trainer() -> None:
    the_quiz = quiz(time_limit_minutes=5)
    service, clock = service_for(the_quiz)
    service.start(the_quiz, "t1")
    service.start(the_quiz, "t2")
    clock.advance(minutes=3)
    assert service.close_overdue(the_quiz) == []
    clock.advance(minutes=3)
    assert {a.trainee_id for a in service.close_overdue(the_quiz)} == {"t1", "t2"}


def test_submitted_attempt_refuses_changes() -> None:
    the_quiz = quiz()
    service, _ = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.submit()
    with pytest.raises(AttemptClosed):
        session.answer("quiz-q1", "a")
    with pytest.raises(AttemptClosed):
        service.resume(session.attempt.id).flag("quiz-q1")


def test_unknown_question_is_refused() -> None:
    the_quiz = quiz()
    service, _ = service_for(the_quiz)
    with pytest.raises(UnknownQuestion):
        service.start(the_quiz, "t1").answer("elsewhere", "a")


def test_sequential_navigation_forbids_going_back_and_skipping() -> None:
    the_quiz = quiz(navigation=m.Navigation.SEQUENTIAL, questions_per_page=2)
    service, _ = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    assert [q.id for q in session.current_page] == ["quiz-q1", "quiz-q2"]
    with pytest.raises(NavigationRefused):
        session.answer("quiz-q3", "a")  # on a later page
    session.answer("quiz-q2", "a")
    session.next_page()
    with pytest.raises(NavigationRefused):
        session.previous_page()
    with pytest.raises(NavigationRefused):
        session.answer("quiz-q1", "b")  # an earlier page
    assert service.repository.load_attempt(session.attempt.id).position == 1


def test_free_navigation_goes_anywhere() -> None:
    the_quiz = quiz(questions_per_page=1)
    service, _ = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.go_to_page(3)
    session.go_to_page(0)
    session.answer("quiz-q4", "a")
    assert len(session.pages) == 4
    with pytest.raises(IndexError):
        session.go_to_page(4)


def test_summary_lists_unanswered_and_flagged_questions() -> None:
    the_quiz = quiz(time_limit_minutes=30)
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.answer("quiz-q1", "b")
    session.answer("quiz-q3", "")  # cleared: counts as unanswered
    session.flag("quiz-q1")
    session.flag("quiz-q4")
    session.flag("quiz-q4", False)
    clock.advance(minutes=10)
    summary = session.summary()
    assert summary.unanswered == ["quiz-q2", "quiz-q3", "quiz-q4"]
    assert summary.flagged == ["quiz-q1"]
    assert summary.answered == 1
    assert summary.remaining == timedelta(minutes=20)
    assert session.attempt.answers["quiz-q1"].value == "b"  # flagging keeps the answer


def test_certainty_is_checked_only_with_cbm() -> None:
    plain = quiz()
    service, _ = service_for(plain)
    assert service.start(plain, "t1").answer("quiz-q1", "a", certainty=3).certainty is None
    cbm = quiz("cbm", certainty_based_marking=True)
    service, _ = service_for(cbm)
    session = service.start(cbm, "t1")
    assert session.answer("cbm-q1", "a", certainty=3).certainty == 3
    with pytest.raises(InvalidCertainty):
        session.answer("cbm-q2", "a", certainty=4)


def test_immediate_feedback_locks_an_answer_once_given() -> None:
    the_quiz = quiz(feedback_timing=m.Timing.IMMEDIATE)
    service, _ = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.answer("quiz-q1", "b")
    with pytest.raises(AnswerLocked):
        session.answer("quiz-q1", "a")
    session.flag("quiz-q1")  # flags still work


def test_submit_grades_the_attempt() -> None:
    the_quiz = quiz(questions=[choice("x", points=2), choice("y")])
    service, clock = service_for(the_quiz)
    session = service.start(the_quiz, "t1")
    session.answer("x", "a")
    session.answer("y", "b")
    clock.advance(seconds=90)
    attempt = session.submit()
    stored = service.repository.load_attempt(attempt.id)
    assert stored.state is AttemptState.SUBMITTED and stored.submitted_at == clock.now()
    assert (stored.score, stored.max_score) == (2.0, 3.0)
    assert stored.percent == pytest.approx(200 / 3)
