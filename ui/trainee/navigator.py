"""The question navigator: one button per question, showing answered and flagged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import themed
from ui.trainee.strings import tr

_COLUMNS = 5
_BASE = "padding:0; border-radius:6px; min-height:40px; min-width:50px;"
_STYLES = {
    (False, False): _BASE + "background:#ffffff; border:2px solid #b9c0cc; color:#1d2430;",
    (True, False): _BASE + "background:#2f6fd1; border:2px solid #2f6fd1; color:#ffffff;",
    (False, True): _BASE + "background:#ffffff; border:3px solid #e08a00; color:#1d2430;",
    (True, True): _BASE + "background:#2f6fd1; border:3px solid #e08a00; color:#ffffff;",
}
_UNSAVED = _BASE + "background:#fde7e6; border:3px solid #b3261e; color:#8c1d18;"


class QuestionNavigator(QWidget):
    question_chosen = Signal(str)

    def __init__(self, question_ids: list[str]) -> None:
        super().__init__()
        self.setObjectName("question-navigator")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, question_id in enumerate(question_ids):
            button = QPushButton(str(index + 1))
            button.setFixedSize(54, 44)
            button.setObjectName(f"nav-{question_id}")
            button.clicked.connect(lambda _c=False, q=question_id: self.question_chosen.emit(q))
            grid.addWidget(button, index // _COLUMNS, index % _COLUMNS)
            self.buttons[question_id] = button
        title = QLabel(f"<b>{tr('trainee.quiz.navigator')}</b>")
        legend = QLabel(tr("trainee.quiz.legend"))
        legend.setWordWrap(True)
        legend.setStyleSheet(themed("color:#4a5260;"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(legend)
        layout.addStretch(1)

    def show_state(self, question_id: str, answered: bool, flagged: bool,
                   current: bool, unsaved: bool = False) -> None:
        button = self.buttons[question_id]
        style = themed(_UNSAVED if unsaved else _STYLES[(answered, flagged)])
        number = button.property("number") or button.text()
        button.setProperty("number", number)
        button.setText(f"{number}!" if unsaved else number)
        button.setProperty("unsaved", unsaved)
        if current:
            style += " font-weight:bold; text-decoration:underline;"
        button.setStyleSheet(style)
        button.setProperty("answered", answered)
        button.setProperty("flagged", flagged)
        state = [tr("trainee.item.done")] if answered and not unsaved else []
        if unsaved:
            state.append(tr("trainee.quiz.not_saved"))
        if flagged:
            state.append(tr("preview.flag"))
        button.setAccessibleName(f"{number} {' '.join(state)}".strip())
