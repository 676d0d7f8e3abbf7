"""The sentence a report shows beside a missing Cronbach's alpha, in the user's language."""

from __future__ import annotations

from courseware.i18n import tr
from courseware.stats.report import QuizStatistics


def alpha_note(statistics: QuizStatistics) -> str | None:
    """Why alpha is missing and, with random draws, alpha on the shared questions; None when
    the whole test's alpha was computed."""
    if statistics.alpha_unavailable is None:
        return None
    reason = tr(f"stats.alpha_unavailable.{statistics.alpha_unavailable}")
    note = tr("stats.alpha_not_computed", reason=reason)
    common = statistics.common_items_alpha
    if common is None:
        return note
    on_common = tr("stats.alpha_common_items", items=common.item_count,
                   attempts=common.attempt_count, alpha=f"{common.value:.2f}")
    return tr("stats.alpha_note_with_common", not_computed=note, common=on_common)
