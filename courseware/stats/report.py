"""Quiz and item statistics as Moodle's quiz statistics report defines them
(https://docs.moodle.org/dev/Quiz_statistics_calculations).

Input is plain data: attempts with their results (what the results store loads). Only finished,
fully graded attempts count; by default only each trainee's first attempt.

Notation: S attempts; x_i(s) the points attempt s got on question i; T(s) = Σ_i x_i(s) the
attempt's total; X_i(s) = T(s) − x_i(s) the rest of the test. Quiz-level mean, median, standard
deviation and standard error are given in percent of the attempt's maximum score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from courseware.engine.attempt import Attempt
from courseware.stats import descriptive as d
from courseware.stats.alpha import AlphaEstimate, cronbach_alpha
from courseware.stats.groups import GroupChoices, group_choices
from courseware.tasks import ProgressCallback, report

CHOICE_TYPES = ("single_choice", "multiple_choice", "true_false")


@dataclass(frozen=True)
class QuestionStatistics:
    question_id: str
    question_type: str
    attempt_count: int  # attempts (of those included) that held this question
    max_points: float
    facility_index: float | None  # 100 · x̄_i / x_i(max)
    standard_deviation: float | None  # 100 · SD(x_i) / x_i(max)
    discrimination_index: float | None  # 100 · r(x_i, X_i)
    discriminative_efficiency: float | None  # 100 · C(x_i, X_i) / C_max(x_i, X_i)
    option_frequencies: dict[str, int] | None  # choice questions: option id → times picked
    no_answer: int = 0  # attempts that left the question unanswered
    # choice questions: what the upper and lower 27 % chose, and the key the results show
    groups: GroupChoices | None = None


@dataclass(frozen=True)
class QuizStatistics:
    attempt_count: int
    mean: float | None  # percent
    median: float | None
    standard_deviation: float | None
    skewness: float | None
    kurtosis: float | None  # excess kurtosis (0 for a normal distribution)
    cronbach_alpha: float | None  # coefficient of internal consistency, percent (whole test)
    error_ratio: float | None  # percent
    standard_error: float | None  # percent
    questions: list[QuestionStatistics]
    # why cronbach_alpha is None: a courseware.stats.alpha reason code (catalogue key
    # "stats.alpha_unavailable.<code>"); None when it was computed
    alpha_unavailable: str | None = None
    # random draws: alpha over the questions every attempt held (≥ 3), a short test of its own;
    # error_ratio and standard_error stay None (they describe the whole test)
    common_items_alpha: AlphaEstimate | None = None


def select_attempts(attempts: Iterable[Attempt], first_only: bool = True) -> list[Attempt]:
    """Finished, fully graded attempts; with ``first_only`` each trainee's first finished
    attempt (left out while it still waits for essay grading)."""
    finished = sorted((a for a in attempts if a.state.finished),
                      key=lambda a: (a.trainee_id, a.attempt_number))
    if first_only:
        firsts: dict[str, Attempt] = {}
        for attempt in finished:
            firsts.setdefault(attempt.trainee_id, attempt)
        finished = list(firsts.values())
    return [a for a in finished if a.graded]


def quiz_statistics(attempts: Iterable[Attempt], first_only: bool = True,
                    progress: ProgressCallback | None = None) -> QuizStatistics:
    included = select_attempts(attempts, first_only)
    totals = [sum(r.points or 0.0 for r in a.results.values()) for a in included]
    percents = [100.0 * t / a.max_score if a.max_score else 0.0
                for t, a in zip(totals, included, strict=True)]
    questions = _question_statistics(included, totals, progress)
    outcome = cronbach_alpha(included)
    alpha = outcome.whole_test
    error_ratio = None if alpha is None else 100.0 * math.sqrt(max(0.0, 1 - alpha / 100.0))
    sd = d.standard_deviation(percents)
    return QuizStatistics(
        attempt_count=len(included),
        mean=d.mean(percents),
        median=d.median(percents),
        standard_deviation=sd,
        skewness=d.skewness(percents),
        kurtosis=d.kurtosis(percents),
        cronbach_alpha=alpha,
        error_ratio=error_ratio,
        standard_error=None if error_ratio is None or sd is None else error_ratio / 100.0 * sd,
        questions=questions,
        alpha_unavailable=outcome.unavailable,
        common_items_alpha=outcome.common_items,
    )


def _question_statistics(included: Sequence[Attempt], totals: Sequence[float],
                         progress: ProgressCallback | None) -> list[QuestionStatistics]:
    marks: dict[str, tuple[list[float], list[float], list[Attempt]]] = {}  # x_i, X_i, holders
    for attempt, total in zip(included, totals, strict=True):
        for qid, result in attempt.results.items():
            points = result.points or 0.0
            scores, rests, holding = marks.setdefault(qid, ([], [], []))
            scores.append(points)
            rests.append(total - points)
            holding.append(attempt)
    found = []
    for done, (qid, (scores, rests, holding)) in enumerate(marks.items()):
        report(progress, done, len(marks))
        found.append(_one_question(qid, scores, rests, holding))
    return found


def _one_question(question_id: str, scores: list[float], rests: list[float],
                  holding: Sequence[Attempt]) -> QuestionStatistics:
    first = holding[0].results[question_id]
    discrimination, efficiency = _discrimination(scores, rests)
    frequencies, no_answer = _option_frequencies(question_id, first.question_type, holding)
    groups = None
    if frequencies is not None:
        picked = {a.id: _picked(a.answer_value(question_id), first.question_type)
                  for a in holding}
        totals = [s + r for s, r in zip(scores, rests, strict=True)]
        groups = group_choices(question_id, holding, totals, picked)
    return QuestionStatistics(
        question_id=question_id,
        question_type=first.question_type,
        attempt_count=len(scores),
        max_points=first.max_points,
        facility_index=_percent_of(d.mean(scores), first.max_points),
        standard_deviation=_percent_of(d.standard_deviation(scores), first.max_points),
        discrimination_index=discrimination,
        discriminative_efficiency=efficiency,
        option_frequencies=frequencies,
        no_answer=no_answer,
        groups=groups,
    )


def _discrimination(scores: list[float], rests: list[float]) -> tuple[float | None, float | None]:
    """Discrimination index 100 · r(x, X) and discriminative efficiency 100 · C(x, X) / C_max,
    where C_max pairs the sorted x with the sorted X (the largest covariance any arrangement of
    these same scores could have). None when x or X does not vary."""
    if not d.varies(scores) or not d.varies(rests):
        return None, None
    cov = d.covariance(scores, rests)
    var_x, var_rest = d.variance(scores), d.variance(rests)
    best = d.covariance(sorted(scores), sorted(rests))
    assert cov is not None and var_x is not None and var_rest is not None and best is not None
    efficiency = 100.0 * cov / best if best > 0 else None
    return 100.0 * cov / math.sqrt(var_x * var_rest), efficiency


def _option_frequencies(question_id: str, question_type: str,
                        holding: Sequence[Attempt]) -> tuple[dict[str, int] | None, int]:
    is_choice = question_type in CHOICE_TYPES
    counts: dict[str, int] = {"true": 0, "false": 0} if question_type == "true_false" else {}
    no_answer = 0
    if is_choice:  # every option shown counts, even if nobody picked it
        orders = dict.fromkeys(tuple(a.option_orders.get(question_id, ())) for a in holding)
        for order in orders:
            for option in order:
                counts.setdefault(option, 0)
    for attempt in holding:
        record = attempt.answers.get(question_id)
        if record is None or not record.answered:
            no_answer += 1
        elif is_choice:
            for option in _picked(record.value, question_type):
                counts[option] = counts.get(option, 0) + 1
    return (counts if is_choice else None), no_answer


def _picked(value: object, question_type: str) -> list[str]:
    if question_type == "true_false":
        return [str(value).lower()] if isinstance(value, bool) else []
    if question_type == "single_choice":
        return [value] if isinstance(value, str) and value else []
    if isinstance(value, list):
        return list(dict.fromkeys(v for v in value if isinstance(v, str)))
    return []


def _percent_of(value: float | None, maximum: float) -> float | None:
    return None if value is None or maximum <= 0 else 100.0 * value / maximum
