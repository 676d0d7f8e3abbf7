"""The review's thresholds: documented defaults, overridable per course (``review:`` in
course.yaml). Each name is a key of that mapping; docs/item-review.md explains every one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class ReviewSettings:
    # the key is "clearly longer" when it is this many times the longest distractor
    key_longer_ratio: float = 1.3
    # a quiz is flagged when the key is the longest option in more than this share of its
    # (at least ``min_questions``) choice questions
    key_longest_share: float = 0.5
    # key position: one position holds more than this share of the keys (shuffling off)
    key_position_share: float = 0.5
    # true/false: one answer holds more than this share of the keys
    true_false_share: float = 0.7
    # questions needed before a share across a quiz is judged
    min_questions: int = 4
    # near-duplicates: Jaccard similarity of character trigrams at or above this
    duplicate_similarity: float = 0.8
    # a stem word is "distinctive" when it occurs in at most this share of the course's stems
    distinctive_word_share: float = 0.1
    # matching: fewer pairs than this and no distractor is flagged
    min_matching_pairs: int = 3

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def is_integer(cls, name: str) -> bool:
        return name in ("min_questions", "min_matching_pairs")

    def with_overrides(self, overrides: Mapping[str, float]) -> ReviewSettings:
        """These settings with the course's values; unknown names are left out (validation
        reports them)."""
        known = {k: (int(v) if self.is_integer(k) else float(v))
                 for k, v in overrides.items() if k in self.names()}
        return replace(self, **known)  # type: ignore[arg-type]


DEFAULTS = ReviewSettings()
