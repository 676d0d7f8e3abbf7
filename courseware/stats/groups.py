"""Upper and lower groups (Kelley's 27 %): which options the strongest and the weakest
trainees chose, and which option(s) the results show to be the key.

A distractor that the upper group chooses more often than the key is the classic sign of a
wrong key or an ambiguous question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from courseware.engine.attempt import Attempt

GROUP_SHARE = 0.27


@dataclass(frozen=True)
class GroupChoices:
    size: int  # trainees in each group
    upper: dict[str, int]  # option id → times chosen in the upper group
    lower: dict[str, int]
    key_options: tuple[str, ...]  # chosen in fully correct answers (empty: nobody was right)


def group_size(count: int) -> int:
    return max(1, round(GROUP_SHARE * count)) if count >= 2 else 0


def group_choices(question_id: str, holding: Sequence[Attempt], totals: Sequence[float],
                  picked: dict[str, list[str]]) -> GroupChoices:
    """``picked``: attempt id → options it chose for this question."""
    ranked = sorted(zip(totals, holding, strict=True),
                    key=lambda pair: (-pair[0], pair[1].trainee_id, pair[1].attempt_number))
    size = group_size(len(ranked))
    upper = _count([a for _, a in ranked[:size]], picked)
    lower = _count([a for _, a in ranked[len(ranked) - size:]] if size else [], picked)
    keys: dict[str, None] = {}
    for attempt in holding:
        result = attempt.results.get(question_id)
        if result is not None and result.fraction is not None and result.fraction >= 1.0:
            keys.update(dict.fromkeys(picked.get(attempt.id, [])))
    return GroupChoices(size, upper, lower, tuple(sorted(keys)))


def _count(attempts: Sequence[Attempt], picked: dict[str, list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for attempt in attempts:
        for option in picked.get(attempt.id, []):
            counts[option] = counts.get(option, 0) + 1
    return counts
