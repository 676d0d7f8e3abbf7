"""A branching scenario played as a dialogue: one node at a time, the path so far as bubbles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from courseware.engine import ScenarioPosition
from ui.trainee.strings import tr

# The transcript is one rich-text label (tables as bubbles): separate word-wrapped labels
# with borders mis-measure their height inside scroll areas and clip their text.
_SITUATION = "#eef3fb"
_MINE = "#e7f5ea"
_FEEDBACK = "#fff7d6"
_ENDING = "#f4eefb"


def bubble(text_html: str, colour: str, mine: bool = False) -> str:
    align = "right" if mine else "left"
    return (f"<table width='100%' cellpadding='10' cellspacing='0' style='margin-bottom:8px'>"
            f"<tr><td bgcolor='{colour}' align='{align}'>{text_html}</td></tr></table>")


def wrapped_label(html: str) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
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
        parts = []
        for step in position.steps:
            parts.append(bubble(_para(tr("trainee.scenario.customer"), step.node_text),
                                _SITUATION))
            parts.append(bubble(_para(tr("trainee.scenario.you"), step.choice_text), _MINE,
                                True))
            if step.feedback:
                parts.append(bubble(escape(step.feedback), _FEEDBACK))
        if position.node is not None:
            parts.append(bubble(_para(tr("trainee.scenario.customer"), position.node.text),
                                _SITUATION))
            parts.append(f"<p><b>{escape(tr('trainee.scenario.choose'))}</b></p>")
        elif position.ending is not None:
            parts.append(bubble(_ending_html(position), _ENDING))
        self.transcript = wrapped_label("".join(parts))
        self.transcript.setObjectName("scenario-transcript")
        self._add(self.transcript)
        self._fit_transcript()
        if position.node is not None:
            for index, text in enumerate(position.node.choices):
                self._add_choice(index, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_transcript()

    def _fit_transcript(self) -> None:
        """A scroll area squeezes word-wrapped text to its viewport; ask for the full height."""
        transcript = getattr(self, "transcript", None)
        if transcript is not None and self.width() > 0:
            height = transcript.heightForWidth(self.width())
            if transcript.minimumHeight() != height:
                transcript.setMinimumHeight(height)
                self.updateGeometry()

    def _add_choice(self, index: int, text: str) -> None:
        """A numbered button beside the reply's text (long replies wrap; buttons would not)."""
        button = QPushButton(str(index + 1))
        button.setObjectName(f"scenario-choice-{index}")
        button.setFixedWidth(56)
        button.setAccessibleName(text)
        button.setAutoDefault(True)
        if index < 9:
            button.setShortcut(str(index + 1))
        button.clicked.connect(lambda: self.choice_made.emit(index))
        label = wrapped_label(escape(text))
        label.setBuddy(button)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label, 1)
        self.buttons.append(button)
        self._add(row)

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
