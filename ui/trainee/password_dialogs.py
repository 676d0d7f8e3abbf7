"""Dialogs for the trainer: the kiosk password (check or set) and the package passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_buttons import ok_cancel_buttons
from ui.theme import themed
from ui.trainee.strings import tr


class SecretDialog(QDialog):
    """Asks for a secret; ``check`` returns an error message or "" when it is accepted."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str,
                 check: Callable[[str], str], confirm: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.check = check
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(title)
        self.again: QLineEdit | None = None
        self.error = QLabel()
        self.error.setStyleSheet(themed("color:#c62828;"))
        buttons = ok_cancel_buttons(self, tr("trainee.ok"), tr("trainee.cancel"),
                                    on_ok=self.try_accept)
        layout = QVBoxLayout(self)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        layout.addWidget(prompt_label)
        layout.addWidget(self.secret)
        if confirm:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(QLabel(tr("trainee.password.again")))
            layout.addWidget(self.again)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def try_accept(self) -> None:
        if self.again is not None and self.again.text() != self.secret.text():
            self.error.setText(tr("trainee.password.mismatch"))
            return
        problem = self.check(self.secret.text())
        if problem:
            self.error.setText(problem)
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.accept()


def ask_secret(parent: QWidget | None, title: str, prompt: str, check: Callable[[str], str],
               confirm: bool = False) -> str | None:
    dialog = SecretDialog(parent, title, prompt, check, confirm)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.secret.text()
    dialog.deleteLater()
    return text if accepted else None
