"""Run one small query at a time on the thread pool; the result comes back as a signal.

Used by the console's panes so a slow database never blocks the window. A request made while
a query is running waits and runs once that one ends; only the newest waiting request is kept
(no pile-up). ``request(*args)`` calls ``query(*args)``; a result or failure for arguments
other than the newest request's is stale and dropped (e.g. the quiz changed meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object, object)  # (args, value)
    failed = Signal(object, object)  # (args, error)


class _Job(QRunnable):
    def __init__(self, query: Callable[..., Any], args: tuple[Any, ...],
                 signals: _Signals) -> None:
        super().__init__()
        self.query, self.args, self.signals = query, args, signals

    def run(self) -> None:
        try:
            result = self.query(*self.args)
        except Exception as error:  # reported on the GUI thread; the next request tries again
            self.signals.failed.emit(self.args, error)
        else:
            self.signals.done.emit(self.args, result)


class Poller(QObject):
    """``request(*args)`` runs ``query(*args)`` in the background; ``result`` / ``failed``
    report the newest request's outcome on the GUI thread."""

    result = Signal(object)
    failed = Signal(object)

    def __init__(self, query: Callable[..., Any], parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.query = query
        self.pool = pool or QThreadPool.globalInstance()
        self.running = self.again = False
        self.latest: tuple[Any, ...] = ()
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def request(self, *args: Any) -> None:
        self.latest = args
        if self.running:
            self.again = True
            return
        self._start()

    def _start(self) -> None:
        self.running, self.again = True, False
        self.pool.start(_Job(self.query, self.latest, self._signals))

    def _finish(self) -> None:
        self.running = False
        if self.again:
            self._start()

    def _done(self, args: tuple[Any, ...], value: object) -> None:
        if args == self.latest:
            self.result.emit(value)
        self._finish()

    def _failed(self, args: tuple[Any, ...], error: object) -> None:
        if args == self.latest:
            self.failed.emit(error)
        self._finish()
