"""A trainee's quiz grade across attempts, and pass/fail."""

from __future__ import annotations

from collections.abc import Iterable

from courseware import model as m
from courseware.engine.attempt import Attempt

_EPSILON = 1e-9  # 79.99999999 from float sums still passes at 80


def quiz_grade(attempts: Iterable[Attempt], method: m.GradingMethod) -> float | None:
    """The trainee's grade in percent by the quiz's grading method, from finished attempts.

    ``first`` and ``last`` take that attempt even while an essay in it awaits grading (then the
    grade is None, as the grade is not known yet); ``highest`` and ``average`` use the fully
    graded attempts. None when there is nothing to grade.
    """
    finished = sorted((a for a in attempts if a.state.finished), key=lambda a: a.attempt_number)
    if not finished:
        return None
    if method is m.GradingMethod.FIRST:
        return finished[0].percent
    if method is m.GradingMethod.LAST:
        return finished[-1].percent
    percents = [p for p in (a.percent for a in finished) if p is not None]
    if not percents:
        return None
    if method is m.GradingMethod.HIGHEST:
        return max(percents)
    return sum(percents) / len(percents)


def passed(percent: float | None, settings: m.QuizSettings) -> bool | None:
    """Pass/fail by the quiz's pass mark; None while the grade is not known."""
    if percent is None:
        return None
    return percent + _EPSILON >= settings.pass_percent
