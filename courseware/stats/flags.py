"""What a trainer should do about a question after class: flags that point at the right thing.

- **possible wrong key** (act first): few got it right *and* the stronger trainees did worse on
  it than the weaker (negative discrimination), or the upper group chose one distractor more
  often than the key (also at 0 %, where no discrimination can be computed). Check the key
  before anything else.
- **too hard** / **too easy** / **weak discrimination**: only with enough attempts
  (``min_attempts``); with fewer the figures swing with one or two trainees, so the row carries a
  small-sample caution instead of a verdict.
- **distractors nobody chose**: they do no work; replace them with plausible mistakes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from courseware.stats.report import QuestionStatistics


class ItemFlag(StrEnum):
    POSSIBLE_WRONG_KEY = "possible_wrong_key"
    TOO_HARD = "too_hard"
    WEAK_DISCRIMINATION = "weak_discrimination"
    TOO_EASY = "too_easy"
    UNUSED_DISTRACTORS = "unused_distractors"


# how loudly each flag speaks: 3 act now, 2 review the question, 1 worth knowing
FLAG_LEVEL = {ItemFlag.POSSIBLE_WRONG_KEY: 3, ItemFlag.TOO_HARD: 2,
              ItemFlag.WEAK_DISCRIMINATION: 2, ItemFlag.TOO_EASY: 1,
              ItemFlag.UNUSED_DISTRACTORS: 1}


@dataclass(frozen=True)
class FlagRules:
    min_attempts: int = 15  # below: a small-sample caution, no easy/hard/weak verdicts
    wrong_key_min_attempts: int = 5
    wrong_key_facility: float = 30.0  # percent; at or below, with negative discrimination
    too_hard_below: float = 30.0
    too_easy_above: float = 95.0
    weak_discrimination_below: float = 20.0
    unused_min_attempts: int = 10
    upper_group_min_picks: int = 2  # a distractor must be chosen this often in the upper group


RULES = FlagRules()


@dataclass(frozen=True)
class ItemVerdict:
    flags: tuple[ItemFlag, ...] = ()
    small_sample: bool = False
    suspect_option: str | None = None  # the distractor the upper group preferred to the key
    unused_options: tuple[str, ...] = ()  # distractors nobody chose

    @property
    def level(self) -> int:
        return max((FLAG_LEVEL[f] for f in self.flags), default=0)


def item_verdict(stats: QuestionStatistics, key: Collection[str] | None = None,
                 rules: FlagRules = RULES) -> ItemVerdict:
    """The flags of one question; ``key`` (option ids, or "true"/"false") comes from the
    course when known, else from the results (options of fully correct answers)."""
    groups = stats.groups
    if key is None and groups is not None and groups.key_options:
        key = groups.key_options
    suspect = _suspect_option(stats, key, rules)
    flags: list[ItemFlag] = []
    if _wrong_key(stats, rules) or suspect is not None:
        flags.append(ItemFlag.POSSIBLE_WRONG_KEY)
    enough = stats.attempt_count >= rules.min_attempts
    facility, discrimination = stats.facility_index, stats.discrimination_index
    if enough and not flags:
        if facility is not None and facility < rules.too_hard_below:
            flags.append(ItemFlag.TOO_HARD)
        if discrimination is not None and discrimination < rules.weak_discrimination_below:
            flags.append(ItemFlag.WEAK_DISCRIMINATION)
        if facility is not None and facility > rules.too_easy_above:
            flags.append(ItemFlag.TOO_EASY)
    unused = _unused(stats, key, rules)
    if unused:
        flags.append(ItemFlag.UNUSED_DISTRACTORS)
    return ItemVerdict(tuple(flags), not enough, suspect, unused)


def _wrong_key(stats: QuestionStatistics, rules: FlagRules) -> bool:
    facility, discrimination = stats.facility_index, stats.discrimination_index
    return (stats.attempt_count >= rules.wrong_key_min_attempts and facility is not None
            and facility <= rules.wrong_key_facility and discrimination is not None
            and discrimination < 0)


def _suspect_option(stats: QuestionStatistics, key: Collection[str] | None,
                    rules: FlagRules) -> str | None:
    groups = stats.groups
    if (groups is None or stats.question_type == "multiple_choice"
            or stats.attempt_count < rules.wrong_key_min_attempts):
        return None
    if not key:
        if stats.facility_index != 0:
            return None
        key = ()  # nobody was right and the key is unknown: every option chosen is wrong
    on_key = sum(groups.upper.get(k, 0) for k in key)
    distractors = [(count, option) for option, count in groups.upper.items()
                   if option not in key and count >= rules.upper_group_min_picks]
    if not distractors:
        return None
    count, option = max(distractors, key=lambda pair: (pair[0], pair[1]))
    return option if count > on_key else None


def _unused(stats: QuestionStatistics, key: Collection[str] | None,
            rules: FlagRules) -> tuple[str, ...]:
    frequencies = stats.option_frequencies
    if (not frequencies or not key or stats.question_type == "true_false"
            or stats.attempt_count < rules.unused_min_attempts):
        return ()
    return tuple(o for o, n in frequencies.items() if n == 0 and o not in key)
