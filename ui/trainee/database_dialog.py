"""Trainer menu → Results database: see which database this PC uses, test another one and
switch to it. Connecting runs in the background, so an unreachable server never freezes
the kiosk; a failed switch changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from courseware.results import ResultsStore
from courseware.results.database import default_store_url
from courseware.results.probe import check_connection, hidden_password
from ui.app_settings import AppSettings
from ui.tasks import Operation, run_in_background
from ui.theme import themed
from ui.trainee.strings import tr

SETTING = "results_db_url"  # the key the app's settings dialog uses too
URL_PREFIX = "postgresql+psycopg://"
OpenStore = Callable[["str | None"], ResultsStore]  # None: this PC's own store


def shown_url(url: str) -> str:
    """A URL for people: password hidden, '' named as this PC's own store."""
    return hidden_password(url) if url else tr("trainee.menu.local_store")


class DatabaseDialog(QDialog):
    switched = Signal(object)  # the newly opened ResultsStore

    def __init__(self, parent: QWidget | None, current: str, open_store: OpenStore,
                 settings: AppSettings, blocked_by: str | None = None,
                 signs_out: str | None = None) -> None:
        """``current``: the URL in use; ``blocked_by``: a trainee mid-quiz (no switching);
        ``signs_out``: a signed-in trainee whom switching signs out."""
        super().__init__(parent)
        self.setObjectName("database-dialog")
        self.setWindowTitle(tr("trainee.db.title"))
        self.open_store = open_store
        self.settings = settings
        self.operation: Operation | None = None
        self.current = current
        self.blocked = blocked_by is not None
        self._build(blocked_by, signs_out)
        self.switch_button.setEnabled(not self.blocked)

    def _build(self, blocked_by: str | None, signs_out: str | None) -> None:
        self.url = QLineEdit()  # empty: the saved URL may hold a password
        self.url.setObjectName("database-url")
        self.url.setPlaceholderText(URL_PREFIX + tr("trainee.db.example"))
        self.url.setAccessibleName(tr("trainee.db.new"))
        self.status = QLabel()
        self.status.setObjectName("database-status")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(tr("trainee.db.test"))
        self.test_button.clicked.connect(self.test_connection)
        self.switch_button = QPushButton(tr("trainee.db.switch"))
        self.switch_button.clicked.connect(self.switch)
        close = QPushButton(tr("trainee.db.close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label(f"<h2>{escape(tr('trainee.db.title'))}</h2>"
                                     f"{escape(tr('trainee.db.current', url=self.current))}"))
        layout.addWidget(QLabel(tr("trainee.db.new")))
        layout.addWidget(self.url)
        layout.addWidget(self._label(tr("trainee.db.hint"), themed("color:#5a6270;")))
        if blocked_by or signs_out:
            key = "trainee.db.busy" if blocked_by else "trainee.db.signs_out"
            layout.addWidget(self._label(tr(key, name=blocked_by or signs_out),
                                         themed("color:#8a5300;")))
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)

    @staticmethod
    def _label(text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        return label

    # -- acting

    def entered_url(self) -> str:
        return self.url.text().strip()

    def test_connection(self) -> Operation:
        url = self.entered_url()
        return self._run(lambda _p: check_connection(url or default_store_url()),
                         lambda _none: self._say(tr("trainee.db.reachable",
                                                    url=shown_url(url)), ok=True))

    def switch(self) -> Operation:
        url = self.entered_url()

        opened: list[ResultsStore] = []

        def work(_progress: object) -> ResultsStore:
            check_connection(url or default_store_url())  # fails fast on a dead server
            opened.append(self.open_store(url or None))
            return opened[0]

        def cancelled() -> None:  # the trainer gave up waiting: let go of what was opened
            for store in opened:
                store.close()

        return self._run(work, lambda store: self._switched(store, url), cancelled)

    def _run(self, work: Callable[[object], object], done: Callable[[Any], None],
             cancelled: Callable[[], None] | None = None) -> Operation:
        self._busy(True)
        self.status.clear()
        self.operation = run_in_background(self, work, label=tr("trainee.db.testing"),
                                           on_success=done, on_failure=self._failed,
                                           on_cancel=cancelled)
        self.operation.finished.connect(lambda: self._busy(False))
        return self.operation

    def _switched(self, store: ResultsStore, url: str) -> None:
        self.settings.set(SETTING, url)
        self.settings.sync()
        self._say(tr("trainee.db.switched", url=shown_url(url)), ok=True)
        self.switched.emit(store)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._say(tr("trainee.db.unchanged", error=error, url=self.current), ok=False)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy and not self.blocked)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(themed("color:#1b5e20;" if ok else "color:#c62828;"))


def saved_store_url(settings: AppSettings | None = None) -> str | None:
    """The results database saved in settings (by this dialog or the app's), None if none."""
    return (settings or AppSettings()).get(SETTING).strip() or None
