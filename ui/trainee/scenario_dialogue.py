"""A branching scenario played as a dialogue: one node at a time, the path so far as bubbles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from courseware.engine import ScenarioPosition
from ui.trainee.strings import tr

_SITUATION = "background:#eef3fb; border:1px solid #c9d6ea; border-radius:10px; padding:10px;"
_MINE = "background:#e7f5ea; border:1px solid #bfe0c6; border-radius:10px; padding:10px;"
_FEEDBACK = "color:#5a4a00; background:#fff7d6; border-radius:8px; padding:8px;"
_ENDING = "background:#f4eefb; border:1px solid #d5c6ea; border-radius:10px; padding:12px;"


def bubble(text_html: str, style: str, mine: bool = False) -> QLabel:
    label = QLabel(text_html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(style)
    label.setAlignment(Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft)
    return label


class ScenarioDialogue(QWidget):
    """Shows a :class:`ScenarioPosition`; choosing a reply (click, or keys 1–9) emits its index."""

    choice_made = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scenario-dialogue")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.buttons: list[QPushButton] = []

    def show_position(self, position: ScenarioPosition) -> None:
        self._clear()
        for step in position.steps:
            self._add(bubble(_para(tr("trainee.scenario.customer"), step.node_text), _SITUATION))
            self._add(bubble(_para(tr("trainee.scenario.you"), step.choice_text), _MINE, True))
            if step.feedback:
                self._add(bubble(escape(step.feedback), _FEEDBACK))
        if position.node is not None:
            self._add(bubble(_para(tr("trainee.scenario.customer"), position.node.text),
                             _SITUATION))
            prompt = QLabel(f"<b>{escape(tr('trainee.scenario.choose'))}</b>")
            self._add(prompt)
            for index, text in enumerate(position.node.choices):
                self._add_choice(index, text)
        elif position.ending is not None:
            self._add(bubble(_ending_html(position), _ENDING))

    def _add_choice(self, index: int, text: str) -> None:
        button = QPushButton(f"{index + 1}. {text}")
        button.setObjectName(f"scenario-choice-{index}")
        button.setStyleSheet("text-align:left; padding:10px 14px;")
        button.setAutoDefault(True)
        if index < 9:
            button.setShortcut(str(index + 1))
        button.clicked.connect(lambda: self.choice_made.emit(index))
        self.buttons.append(button)
        self._add(button)

    def _add(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget)

    def _clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = []

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)


def _para(speaker: str, text: str) -> str:
    return f"<b>{escape(speaker)}</b><br>{escape(text).replace(chr(10), '<br>')}"


def _ending_html(position: ScenarioPosition) -> str:
    ending = position.ending
    assert ending is not None
    html = _para(tr("trainee.scenario.ending"), ending.text)
    if ending.score_percent is not None:
        html += "<br>" + escape(tr("preview.scenario_score", score=f"{ending.score_percent:g}"))
    if ending.feedback:
        html += f"<br><i>{escape(ending.feedback)}</i>"
    return html
