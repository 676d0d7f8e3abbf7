"""Cronbach's alpha (Moodle's coefficient of internal consistency), and why it is missing.

CIC = 100 · P/(P−1) · (1 − Σ_i V(x_i) / V(T)) over P questions every attempt answered. When
attempts got different questions (random draws, or a quiz changed between attempts) there is
no whole test to measure; alpha is then given for the questions *every* attempt held, read as a
short test of its own, when there are at least ``MIN_COMMON_ITEMS`` of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from courseware.engine.attempt import Attempt
from courseware.stats import descriptive as d

TOO_FEW_ATTEMPTS = "too_few_attempts"  # fewer than 2 graded attempts
TOO_FEW_QUESTIONS = "too_few_questions"  # the quiz has a single question
RANDOM_DRAWS = "random_draws"  # attempts were given different questions
ZERO_VARIANCE = "zero_variance"  # every attempt has the same total
REASONS = (TOO_FEW_ATTEMPTS, TOO_FEW_QUESTIONS, RANDOM_DRAWS, ZERO_VARIANCE)
MIN_COMMON_ITEMS = 3


@dataclass(frozen=True)
class AlphaEstimate:
    """Alpha (percent) over ``item_count`` questions that all ``attempt_count`` attempts held."""

    value: float
    item_count: int
    attempt_count: int


@dataclass(frozen=True)
class AlphaOutcome:
    whole_test: float | None  # percent; None when it cannot be computed
    unavailable: str | None  # one of REASONS when whole_test is None
    common_items: AlphaEstimate | None  # with random draws, over the shared questions


def cronbach_alpha(included: Sequence[Attempt]) -> AlphaOutcome:
    if len(included) < 2:
        return AlphaOutcome(None, TOO_FEW_ATTEMPTS, None)
    item_sets = [frozenset(a.results) for a in included]
    if any(items != item_sets[0] for items in item_sets):
        return AlphaOutcome(None, RANDOM_DRAWS, _common_items_alpha(included, item_sets))
    if len(item_sets[0]) < 2:
        return AlphaOutcome(None, TOO_FEW_QUESTIONS, None)
    value = alpha_over(included, sorted(item_sets[0]))
    return AlphaOutcome(value, None if value is not None else ZERO_VARIANCE, None)


def _common_items_alpha(included: Sequence[Attempt],
                        item_sets: list[frozenset[str]]) -> AlphaEstimate | None:
    common = sorted(frozenset.intersection(*item_sets))
    if len(common) < MIN_COMMON_ITEMS:
        return None
    value = alpha_over(included, common)
    return None if value is None else AlphaEstimate(value, len(common), len(included))


def alpha_over(included: Sequence[Attempt], question_ids: Sequence[str]) -> float | None:
    """Alpha in percent over these questions, the total being their sum; None when that total
    does not vary."""
    marks = [[a.results[q].points or 0.0 for q in question_ids] for a in included]
    totals = [sum(row) for row in marks]
    if not d.varies(totals):
        return None
    columns = list(zip(*marks, strict=True))
    item_variance = sum(d.variance(column) or 0.0 for column in columns)
    total_variance = d.variance(totals)
    assert total_variance is not None
    count = len(question_ids)
    return 100.0 * count / (count - 1) * (1 - item_variance / total_variance)
