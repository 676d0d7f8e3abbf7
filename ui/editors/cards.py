"""Editing a list field (options, pairs, ordering items, blanks, rubric …) as cards.

Like :mod:`ui.editors.list_table`, every edit replaces the whole list with an edited copy
through one :class:`ui.commands.SetValueCommand` (typing in one field of one card merges into
one undo step). Cards are rebuilt only when the number of rows changes, so typing keeps focus.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import SetValueCommand
from ui.document import CourseDocument
from ui.editors.card_widgets import (
    CARD_MIME_TYPE,
    Card,
    CardField,
    SelectPlaceholder,
    card_letter,
    read_field,
    show_field,
)
from ui.editors.media_field import MediaField, MediaTarget
from ui.i18n import tr


class CardList(QWidget):
    """Cards over ``getattr(target, key)`` with an add button below them."""

    def __init__(self, document: CourseDocument, target: object, key: str,
                 fields: list[CardField], new_row: Callable[[list[Any]], Any], *,
                 title: Callable[[int], str] = card_letter, add_key: str = "cards.add",
                 placeholder_field: str = "", media: MediaTarget | None = None) -> None:
        super().__init__()
        self.document, self.target, self.key = document, target, key
        self.media = media  # where pictures in "rich" fields are stored
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
                show_field(widget, field, getattr(row, field.attr) if field.attr else row)
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
        card = Card(self.title(number), self.fields, f"{id(self)}:{number}", self.media)
        for field, widget in card.editors.items():
            self._connect(widget, field, number)
            text = widget.text if isinstance(widget, MediaField) else widget
            if isinstance(text, (QLineEdit, QPlainTextEdit)):
                SelectPlaceholder(text, self.placeholder_field)
        card.buttons["up"].clicked.connect(lambda: self.move_card(number, -1))
        card.buttons["down"].clicked.connect(lambda: self.move_card(number, 1))
        card.buttons["duplicate"].clicked.connect(lambda: self.duplicate(number))
        card.buttons["delete"].clicked.connect(lambda: self.remove(number))
        return card

    def _connect(self, widget: QWidget, field: CardField, number: int) -> None:
        def edited(*_args: object) -> None:
            self.edit(number, field, read_field(widget, field))

        if isinstance(widget, MediaField):
            widget.edited.connect(edited)
            widget.pictures_edited.connect(
                lambda value: self.edit(number, field, value, own_step=True))
        elif isinstance(widget, QCheckBox):
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

    def edit(self, number: int, field: CardField, value: Any, own_step: bool = False) -> None:
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
        self._write(rows, merge=None if own_step else f"{self.key}:{number}:{field.attr}")

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
