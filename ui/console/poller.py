"""Run one small query at a time on the thread pool; the result comes back as a signal.

Used by the console's refresh timer so a slow database never blocks the window. A request
made while a query is running is remembered and run once that one ends (no pile-up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, query: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.query, self.signals = query, signals

    def run(self) -> None:
        try:
            result = self.query()
        except Exception as error:  # shown in the status line; the next tick tries again
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Poller(QObject):
    """``request()`` runs ``query`` in the background; ``result`` / ``failed`` report it."""

    result = Signal(object)
    failed = Signal(object)

    def __init__(self, query: Callable[[], Any], parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.query = query
        self.pool = pool or QThreadPool.globalInstance()
        self.running = self.again = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def request(self) -> None:
        if self.running:
            self.again = True
            return
        self.running, self.again = True, False
        self.pool.start(_Job(self.query, self._signals))

    def _finish(self) -> None:
        self.running = False
        if self.again:
            self.request()

    def _done(self, value: object) -> None:
        self.result.emit(value)
        self._finish()

    def _failed(self, error: object) -> None:
        self.failed.emit(error)
        self._finish()
