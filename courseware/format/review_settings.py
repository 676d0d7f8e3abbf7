"""The ``review:`` mapping of course.yaml: item-review thresholds by name (known names only,
numbers in range); see docs/item-review.md."""

from __future__ import annotations

from typing import Any

from courseware.format.fields import Fields, FileContext
from courseware.i18n import tr
from courseware.review.settings import ReviewSettings

# shares and similarities are fractions; counts are small whole numbers; a ratio is ≥ 1
_RANGES = {"key_longer_ratio": (1.0, 10.0), "min_questions": (1, 1000),
           "min_matching_pairs": (2, 20)}


def read_review_settings(ctx: FileContext, data: Any) -> dict[str, float]:
    f = Fields(ctx, data, ("review",), ReviewSettings.names())
    found: dict[str, float] = {}
    for key in ReviewSettings.names():
        if not f.has(key):
            continue
        value = f.data[key]
        low, high = _RANGES.get(key, (0.0, 1.0))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                ReviewSettings.is_integer(key) and not isinstance(value, int)):
            ctx.problems.add(ctx.path, f.line(key), tr("review.setting.not_number", key=key))
        elif not low <= value <= high:
            ctx.problems.add(ctx.path, f.line(key),
                             tr("review.setting.out_of_range", key=key, low=low, high=high))
        else:
            found[key] = value
    return found
