"""The trainer console's item statistics: figures per question and which need attention.

Statistics are in percent (see :mod:`courseware.stats`): a question needs attention when its
facility index is above 90 % (too easy) or its discrimination index is below 20 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from courseware import model as m
from courseware.stats import QuestionStatistics, QuizStatistics
from courseware.stats.alpha_note import alpha_note

FACILITY_LIMIT = 90.0  # percent; above: too easy
DISCRIMINATION_LIMIT = 20.0  # percent; below: does not tell strong from weak trainees


class Concern(StrEnum):
    TOO_EASY = "too_easy"
    LOW_DISCRIMINATION = "low_discrimination"


def concerns(facility: float | None, discrimination: float | None) -> tuple[Concern, ...]:
    """Why a question needs attention (empty when it does not, or figures are unknown)."""
    found = []
    if facility is not None and facility > FACILITY_LIMIT:
        found.append(Concern.TOO_EASY)
    if discrimination is not None and discrimination < DISCRIMINATION_LIMIT:
        found.append(Concern.LOW_DISCRIMINATION)
    return tuple(found)


def needs_attention(facility: float | None, discrimination: float | None) -> bool:
    return bool(concerns(facility, discrimination))


@dataclass(frozen=True)
class OptionCount:
    label: str
    count: int
    correct: bool


@dataclass(frozen=True)
class ItemRow:
    question_id: str
    prompt: str
    question_type: str
    attempts: int
    facility: float | None
    discrimination: float | None
    concerns: tuple[Concern, ...]
    options: tuple[OptionCount, ...]  # empty for questions other than choice ones

    @property
    def flagged(self) -> bool:
        return bool(self.concerns)


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
                   figures.discrimination_index,
                   concerns(figures.facility_index, figures.discrimination_index),
                   option_counts(figures.option_frequencies or {}, question))


def option_counts(frequencies: Mapping[str, int],
                  question: m.Question | None) -> tuple[OptionCount, ...]:
    if isinstance(question, m.TrueFalseQuestion):
        return tuple(OptionCount(key, frequencies.get(key, 0), (key == "true") == question.answer)
                     for key in ("true", "false"))
    options = getattr(question, "options", None) or []
    known = {o.id: o for o in options}
    ordered = [o.id for o in options] + [k for k in frequencies if k not in known]
    return tuple(OptionCount(known[k].text if k in known else k, frequencies.get(k, 0),
                             bool(k in known and known[k].correct)) for k in ordered
                 if k in frequencies or k in known)
