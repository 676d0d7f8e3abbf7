"""The trainer console's item statistics: figures per question and what to do about them.

Statistics are in percent (see :mod:`courseware.stats`); the flags are
:func:`courseware.stats.item_verdict`'s: a possible wrong key first, then too hard / weak
discrimination / too easy only with enough attempts (a small-sample caution otherwise), and
distractors nobody chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from courseware import model as m
from courseware.stats import ItemFlag, ItemVerdict, QuestionStatistics, QuizStatistics, item_verdict
from courseware.stats.alpha_note import alpha_note
from courseware.stats.flags import RULES

FACILITY_LIMIT = RULES.too_easy_above  # percent; above (with enough attempts): too easy
HARD_LIMIT = RULES.too_hard_below  # percent; below: too hard
DISCRIMINATION_LIMIT = RULES.weak_discrimination_below  # percent; below: weak
MIN_ATTEMPTS = RULES.min_attempts

__all__ = ["DISCRIMINATION_LIMIT", "FACILITY_LIMIT", "HARD_LIMIT", "MIN_ATTEMPTS", "ItemFlag",
           "ItemRow", "OptionCount", "QuizFigures", "item_row", "quiz_figures"]


def key_of(question: m.Question | None) -> set[str] | None:
    """The option ids (or "true"/"false") the course marks right; None when not a choice."""
    if isinstance(question, m.TrueFalseQuestion):
        return {"true" if question.answer else "false"}
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return {o.id for o in question.options if o.correct}
    return None


@dataclass(frozen=True)
class OptionCount:
    label: str
    count: int
    correct: bool
    upper: int = 0  # chosen by the upper group (the strongest 27 %)
    option_id: str = ""


@dataclass(frozen=True)
class ItemRow:
    question_id: str
    prompt: str
    question_type: str
    attempts: int
    facility: float | None
    discrimination: float | None
    verdict: ItemVerdict
    options: tuple[OptionCount, ...]  # empty for questions other than choice ones

    @property
    def flags(self) -> tuple[ItemFlag, ...]:
        return self.verdict.flags

    @property
    def flagged(self) -> bool:
        """Needs the trainer's attention (a wrong key, or too hard / weak with enough data)."""
        return self.verdict.level >= 2


@dataclass(frozen=True)
class QuizFigures:
    """What the statistics tab shows for one quiz: the rows, and the whole test's figures."""

    rows: list[ItemRow]
    mean: float | None = None  # percent
    alpha: float | None = None  # Cronbach's alpha, percent
    alpha_note: str | None = None  # why alpha is missing, in the user's language

    @property
    def attempts(self) -> int:
        return max((r.attempts for r in self.rows), default=0)

    @property
    def flagged(self) -> int:
        return sum(r.flagged for r in self.rows)


def quiz_figures(statistics: QuizStatistics, questions: Mapping[str, m.Question]) -> QuizFigures:
    return QuizFigures(item_rows(statistics, questions), statistics.mean,
                       statistics.cronbach_alpha, alpha_note(statistics))


def item_rows(statistics: QuizStatistics,
              questions: Mapping[str, m.Question]) -> list[ItemRow]:
    return [item_row(s, questions.get(s.question_id)) for s in statistics.questions]


def item_row(figures: QuestionStatistics, question: m.Question | None) -> ItemRow:
    return ItemRow(figures.question_id, question.prompt if question else figures.question_id,
                   figures.question_type, figures.attempt_count, figures.facility_index,
                   figures.discrimination_index, item_verdict(figures, key_of(question)),
                   option_counts(figures, question))


def option_counts(figures: QuestionStatistics,
                  question: m.Question | None) -> tuple[OptionCount, ...]:
    frequencies: Mapping[str, int] = figures.option_frequencies or {}
    upper: Mapping[str, int] = figures.groups.upper if figures.groups else {}
    if isinstance(question, m.TrueFalseQuestion):
        return tuple(OptionCount(key, frequencies.get(key, 0), (key == "true") == question.answer,
                                 upper.get(key, 0), key) for key in ("true", "false"))
    options = getattr(question, "options", None) or []
    known = {o.id: o for o in options}
    ordered = [o.id for o in options] + [k for k in frequencies if k not in known]
    return tuple(OptionCount(known[k].text if k in known else k, frequencies.get(k, 0),
                             bool(k in known and known[k].correct), upper.get(k, 0), k)
                 for k in ordered if k in frequencies or k in known)
