"""Editing a list field (options, pairs, ordering items, blanks, rubric …) as cards.

Like :mod:`ui.editors.list_table`, every edit replaces the whole list with an edited copy
through one :class:`ui.commands.SetValueCommand` (typing in one field of one card merges into
one undo step). Cards are rebuilt only when the number of rows changes, so typing keeps focus.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QMouseEvent
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
    QVBoxLayout,
    QWidget,
)

from courseware.placeholders import FIELD_KEYS, find_placeholder
from ui.commands import SetValueCommand
from ui.document import CourseDocument
from ui.i18n import tr


@dataclass(frozen=True)
class CardField:
    label_key: str
    attr: str = ""  # "" when the rows are plain strings
    kind: str = "text"  # text (multi-line) | line | bool | number | list (、 or , separated)
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

    def __init__(self, title: str, fields: list[CardField], drag_payload: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.handle = DragHandle(drag_payload)
        self.header = QLabel(f"<b>{title}</b>")
        self.editors: dict[CardField, QWidget] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.advanced_rows: list[QWidget] = []
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
        widget = _make_editor(field)
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


def _make_editor(field: CardField) -> QWidget:
    if field.kind == "bool":
        box = QCheckBox(tr(field.label_key))
        box.setObjectName(f"card-{field.attr or 'value'}")
        return box
    if field.kind == "number":
        spin = QDoubleSpinBox()
        spin.setRange(0, 1000)
        spin.setDecimals(1)
        return spin
    if field.kind == "text":
        return AutoText()
    return QLineEdit()


def _read(widget: QWidget, field: CardField) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDoubleSpinBox):
        return float(widget.value())
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
    if field.kind == "list":
        parts = text.replace("，", ",").replace("、", ",").split(",")
        return [part.strip() for part in parts if part.strip()]
    return text


def _show(widget: QWidget, field: CardField, value: Any) -> None:
    if _read(widget, field) == value:
        return  # e.g. "a, " being typed already reads as ["a"]: keep what is typed
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


class CardList(QWidget):
    """Cards over ``getattr(target, key)`` with an add button below them."""

    def __init__(self, document: CourseDocument, target: object, key: str,
                 fields: list[CardField], new_row: Callable[[list[Any]], Any], *,
                 title: Callable[[int], str] = card_letter, add_key: str = "cards.add",
                 placeholder_field: str = "") -> None:
        super().__init__()
        self.document, self.target, self.key = document, target, key
        self.fields, self.new_row, self.title = fields, new_row, title
        self.placeholder_field = placeholder_field or key
        self.advanced = False
        self.cards: list[Card] = []
        self.setProperty("field", key)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr(add_key))
        self.add_button.setObjectName(f"add-{key}")
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.column)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setAcceptDrops(True)
        self.refresh()
        document.changed.connect(self._changed)

    # -- dragging a card by its handle

    def _dragged_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(CARD_MIME_TYPE):
            return None
        owner, _, row = bytes(data.data(CARD_MIME_TYPE).data()).decode().partition(":")
        if owner != str(id(self)) or not row.isdigit():
            return None  # a card of another list
        return int(row)

    def drop_index(self, y: int) -> int:
        """The row a card dropped at height ``y`` (in this widget) goes before."""
        for number, card in enumerate(self.cards):
            if y < card.geometry().center().y():
                return number
        return len(self.cards)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged_row(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if self._dragged_row(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self._dragged_row(event.mimeData())
        if row is None:
            return
        event.acceptProposedAction()
        target = self.drop_index(event.position().toPoint().y())
        self.move_to(row, target - 1 if target > row else target)

    def move_to(self, number: int, to: int) -> None:
        rows = copy.deepcopy(self.rows())
        if 0 <= number < len(rows) and 0 <= to < len(rows) and number != to:
            rows.insert(to, rows.pop(number))
            self._write(rows)

    # -- model → cards

    def rows(self) -> list[Any]:
        return list(getattr(self.target, self.key))

    def _changed(self, obj: object) -> None:
        if obj is self.target:
            self.refresh()

    def refresh(self) -> None:
        rows = self.rows()
        if len(rows) != len(self.cards):
            self._rebuild(len(rows))
        for card, row in zip(self.cards, rows, strict=True):
            for field, widget in card.editors.items():
                _show(widget, field, getattr(row, field.attr) if field.attr else row)
            card.mark_correct(bool(getattr(row, "correct", False)))
        for number, card in enumerate(self.cards):
            card.buttons["up"].setEnabled(number > 0)
            card.buttons["down"].setEnabled(number < len(self.cards) - 1)

    def _rebuild(self, count: int) -> None:
        for card in self.cards:
            card.setParent(None)  # type: ignore[call-overload]
            card.deleteLater()
        self.cards = [self._card(number) for number in range(count)]
        for card in self.cards:
            self.column.addWidget(card)
        if self.cards:
            self.setFocusProxy(next(iter(self.cards[0].editors.values())))
        self.set_advanced(self.advanced)

    def _card(self, number: int) -> Card:
        card = Card(self.title(number), self.fields, f"{id(self)}:{number}")
        for field, widget in card.editors.items():
            self._connect(widget, field, number)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                SelectPlaceholder(widget, self.placeholder_field)
        card.buttons["up"].clicked.connect(lambda: self.move_card(number, -1))
        card.buttons["down"].clicked.connect(lambda: self.move_card(number, 1))
        card.buttons["duplicate"].clicked.connect(lambda: self.duplicate(number))
        card.buttons["delete"].clicked.connect(lambda: self.remove(number))
        return card

    def _connect(self, widget: QWidget, field: CardField, number: int) -> None:
        def edited(*_args: object) -> None:
            self.edit(number, field, _read(widget, field))

        if isinstance(widget, QCheckBox):
            widget.toggled.connect(edited)
        elif isinstance(widget, QDoubleSpinBox):
            widget.valueChanged.connect(edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(edited)

    def set_advanced(self, shown: bool) -> None:
        self.advanced = shown
        for card in self.cards:
            for widget in card.advanced_rows:
                widget.setVisible(shown)

    # -- cards → model (each one undoable command)

    def edit(self, number: int, field: CardField, value: Any) -> None:
        rows = copy.deepcopy(self.rows())
        if not 0 <= number < len(rows):
            return
        if field.attr:
            setattr(rows[number], field.attr, value)
            if field.exclusive and value:
                for other, row in enumerate(rows):
                    if other != number:
                        setattr(row, field.attr, False)
        else:
            rows[number] = value
        self._write(rows, merge=f"{self.key}:{number}:{field.attr}")

    def _write(self, rows: list[Any], merge: str | None = None) -> None:
        self.document.push(SetValueCommand(self.document, self.target, self.key, rows,
                                           tr("undo.edit_field", field=self.key),
                                           merge_key=merge))

    def add(self) -> None:
        rows = copy.deepcopy(self.rows())
        rows.append(self.new_row(rows))
        self._write(rows)
        self.focus_card(len(rows) - 1)

    def duplicate(self, number: int) -> None:
        rows = copy.deepcopy(self.rows())
        if 0 <= number < len(rows):
            copied = copy.deepcopy(rows[number])
            fresh = self.new_row(rows)
            if hasattr(copied, "id") and hasattr(fresh, "id"):
                copied.id = fresh.id
            if hasattr(copied, "correct") and any(f.exclusive for f in self.fields):
                copied.correct = False  # a single-choice question keeps one right answer
            rows.insert(number + 1, copied)
            self._write(rows)
            self.focus_card(number + 1)

    def remove(self, number: int) -> None:
        rows = copy.deepcopy(self.rows())
        if 0 <= number < len(rows):
            del rows[number]
            self._write(rows)

    def move_card(self, number: int, step: int) -> None:
        rows = copy.deepcopy(self.rows())
        other = number + step
        if 0 <= number < len(rows) and 0 <= other < len(rows):
            rows[number], rows[other] = rows[other], rows[number]
            self._write(rows)

    def focus_card(self, number: int) -> None:
        if 0 <= number < len(self.cards):
            first = next(iter(self.cards[number].editors.values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)
