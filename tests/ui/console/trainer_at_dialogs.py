"""Plays the trainer at the modal dialogs the console opens while ``run_console`` blocks.

A timer looks for the next window a step waits for (the passphrase dialog, a message box, the
console window) and acts on it; what it saw is recorded for the test to assert afterwards
(assertions inside a Qt callback could leave a modal dialog open for ever). After ``limit_s``
it gives up and closes everything, so a broken start-up fails instead of hanging.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from ui.console.window import ConsoleWindow
from ui.trainee.password_dialogs import SecretDialog

Step = Callable[[], bool]  # True when done


def visible(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


class TrainerAtDialogs:
    def __init__(self, limit_s: float = 30.0) -> None:
        self.steps: list[Step] = []
        self.seen: dict[str, Any] = {}
        self.deadline = time.monotonic() + limit_s
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def type_passphrase(self, text: str, record_as: str = "") -> TrainerAtDialogs:
        def step() -> bool:
            dialog = visible(SecretDialog)
            if dialog is None:
                return False
            self.seen.setdefault("dialog_title", dialog.windowTitle())
            dialog.secret.setText(text)
            dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Ok).click()
            if record_as:
                self.seen[record_as] = (dialog.error.text(), dialog.isVisible())
            return True

        self.steps.append(step)
        return self

    def cancel(self) -> TrainerAtDialogs:
        def step() -> bool:
            dialog = visible(SecretDialog)
            if dialog is not None:
                dialog.reject()
            return dialog is not None

        self.steps.append(step)
        return self

    def read_message(self) -> TrainerAtDialogs:
        def step() -> bool:
            box = visible(QMessageBox)
            if box is not None:
                self.seen["message"] = box.text()
                box.accept()
            return box is not None

        self.steps.append(step)
        return self

    def close_console(self) -> TrainerAtDialogs:
        def step() -> bool:
            window = visible(ConsoleWindow)
            if window is not None:
                self.seen["course"] = window.session.course
                self.seen["title"] = window.windowTitle()
                window.close()
            return window is not None

        self.steps.append(step)
        return self

    def start(self) -> TrainerAtDialogs:
        self.timer.start()
        return self

    def _tick(self) -> None:
        if self.steps and self.steps[0]():
            self.steps.pop(0)
        if not self.steps:
            self.timer.stop()
        elif time.monotonic() > self.deadline:
            self.timer.stop()
            self.seen["gave_up"] = len(self.steps)
            self._close_everything()

    @staticmethod
    def _close_everything() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (SecretDialog, QMessageBox)) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, QWidget) and isinstance(widget, ConsoleWindow):
                widget.close()
