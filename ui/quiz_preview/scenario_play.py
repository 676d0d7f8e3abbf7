"""Playing a branching scenario node by node: the path so far, the node, its choices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from courseware.engine import ScenarioPosition
from ui.i18n import tr


class ScenarioPlay(QWidget):
    """Shows a :class:`ScenarioPosition`; a click on a choice emits its index."""

    choice_made = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.node = QLabel()
        self.node.setWordWrap(True)
        self.choices = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history)
        layout.addWidget(self.node)
        layout.addLayout(self.choices)
        self.buttons: list[QPushButton] = []

    def show_position(self, position: ScenarioPosition) -> None:
        self.history.setText(_history_html(position))
        self.history.setVisible(bool(position.steps))
        self._clear_buttons()
        if position.node is not None:
            self.node.setText(escape(position.node.text))
            for index, text in enumerate(position.node.choices):
                self._add_button(index, text)
        else:
            self.node.setText(_ending_html(position))

    def _add_button(self, index: int, text: str) -> None:
        button = QPushButton(text)
        button.setStyleSheet("text-align: left; padding: 4px 8px;")
        button.clicked.connect(lambda: self.choice_made.emit(index))
        self.choices.addWidget(button)
        self.buttons.append(button)

    def _clear_buttons(self) -> None:
        for button in self.buttons:
            self.choices.removeWidget(button)
            button.deleteLater()
        self.buttons = []

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)


def _history_html(position: ScenarioPosition) -> str:
    parts = []
    for step in position.steps:
        part = f"<p>{escape(step.node_text)}<br><b>→ {escape(step.choice_text)}</b>"
        if step.feedback:
            part += f"<br><i>{escape(step.feedback)}</i>"
        parts.append(part + "</p>")
    return "".join(parts)


def _ending_html(position: ScenarioPosition) -> str:
    ending = position.ending
    assert ending is not None
    html = f"<p><b>{escape(tr('preview.scenario_end'))}</b> {escape(ending.text)}</p>"
    if ending.score_percent is not None:
        html += f"<p>{escape(tr('preview.scenario_score', score=f'{ending.score_percent:g}'))}</p>"
    if ending.feedback:
        html += f"<p><i>{escape(ending.feedback)}</i></p>"
    return html
