"""Playing a branching scenario node by node: the path so far, the node, its choices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from courseware.engine import ScenarioPosition
from ui.i18n import tr
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace, RichLabel, markdown_html


class ScenarioPlay(QWidget):
    """Shows a :class:`ScenarioPosition`; a click on a choice emits its index."""

    choice_made = Signal(int)

    def __init__(self, place: MediaPlace = NO_MEDIA) -> None:
        super().__init__()
        self.place = place
        self.history = RichLabel()
        self.node = RichLabel()
        self.choices = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history)
        layout.addWidget(self.node)
        layout.addLayout(self.choices)
        self.buttons: list[QPushButton] = []
        self.rows: list[QWidget] = []

    def show_position(self, position: ScenarioPosition) -> None:
        self.history.set_html(_history_html(position, self.place))
        self.history.setVisible(bool(position.steps))
        self._clear_buttons()
        if position.node is not None:
            self.node.set_html(markdown_html(position.node.text, self.place))
            for index, text in enumerate(position.node.choices):
                self._add_button(index, text)
        else:
            self.node.set_html(_ending_html(position, self.place))

    def _add_button(self, index: int, text: str) -> None:
        """A numbered button beside the choice's wrapped text (button text would not wrap)."""
        button = QPushButton(str(index + 1))
        button.setFixedWidth(56)
        button.setMinimumHeight(44)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.choice_made.emit(index))
        label = RichLabel(markdown_html(text, self.place, inline=True))
        label.setBuddy(button)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label, 1)
        self.choices.addWidget(row)
        self.buttons.append(button)
        self.rows.append(row)

    def _clear_buttons(self) -> None:
        for row in self.rows:
            self.choices.removeWidget(row)
            row.deleteLater()
        self.buttons = []
        self.rows = []

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)


def _history_html(position: ScenarioPosition, place: MediaPlace) -> str:
    parts = []
    for step in position.steps:
        part = (markdown_html(step.node_text, place)
                + f"<p><b>→ {markdown_html(step.choice_text, place, inline=True)}</b>")
        if step.feedback:
            part += f"<br><i>{markdown_html(step.feedback, place, inline=True)}</i>"
        parts.append(part + "</p>")
    return "".join(parts)


def _ending_html(position: ScenarioPosition, place: MediaPlace) -> str:
    ending = position.ending
    assert ending is not None
    html = (f"<p><b>{escape(tr('preview.scenario_end'))}</b></p>"
            + markdown_html(ending.text, place))
    if ending.score_percent is not None:
        html += f"<p>{escape(tr('preview.scenario_score', score=f'{ending.score_percent:g}'))}</p>"
    if ending.feedback:
        html += f"<p><i>{markdown_html(ending.feedback, place, inline=True)}</i></p>"
    return html
