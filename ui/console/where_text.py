"""The class view's reading and "now" cells: their text, tooltip and sort key."""

from __future__ import annotations

from courseware.classroom.console_status import TraineeStatus
from courseware.classroom.console_where import Activity, Whereabouts
from ui.i18n import tr

SUBMITTED_PAGE = 9_999  # after every page of the same quiz
PLACE = 10_000  # one item's room in the "now" sort key


def reading_text(row: TraineeStatus) -> str:
    if not (row.signed_in and row.reading.total):
        return ""
    return tr("console.reading", read=row.reading.read, total=row.reading.total)


def reading_tooltip(row: TraineeStatus) -> str:
    return "\n".join(tr("console.reading.module", module=module.title, read=module.read,
                        total=module.total)
                     for module in row.reading.modules if module.total)


def now_text(row: TraineeStatus) -> str:
    where = row.now
    if where is None:
        return ""
    if where.activity is Activity.READING:
        return tr("console.now.reading", title=where.title)
    if where.activity is Activity.SUBMITTED:
        return tr("console.now.submitted", title=where.title)
    key = "console.now.question" if where.one_question_per_page else "console.now.page"
    return tr(key, title=where.title, page=where.page)


def now_rank(row: TraineeStatus) -> int:
    """Course order: nobody first, then by the item they are on, then by the quiz page."""
    where: Whereabouts | None = row.now
    if where is None:
        return -1
    submitted = where.activity is Activity.SUBMITTED
    page = SUBMITTED_PAGE if submitted else min(where.page, SUBMITTED_PAGE - 1)
    return where.order * PLACE + page
