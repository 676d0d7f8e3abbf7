"""The live class view: who is signed in, where each trainee is, scores as they arrive.

Each row also says what the trainee did last ("now": the lesson or case study they opened or
the quiz page they are on) and how much of the course they have read. The count line says how
many have not submitted yet; a check box shows only them, and every column sorts (status: not
signed in, studying, working, submitted; now: in course order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from courseware.classroom.console_status import TraineeStatus, summary_counts
from ui.console.failure import failure_text
from ui.console.poller import Poller
from ui.console.status_model import NOW_COLUMN, ClassStatusModel
from ui.console.unfinished_filter import UnfinishedFilter
from ui.i18n import tr

DEFAULT_INTERVAL_S = 3.0


class ClassView(QWidget):
    """Refreshes on its own every ``interval_s`` seconds; the query runs in the background."""

    def __init__(self, query: Callable[[], Sequence[TraineeStatus]],
                 interval_s: float = DEFAULT_INTERVAL_S, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClassStatusModel()
        self.proxy = UnfinishedFilter(self.model)
        self.poller = Poller(lambda: list(query()), self)
        self.poller.result.connect(self.show_rows)
        self.poller.failed.connect(self._show_error)
        self.table = self._table()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.only_unfinished = QCheckBox(tr("console.only_unfinished"))
        self.only_unfinished.toggled.connect(self.proxy.show_only_unfinished)
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.refresh)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # roster order until a click
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setStyleSheet("QTableView::item { padding: 2px 10px; }")
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOW_COLUMN, QHeaderView.ResizeMode.Stretch)  # long titles
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_unfinished)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        self.poller.request()

    def show_rows(self, rows: Sequence[TraineeStatus]) -> None:
        self.model.set_rows(rows)
        signed_in, finished, total = summary_counts(rows)
        self.summary.setText(tr("console.summary", signed_in=signed_in, total=total,
                                finished=finished, waiting=total - finished) + "   "
                             + tr("console.updated", time=datetime.now().strftime("%H:%M:%S")))

    def _show_error(self, error: object) -> None:
        self.summary.setText(tr("console.refresh_failed", error=failure_text(error)))
