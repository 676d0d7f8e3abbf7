"""The trainer menu, shown after the trainer password: export, database, leave, back."""

from __future__ import annotations

from enum import Enum
from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import themed
from ui.trainee.strings import tr


class TrainerAction(Enum):
    EXPORT = "export"
    DATABASE = "database"
    LEAVE = "leave"


class TrainerMenu(QDialog):
    """Big buttons, each with a line saying what it does; ``choice`` is None for back."""

    def __init__(self, parent: QWidget | None, database: str) -> None:
        super().__init__(parent)
        self.setObjectName("trainer-menu")
        self.setWindowTitle(tr("trainee.menu.title"))
        self.choice: TrainerAction | None = None
        self.buttons: dict[TrainerAction | None, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        heading = QLabel(f"<h2>{escape(tr('trainee.menu.title'))}</h2>"
                         f"{escape(tr('trainee.menu.database', url=database))}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for action, text, hint in (
                (TrainerAction.EXPORT, "trainee.menu.export", "trainee.menu.export_hint"),
                (TrainerAction.DATABASE, "trainee.menu.change_database",
                 "trainee.menu.change_database_hint"),
                (TrainerAction.LEAVE, "trainee.menu.leave", "trainee.menu.leave_hint")):
            layout.addSpacing(10)
            layout.addWidget(self._button(action, tr(text)))
            layout.addWidget(self._hint(tr(hint)))
        layout.addSpacing(16)
        layout.addWidget(self._button(None, tr("trainee.menu.back")))
        self.buttons[None].setDefault(True)
        self.setMinimumWidth(620)

    def _button(self, action: TrainerAction | None, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"trainer-{action.value if action else 'back'}")
        button.setMinimumHeight(48)
        button.clicked.connect(lambda: self._choose(action))
        self.buttons[action] = button
        return button

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(themed("color:#5a6270;"))
        return label

    def _choose(self, action: TrainerAction | None) -> None:
        self.choice = action
        if action is None:
            self.reject()
        else:
            self.accept()


def choose_trainer_action(parent: QWidget, database: str) -> TrainerAction | None:
    menu = TrainerMenu(parent, database)
    menu.exec()
    choice = menu.choice
    menu.deleteLater()
    return choice
