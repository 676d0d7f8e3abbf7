"""A branching scenario played as a dialogue: one node at a time, the path so far as bubbles.
After each choice the page scrolls so the newest situation and its choices are in view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from courseware.engine import ScenarioPosition
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace, RichLabel, markdown_html
from ui.theme import themed
from ui.trainee.strings import tr

# The transcript is one rich-text label (tables as bubbles): separate word-wrapped labels
# with borders mis-measure their height inside scroll areas and clip their text.
_SITUATION = "#eef3fb"
_MINE = "#e7f5ea"
_FEEDBACK = "#fff7d6"
_ENDING = "#f4eefb"
FOLLOW_MS = 600  # how long after a choice the view keeps following the growing page


def bubble(text_html: str, colour: str, mine: bool = False) -> str:
    """A speech bubble; the trainee's own replies are indented from the left (text stays
    left-aligned: right-aligned Chinese lines are hard to read)."""
    indent = "<td width='12%'></td>" if mine else ""
    return (f"<table width='100%' cellpadding='10' cellspacing='0' style='margin-bottom:8px'>"
            f"<tr>{indent}<td bgcolor='{colour}'>{text_html}</td></tr></table>")


def wrapped_label(html: str) -> RichLabel:
    return RichLabel(html)


class ScenarioDialogue(QWidget):
    """Shows a :class:`ScenarioPosition`; choosing a reply (click, or keys 1–9) emits its index."""

    choice_made = Signal(int)
    scrolled = Signal()  # the newest choices were scrolled into view (tests)

    def __init__(self, place: MediaPlace = NO_MEDIA) -> None:
        super().__init__()
        self.place = place
        self.setObjectName("scenario-dialogue")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.buttons: list[QPushButton] = []
        self.rows: list[QWidget] = []
        self._following = False

    def show_position(self, position: ScenarioPosition) -> None:
        self._clear()
        place = self.place
        parts = []
        for step in position.steps:
            parts.append(bubble(_para(tr("trainee.scenario.customer"), step.node_text, place),
                                _SITUATION))
            parts.append(bubble(_para(tr("trainee.scenario.you"), step.choice_text, place),
                                _MINE, True))
            if step.feedback:
                parts.append(bubble(markdown_html(step.feedback, place), _FEEDBACK))
        if position.node is not None:
            parts.append(bubble(_para(tr("trainee.scenario.customer"), position.node.text,
                                      place), _SITUATION))
            parts.append(f"<p><b>{escape(tr('trainee.scenario.choose'))}</b></p>")
        elif position.ending is not None:
            parts.append(bubble(_ending_html(position, place), _ENDING))
        self.transcript = wrapped_label(themed("".join(parts)))
        self.transcript.setObjectName("scenario-transcript")
        self._add(self.transcript)
        self._fit_transcript()
        if position.node is not None:
            for index, text in enumerate(position.node.choices):
                self._add_choice(index, text)
        if position.steps:  # a choice was made: follow the conversation
            self._follow()

    def _follow(self) -> None:
        """Scroll to the newest choices now and whenever the page grows in the next moment
        (word-wrapped text settles its height over a few layout passes)."""
        area = self._scroll_area()
        if area is None:
            return
        bar = area.verticalScrollBar()
        if not self._following:
            bar.rangeChanged.connect(self._range_changed)
        self._following = True
        QTimer.singleShot(0, self, self.scroll_to_newest)
        QTimer.singleShot(FOLLOW_MS, self, lambda: self._stop_following(bar))

    def _range_changed(self, _low: int, _high: int) -> None:
        if self._following:
            self.scroll_to_newest()

    def _stop_following(self, bar: QScrollBar) -> None:
        if self._following:
            self._following = False
            bar.rangeChanged.disconnect(self._range_changed)

    def scroll_to_newest(self) -> None:
        """Bring the newest choices (or the ending) into the page's view, as far down as
        needed and no further, so the situation above them stays visible too."""
        area = self._scroll_area()
        if area is None:
            return
        target: QWidget = self.rows[-1] if self.rows else self.transcript
        area.ensureWidgetVisible(target, 0, 16)
        if self.rows:
            area.ensureWidgetVisible(self.rows[0], 0, 16)
        self.scrolled.emit()

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

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
        button.setMinimumHeight(44)
        button.setAccessibleName(text)
        button.setAutoDefault(True)
        if index < 9:
            button.setShortcut(str(index + 1))
        button.clicked.connect(lambda: self.choice_made.emit(index))
        label = wrapped_label(markdown_html(text, self.place, inline=True))
        label.setBuddy(button)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label, 1)
        self.buttons.append(button)
        self.rows.append(row)
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
        self.rows = []

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)


def _para(speaker: str, text: str, place: MediaPlace) -> str:
    return f"<b>{escape(speaker)}</b><br>{markdown_html(text, place, inline=True)}"


def _ending_html(position: ScenarioPosition, place: MediaPlace) -> str:
    ending = position.ending
    assert ending is not None
    html = _para(tr("trainee.scenario.ending"), ending.text, place)
    if ending.score_percent is not None:
        html += "<br>" + escape(tr("preview.scenario_score", score=f"{ending.score_percent:g}"))
    if ending.feedback:
        html += f"<br><i>{markdown_html(ending.feedback, place, inline=True)}</i>"
    return html
