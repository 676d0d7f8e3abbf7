"""The review of an attempt as plain data for the trainee UI and the authoring preview.

:func:`build_review` applies a :class:`ReviewVisibility`: whatever it forbids is left out of
the data (None), so a view that shows every field cannot leak an answer key. Rules per question:

- the trainee's own answer, the prompt and the options as shown are always included;
- status (right/partial/wrong/pending), the feedback texts and the trainer's essay comment need
  ``question_feedback``; points earned/max and the essay's rubric marks need ``score`` too
  (a question's points would tell right from wrong);
- the right answer needs ``correct_answers``;
- during an open attempt (``immediate`` timings) only answered questions show any of these.

The summary's score, percent and pass/fail need ``score`` and a fully graded attempt: while an
essay waits for the trainer they are None and ``pending`` is True.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from courseware import model as m
from courseware.engine.attempt import Attempt, AttemptState, QuestionResult
from courseware.engine.grading.attempts import QuizGrader
from courseware.engine.grading.overall import passed
from courseware.engine.review import ReviewVisibility, review_visibility
from courseware.engine.review_text import (
    Lines,
    answer_feedback,
    answer_lines,
    option_lines,
    right_answer_lines,
)

_TOLERANCE = 1e-9


class QuestionStatus(StrEnum):
    RIGHT = "right"
    PARTIAL = "partial"
    WRONG = "wrong"
    PENDING = "pending"  # an essay waiting for the trainer


@dataclass(frozen=True)
class CriterionMark:
    criterion: str
    points: float
    max_points: float


@dataclass(frozen=True)
class QuestionReview:
    number: int  # 1-based, in the order shown
    question_id: str
    question_type: str
    prompt: str
    options: Lines  # choice questions: every option as shown, "A. text"
    answered: bool
    answer: Lines  # the trainee's answer as display lines
    certainty: int | None
    status: QuestionStatus | None = None
    points: float | None = None
    max_points: float | None = None
    feedback: Lines | None = None  # feedback earned by the answer (options, choices, ending)
    general_feedback: str | None = None
    correct_answer: Lines | None = None
    essay_marks: tuple[CriterionMark, ...] | None = None
    essay_comment: str | None = None


@dataclass(frozen=True)
class ReviewSummary:
    state: AttemptState
    pending: bool  # submitted, an essay waits for the trainer
    score: float | None
    max_score: float | None
    percent: float | None
    passed: bool | None
    feedback: str | None  # the quiz's feedback band for the score


@dataclass(frozen=True)
class AttemptReview:
    attempt_id: str
    quiz_id: str
    visibility: ReviewVisibility
    summary: ReviewSummary
    questions: tuple[QuestionReview, ...]


def trainee_review(attempt: Attempt, quiz: m.Quiz, questions: Mapping[str, m.Question],
                   quiz_closed: bool) -> AttemptReview:
    """The review a trainee may see now, by the quiz's review settings."""
    visibility = review_visibility(quiz.settings, attempt, quiz_closed)
    return build_review(attempt, quiz, questions, visibility)


def build_review(attempt: Attempt, quiz: m.Quiz, questions: Mapping[str, m.Question],
                 visibility: ReviewVisibility) -> AttemptReview:
    """``questions`` maps ids to questions (own and drawn); questions since deleted from the
    course are left out. Use ``ReviewVisibility.everything()`` for the trainer's preview."""
    results = _results(attempt, questions, quiz.settings)
    shown = [questions[qid] for qid in attempt.question_ids if qid in questions]
    reviews = tuple(_question(n, q, attempt, results.get(q.id), visibility)
                    for n, q in enumerate(shown, start=1))
    return AttemptReview(attempt.id, attempt.quiz_id, visibility,
                         _summary(attempt, quiz, visibility), reviews)


def _results(attempt: Attempt, questions: Mapping[str, m.Question],
             settings: m.QuizSettings) -> dict[str, QuestionResult]:
    if attempt.state.finished:
        return attempt.results
    grader = QuizGrader(questions, settings)  # immediate feedback: grade what is answered
    return {qid: grader.grade_question(attempt, qid) for qid, record in attempt.answers.items()
            if record.answered and qid in questions}


def _question(number: int, question: m.Question, attempt: Attempt,
              result: QuestionResult | None, visibility: ReviewVisibility) -> QuestionReview:
    record = attempt.answers.get(question.id)
    value = None if record is None else record.value
    order = attempt.option_orders.get(question.id)
    answered = record is not None and record.answered
    revealed = attempt.state.finished or answered
    feedback = revealed and visibility.question_feedback and result is not None
    scored = feedback and visibility.score and result is not None and not result.pending
    return QuestionReview(
        number, question.id, question.type_name, question.prompt,
        option_lines(question, order), answered, answer_lines(question, value, order),
        None if record is None else record.certainty,
        status=_status(result) if feedback and result else None,
        points=result.points if scored and result else None,
        max_points=result.max_points if scored and result else None,
        feedback=answer_feedback(question, value, order) if feedback else None,
        general_feedback=question.feedback if feedback else None,
        correct_answer=(right_answer_lines(question, order)
                        if revealed and visibility.correct_answers else None),
        essay_marks=_essay_marks(question, result) if scored else None,
        essay_comment=_essay_comment(result) if feedback else None,
    )


def _status(result: QuestionResult) -> QuestionStatus:
    if result.fraction is None:
        return QuestionStatus.PENDING
    if result.fraction >= 1 - _TOLERANCE:
        return QuestionStatus.RIGHT
    if result.fraction <= _TOLERANCE:
        return QuestionStatus.WRONG
    return QuestionStatus.PARTIAL


def _essay_marks(question: m.Question, result: QuestionResult | None
                 ) -> tuple[CriterionMark, ...] | None:
    if result is None or result.essay is None or not isinstance(question, m.EssayQuestion):
        return None
    return tuple(CriterionMark(c.criterion, given, float(c.points))
                 for c, given in zip(question.rubric, result.essay.criterion_points,
                                     strict=False))


def _essay_comment(result: QuestionResult | None) -> str | None:
    return None if result is None or result.essay is None else result.essay.comment


def _summary(attempt: Attempt, quiz: m.Quiz, visibility: ReviewVisibility) -> ReviewSummary:
    percent = attempt.percent if visibility.score else None
    band = quiz.band_for(percent) if percent is not None and visibility.overall_feedback else None
    pending = attempt.state.finished and not attempt.graded
    return ReviewSummary(
        state=attempt.state, pending=pending,
        score=attempt.score if visibility.score else None,
        max_score=attempt.max_score if visibility.score and attempt.graded else None,
        percent=percent, passed=passed(percent, quiz.settings),
        feedback=None if band is None else band.text,
    )
