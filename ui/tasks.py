"""Running long work in the background behind a progress dialog (reusable by every UI).

An :class:`Operation` wraps a function ``work(progress) -> result`` that follows the domain's
long-work contract (:mod:`courseware.tasks`): it calls ``progress(done, total)`` and stops with
:class:`~courseware.tasks.Cancelled` when that returns False. The work runs on the global
QThreadPool; progress and the outcome come back to the GUI thread through signals only, and the
success / failure callbacks run there (like Anki's ``aqt.operations``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from courseware.tasks import Cancelled, ProgressCallback
from ui.i18n import tr

Work = Callable[[ProgressCallback], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.stop = work, signals, stop

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the failure callback on the GUI thread
            self.signals.failed.emit(error)
        else:
            if self.stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class Operation(QObject):
    """One background job with a progress dialog; ``finished`` fires after any outcome."""

    finished = Signal()

    def __init__(self, parent: QWidget, work: Work, *, label: str,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[Exception], None] | None = None,
                 on_cancel: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.on_success, self.on_failure, self.on_cancel = on_success, on_failure, on_cancel
        self.stop = threading.Event()
        self.signals = _Signals(self)
        self.dialog = QProgressDialog(label, tr("button.cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.signals.progress.connect(self._progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Operation:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(
            _Runner(self.work, self.signals, self.stop))
        return self

    def cancel(self) -> None:
        self.stop.set()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.running = False
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit()
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        if self.on_success:
            self.on_success(result)

    def _failed(self, error: Exception) -> None:
        self._finish()
        if self.on_failure:
            self.on_failure(error)

    def _cancelled(self) -> None:
        self._finish()
        if self.on_cancel:
            self.on_cancel()


def run_in_background(parent: QWidget, work: Work, *, label: str,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[Exception], None] | None = None,
                      on_cancel: Callable[[], None] | None = None) -> Operation:
    return Operation(parent, work, label=label, on_success=on_success,
                     on_failure=on_failure, on_cancel=on_cancel).start()


def run_quietly(parent: QObject, work: Callable[[], Any],
                on_success: Callable[[Any], None],
                on_failure: Callable[[Exception], None] | None = None) -> None:
    """Short work on the thread pool without a progress dialog (e.g. rendering a picture);
    the callbacks run on the GUI thread. ``parent`` must outlive the work."""
    signals = _Signals(parent)

    def succeeded(result: object) -> None:
        signals.deleteLater()
        on_success(result)

    def failed(error: Exception) -> None:
        signals.deleteLater()
        if on_failure:
            on_failure(error)

    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(
        _Runner(lambda _progress: work(), signals, threading.Event()))
