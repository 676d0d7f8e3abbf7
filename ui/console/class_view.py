"""The live class view: who is signed in, where each trainee is, scores as they arrive."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from courseware.classroom.console_status import TraineeStatus, summary_counts
from ui.console.poller import Poller
from ui.console.status_model import ClassStatusModel
from ui.i18n import tr

DEFAULT_INTERVAL_S = 3.0


class ClassView(QWidget):
    """Refreshes on its own every ``interval_s`` seconds; the query runs in the background."""

    def __init__(self, query: Callable[[], Sequence[TraineeStatus]],
                 interval_s: float = DEFAULT_INTERVAL_S, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClassStatusModel()
        self.poller = Poller(lambda: list(query()), self)
        self.poller.result.connect(self.show_rows)
        self.poller.failed.connect(self._show_error)
        self.table = self._table()
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.refresh)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setStyleSheet("QTableView::item { padding: 2px 10px; }")
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

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
                                finished=finished) + "   "
                             + tr("console.updated", time=datetime.now().strftime("%H:%M:%S")))

    def _show_error(self, error: object) -> None:
        self.summary.setText(tr("console.refresh_failed", error=error))
