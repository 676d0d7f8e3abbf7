"""A trainee's quiz grade across attempts, and pass/fail — "pending" while an essay it depends
on waits for the trainer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from courseware import model as m
from courseware.engine.attempt import Attempt

_EPSILON = 1e-9  # 79.99999999 from float sums still passes at 80


@dataclass(frozen=True)
class TraineeGrade:
    """``percent`` is None when there is no finished attempt or while the grade is pending;
    ``passed`` can be known while pending (``highest``: a graded attempt already passes)."""

    percent: float | None
    passed: bool | None
    pending: bool  # an attempt the grade depends on has an essay waiting for the trainer


def counted_attempts(attempts: Iterable[Attempt], method: m.GradingMethod) -> list[Attempt]:
    """The finished attempts the grading method takes the grade from."""
    finished = sorted((a for a in attempts if a.state.finished), key=lambda a: a.attempt_number)
    if method is m.GradingMethod.FIRST:
        return finished[:1]
    if method is m.GradingMethod.LAST:
        return finished[-1:]
    return finished


def quiz_grade(attempts: Iterable[Attempt], method: m.GradingMethod) -> float | None:
    """The trainee's grade in percent by the quiz's grading method (open attempts do not
    count). None when nothing is finished, or while an attempt it depends on is pending:
    ``first``/``last`` that attempt, ``highest``/``average`` any finished attempt."""
    counted = counted_attempts(attempts, method)
    percents = [a.percent for a in counted]
    if not percents or None in percents:
        return None
    known = [p for p in percents if p is not None]
    if method is m.GradingMethod.AVERAGE:
        return sum(known) / len(known)
    return max(known)  # highest; first and last count one attempt


def trainee_grade(attempts: Iterable[Attempt], settings: m.QuizSettings) -> TraineeGrade:
    counted = counted_attempts(attempts, settings.grading_method)
    pending = any(not a.graded for a in counted)
    percent = quiz_grade(counted, settings.grading_method)
    verdict = passed(percent, settings)
    if verdict is None and settings.grading_method is m.GradingMethod.HIGHEST:
        graded = [p for p in (a.percent for a in counted) if p is not None]
        verdict = True if any(passed(p, settings) for p in graded) else None
    return TraineeGrade(percent, verdict, pending)


def passed(percent: float | None, settings: m.QuizSettings) -> bool | None:
    """Pass/fail by the quiz's pass mark; None while the grade is not known."""
    if percent is None:
        return None
    return percent + _EPSILON >= settings.pass_percent
