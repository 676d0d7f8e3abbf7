"""Saving typed answers (essays) once typing pauses instead of on every keystroke.

``put`` keeps the latest text and restarts a short idle timer; when it fires, or when the
quiz page calls ``flush`` (page change, navigator jump, submit, nearing the deadline, sign-out,
closing), every pending answer is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from courseware.engine import JSONValue

IDLE_MS = 800

Save = Callable[[str, JSONValue], object]


class DebouncedAnswers(QObject):
    def __init__(self, save: Save, idle_ms: int = IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: dict[str, JSONValue] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> dict[str, JSONValue]:
        return dict(self._pending)

    def put(self, question_id: str, value: JSONValue) -> None:
        """Remember the answer; it is saved after ``idle_ms`` without another ``put``."""
        self._pending[question_id] = value
        self._timer.start()

    def flush(self) -> None:
        """Save every pending answer now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for question_id, value in pending.items():
            self._save(question_id, value)

    def discard(self) -> None:
        """Forget pending answers (the attempt is closed: the engine would refuse them)."""
        self._timer.stop()
        self._pending = {}
