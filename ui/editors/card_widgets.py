"""The pieces of a card (ui.editors.cards): its frame and header, growing text boxes, the
drag grip, and reading/showing a row's field in its widget."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from courseware.placeholders import FIELD_KEYS, find_placeholder
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.editors.media_field import MediaTarget


@dataclass(frozen=True)
class CardField:
    label_key: str
    attr: str = ""  # "" when the rows are plain strings
    # text (multi-line) | rich (Markdown with pictures: ui.editors.media_field) | line | bool
    # | number | list (、 or , separated)
    kind: str = "text"
    exclusive: bool = False  # bool: ticking it unticks the other cards (single choice)
    advanced: bool = False  # shown only when the editor's 高级 section is open


CARD_MIME_TYPE = "application/x-courseware-card"


def card_letter(row: int) -> str:
    return string.ascii_uppercase[row] if row < 26 else str(row + 1)


class AutoText(QPlainTextEdit):
    """Multi-line text that grows with its content (2 to ``max_lines`` lines); Tab moves on."""

    def __init__(self, min_lines: int = 2, max_lines: int = 8) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(int(self.document().size().height()), 1) + 1  # a spare line to type on
        shown = min(max(lines, self.min_lines), self.max_lines)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * shown
                            + int(2 * self.document().documentMargin()) + 2 * self.frameWidth()
                            + self.contentsMargins().top() + self.contentsMargins().bottom())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


class SelectPlaceholder(QObject):
    """Selects a field's whole text on focus while it is a placeholder, so typing replaces it."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit, placeholder_field: str) -> None:
        super().__init__(widget)
        self.widget, self.field = widget, placeholder_field
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            text = (self.widget.text() if isinstance(self.widget, QLineEdit)
                    else self.widget.toPlainText())
            if self.field in FIELD_KEYS and find_placeholder([text], self.field) == text.strip():
                self.widget.selectAll()
        return False


class DragHandle(QLabel):
    """The grip at a card's left: drag it to put the card elsewhere in its list."""

    def __init__(self, payload: str) -> None:
        super().__init__("≡")
        self.payload = payload
        self.setObjectName("card-handle")
        self.setToolTip(tr("cards.drag"))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("≡") * 2)
        self._pressed_at: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_at is None:
            return
        moved = (event.position().toPoint() - self._pressed_at).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._pressed_at = None
        drag = QDrag(self)
        drag.setMimeData(card_mime(self.payload))
        drag.exec(Qt.DropAction.MoveAction)


def card_mime(payload: str) -> QMimeData:
    data = QMimeData()
    data.setData(CARD_MIME_TYPE, QByteArray(payload.encode()))
    return data


class Card(QFrame):
    """One row: a header (its letter or number, reorder/duplicate/delete) and its fields."""

    def __init__(self, title: str, fields: list[CardField], drag_payload: str,
                 media: MediaTarget | None = None) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.handle = DragHandle(drag_payload)
        self.header = QLabel(f"<b>{title}</b>")
        self.editors: dict[CardField, QWidget] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.advanced_rows: list[QWidget] = []
        self.media = media
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.handle)
        top.addWidget(self.header)
        top.addStretch(1)
        self.toggles = QHBoxLayout()
        top.addLayout(self.toggles)
        for name in ("up", "down", "duplicate", "delete"):
            button = QPushButton(tr(f"cards.{name}"))
            button.setObjectName(f"card-{name}")
            button.setAccessibleName(f"{tr(f'cards.{name}')} {title}")
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes text to text
            self.buttons[name] = button
            top.addWidget(button)
        grid.addLayout(top, 0, 0, 1, 2)
        for field in fields:
            self._add(grid, field, title)

    def mark_correct(self, correct: bool) -> None:
        """A right answer's card is framed in green, so the key shows at a glance."""
        if self.property("correct") == correct:
            return
        self.setProperty("correct", correct)
        self.setStyleSheet("QFrame#card { border: 2px solid #2e7d32; border-radius: 4px; }"
                           if correct else "")

    def _add(self, grid: QGridLayout, field: CardField, title: str) -> None:
        widget = make_editor(field, self.media)
        widget.setAccessibleName(f"{title} {tr(field.label_key)}")
        self.editors[field] = widget
        if field.kind == "bool":
            self.toggles.addWidget(widget)
            return
        row = grid.rowCount()
        label = QLabel(tr(field.label_key))
        label.setBuddy(widget)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(widget, row, 1)
        if field.advanced:
            self.advanced_rows += [label, widget]


def make_editor(field: CardField, media: MediaTarget | None = None) -> QWidget:
    if field.kind == "bool":
        box = QCheckBox(tr(field.label_key))
        box.setObjectName(f"card-{field.attr or 'value'}")
        return box
    if field.kind == "number":
        spin = QDoubleSpinBox()
        spin.setRange(0, 1000)
        spin.setDecimals(1)
        return spin
    if field.kind == "rich" and media is not None:
        from ui.editors.media_field import MediaField  # it builds on AutoText, above

        rich = MediaField(media)
        rich.text.setObjectName(f"card-{field.attr or 'value'}-text")
        return rich
    if field.kind in ("text", "rich"):
        return AutoText()
    return QLineEdit()


def read_field(widget: QWidget, field: CardField) -> Any:
    if field.kind == "rich" and hasattr(widget, "set_value"):
        return widget.value()  # type: ignore[attr-defined]
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
    if field.kind == "list":
        parts = text.replace("，", ",").replace("、", ",").split(",")
        return [part.strip() for part in parts if part.strip()]
    return text


def show_field(widget: QWidget, field: CardField, value: Any) -> None:
    if read_field(widget, field) == value:
        return  # e.g. "a, " being typed already reads as ["a"]: keep what is typed
    if field.kind == "rich" and hasattr(widget, "set_value"):
        with QSignalBlocker(widget):
            widget.set_value(str(value or ""))  # type: ignore[attr-defined]
        return
    with QSignalBlocker(widget):
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value or 0))
        else:
            text = "、".join(value) if field.kind == "list" else str(value or "")
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
            elif isinstance(widget, QLineEdit) and widget.text() != text:
                widget.setText(text)
