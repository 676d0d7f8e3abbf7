"""A Qt table model over the class view's rows (:class:`TraineeStatus`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from courseware.classroom.console_status import TraineeStatus
from ui.console.where_text import now_rank, now_text, reading_text, reading_tooltip
from ui.i18n import tr
from ui.theme import themed_color

Index = QModelIndex | QPersistentModelIndex
GREY, GREEN, RED, AMBER = (QColor("#8a8a8a"), QColor("#1b7a36"), QColor("#b3261e"),
                           QColor("#9a6200"))


def status_text(row: TraineeStatus) -> str:
    if not row.signed_in:
        return tr("console.status.not_signed_in")
    if not row.in_quiz:
        return tr("console.status.reading")
    return tr("console.status.finished" if row.finished else "console.status.working")


def progress_text(row: TraineeStatus) -> str:
    if not row.in_quiz:
        return ""
    if row.finished:
        return tr("console.progress.finished", answered=row.answered, total=row.question_count)
    return tr("console.progress", page=row.page, answered=row.answered,
              total=row.question_count)


def score_text(row: TraineeStatus) -> str:
    if row.awaiting_grading:
        return tr("console.score.pending")
    if row.percent is None:
        return ""
    keys = {True: "console.score.passed", False: "console.score.failed"}
    key = keys[row.passed] if row.passed is not None else "console.score.plain"
    return tr(key, percent=row.percent)


def score_colour(row: TraineeStatus) -> QColor | None:
    if row.awaiting_grading:
        return themed_color(AMBER)
    return themed_color(GREEN if row.passed else RED) if row.passed is not None else None


def status_rank(row: TraineeStatus) -> int:
    """Not signed in, reading (no quiz yet), working, submitted: the order a trainer checks
    them in."""
    if not row.signed_in:
        return 0
    return 3 if row.finished else 2 if row.in_quiz else 1


def progress_share(row: TraineeStatus) -> float:
    return 1.0 if row.finished else row.answered / max(row.question_count, 1)


COLUMNS: list[tuple[str, Callable[[TraineeStatus], str]]] = [
    ("console.col.name", lambda r: r.name),
    ("console.col.employee_id", lambda r: r.employee_id),
    ("console.col.department", lambda r: r.department),
    ("console.col.status", status_text),
    ("console.col.now", now_text),
    ("console.col.reading", reading_text),
    ("console.col.quiz", lambda r: r.quiz_title),
    ("console.col.progress", progress_text),
    ("console.col.score", score_text),
]
KEYS = [key for key, _ in COLUMNS]
SCORE_COLUMN = KEYS.index("console.col.score")
NOW_COLUMN = KEYS.index("console.col.now")
SORT_ROLE = Qt.ItemDataRole.UserRole
# What a column sorts by where its text would sort wrongly (status, now, reading, progress,
# score).
SORT_KEYS: dict[str, Callable[[TraineeStatus], object]] = {
    "console.col.status": status_rank,
    "console.col.now": now_rank,
    "console.col.reading": lambda r: r.reading.read,
    "console.col.progress": progress_share,
    "console.col.score": lambda r: -1.0 if r.percent is None else r.percent,
}
TOOLTIPS: dict[str, Callable[[TraineeStatus], str]] = {
    "console.col.now": now_text,  # the whole text where the column is too narrow
    "console.col.reading": reading_tooltip,
}


class ClassStatusModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TraineeStatus] = []

    def set_rows(self, rows: Sequence[TraineeStatus]) -> None:
        """Replace the rows; a row whose content is unchanged is not reset (keeps selection)."""
        rows = list(rows)
        if [r.trainee_id for r in rows] != [r.trainee_id for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True))
                   if old != new]
        self.rows = rows
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, index.column())
        key, text = COLUMNS[index.column()]
        if role == SORT_ROLE:
            return SORT_KEYS[key](row) if key in SORT_KEYS else text(row)
        if role == Qt.ItemDataRole.ToolTipRole and key in TOOLTIPS:
            return TOOLTIPS[key](row) or None
        return None

    @staticmethod
    def _colour(row: TraineeStatus, column: int) -> QBrush | None:
        colour = score_colour(row) if column == SCORE_COLUMN else (
            themed_color(GREY) if not row.signed_in else None)
        return QBrush(colour) if colour is not None else None
