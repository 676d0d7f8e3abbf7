"""What a trainee may see of an attempt at a given moment, by the quiz's review settings.

``feedback_timing`` governs per-question right/wrong marks and feedback texts and the overall
feedback band; ``answers_timing`` governs the right answers. ``immediate`` shows a question's
feedback as soon as it is answered (the answer is then locked); ``after_submit`` once the
attempt is finished; ``after_close`` once it is finished and the trainer has closed the quiz;
``never`` never.
The score and pass/fail are shown once the attempt is finished and fully graded.
"""

from __future__ import annotations

from dataclasses import dataclass

from courseware import model as m
from courseware.engine.attempt import Attempt


@dataclass(frozen=True)
class ReviewVisibility:
    question_feedback: bool  # right/wrong per question and the feedback texts
    correct_answers: bool
    score: bool
    overall_feedback: bool  # the quiz's feedback band for the score

    @classmethod
    def everything(cls) -> ReviewVisibility:
        """All shown (the trainer's preview and grading views)."""
        return cls(question_feedback=True, correct_answers=True, score=True,
                   overall_feedback=True)

    @property
    def anything(self) -> bool:
        return self.question_feedback or self.correct_answers or self.score


def timing_allows(timing: m.Timing, attempt_finished: bool, quiz_closed: bool) -> bool:
    if timing is m.Timing.IMMEDIATE:
        return True
    if timing is m.Timing.AFTER_SUBMIT:
        return attempt_finished
    if timing is m.Timing.AFTER_CLOSE:
        return attempt_finished and quiz_closed  # an attempt still open never shows answers
    return False


def review_visibility(settings: m.QuizSettings, attempt: Attempt,
                      quiz_closed: bool) -> ReviewVisibility:
    """During an open attempt only ``immediate`` settings show anything (for answered
    questions); the score and band need a finished, fully graded attempt."""
    finished = attempt.state.finished
    feedback = timing_allows(settings.feedback_timing, finished, quiz_closed)
    answers = timing_allows(settings.answers_timing, finished, quiz_closed)
    graded = attempt.graded
    return ReviewVisibility(
        question_feedback=feedback,
        correct_answers=answers,
        score=graded,
        overall_feedback=graded and feedback,
    )


def question_visible(visibility: ReviewVisibility, attempt: Attempt, question_id: str) -> bool:
    """Whether feedback for one question may be shown now: during an open attempt only for
    questions already answered."""
    if attempt.state.finished:
        return visibility.question_feedback
    record = attempt.answers.get(question_id)
    return visibility.question_feedback and record is not None and record.answered


def overall_feedback(quiz: m.Quiz, attempt: Attempt, quiz_closed: bool) -> m.FeedbackBand | None:
    """The quiz's feedback band for the attempt's score, when it may be shown."""
    percent = attempt.percent
    visibility = review_visibility(quiz.settings, attempt, quiz_closed)
    if percent is None or not visibility.overall_feedback:
        return None
    return quiz.band_for(percent)
