"""What a trainee may see, by feedback_timing / answers_timing, and the overall feedback band."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from courseware import model as m
from courseware.engine import Attempt, AttemptState, QuestionResult
from courseware.engine.attempt import AnswerRecord
from courseware.engine.review import overall_feedback, question_visible, review_visibility

T = m.Timing


def attempt(state: AttemptState, points: float | None = 1.0) -> Attempt:
    result = QuestionResult("q1", "single_choice", 1, points, points)
    return Attempt(id="a", quiz_id="q", course_id="c", trainee_id="t", attempt_number=1, seed=0,
                   started_at=datetime(2024, 1, 1, tzinfo=UTC), question_ids=["q1", "q2"],
                   answers={"q1": AnswerRecord(value="a")}, state=state,
                   results={} if state is AttemptState.OPEN else
                   {"q1": result, "q2": QuestionResult("q2", "true_false", 1, 0.0, 0.0)})


@pytest.mark.parametrize(("timing", "state", "closed", "shown"), [
    (T.IMMEDIATE, AttemptState.OPEN, False, True),
    (T.AFTER_SUBMIT, AttemptState.OPEN, False, False),
    (T.AFTER_SUBMIT, AttemptState.SUBMITTED, False, True),
    (T.AFTER_SUBMIT, AttemptState.AUTO_SUBMITTED, False, True),
    (T.AFTER_CLOSE, AttemptState.SUBMITTED, False, False),
    (T.AFTER_CLOSE, AttemptState.SUBMITTED, True, True),
    (T.NEVER, AttemptState.SUBMITTED, True, False),
])
def test_timing_rules(timing: m.Timing, state: AttemptState, closed: bool, shown: bool) -> None:
    settings = m.QuizSettings(feedback_timing=timing, answers_timing=timing)
    visibility = review_visibility(settings, attempt(state), quiz_closed=closed)
    assert visibility.question_feedback is shown
    assert visibility.correct_answers is shown


def test_feedback_and_answers_are_independent() -> None:
    settings = m.QuizSettings(feedback_timing=T.AFTER_SUBMIT, answers_timing=T.AFTER_CLOSE)
    visibility = review_visibility(settings, attempt(AttemptState.SUBMITTED), False)
    assert visibility.question_feedback and not visibility.correct_answers


def test_score_needs_a_fully_graded_attempt() -> None:
    settings = m.QuizSettings(feedback_timing=T.NEVER)
    assert review_visibility(settings, attempt(AttemptState.SUBMITTED), False).score
    assert not review_visibility(settings, attempt(AttemptState.OPEN), False).score
    pending = attempt(AttemptState.SUBMITTED, points=None)
    assert not review_visibility(settings, pending, False).score


def test_immediate_feedback_during_the_attempt_only_for_answered_questions() -> None:
    settings = m.QuizSettings(feedback_timing=T.IMMEDIATE)
    open_attempt = attempt(AttemptState.OPEN)
    visibility = review_visibility(settings, open_attempt, False)
    assert question_visible(visibility, open_attempt, "q1")
    assert not question_visible(visibility, open_attempt, "q2")
    assert not visibility.overall_feedback  # no total yet


def test_overall_feedback_band() -> None:
    quiz = m.Quiz(id="q", feedback_bands=[m.FeedbackBand(90, "优秀"), m.FeedbackBand(40, "良好"),
                                           m.FeedbackBand(0, "请复习")])
    done = attempt(AttemptState.SUBMITTED)  # 1 of 2 points = 50 %
    band = overall_feedback(quiz, done, quiz_closed=False)
    assert band is not None and band.text == "良好"
    quiz.settings.feedback_timing = T.AFTER_CLOSE
    assert overall_feedback(quiz, done, quiz_closed=False) is None
    assert overall_feedback(quiz, attempt(AttemptState.OPEN), quiz_closed=True) is None


def test_after_close_never_shows_answers_of_an_open_attempt() -> None:
    settings = m.QuizSettings(feedback_timing=T.AFTER_CLOSE, answers_timing=T.AFTER_CLOSE)
    visibility = review_visibility(settings, attempt(AttemptState.OPEN), quiz_closed=True)
    assert not visibility.question_feedback and not visibility.correct_answers
