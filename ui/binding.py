"""Two-way bindings between form widgets and model fields, through undoable commands.

A binding writes with :class:`ui.commands.SetValueCommand` when the user edits, and refreshes
the widget when the document reports that its object changed (undo/redo, other editors).
Bindings are children of their widget, so they disappear with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.commands import SetValueCommand, read_value
from ui.document import CourseDocument
from ui.field_names import edit_text


class FieldBinding(QObject):
    def __init__(self, document: CourseDocument, widget: QWidget, target: Any, key: str,
                 owner: object | None = None, structural: bool = False) -> None:
        super().__init__(widget)
        self.document = document
        self.widget = widget
        self.target = target
        self.key = key
        self.owner = owner if owner is not None else target
        self.structural = structural
        widget.setProperty("field", key)
        document.changed.connect(self._model_changed)

    def value(self) -> Any:
        if isinstance(self.target, dict):
            return self.target.get(self.key, "")
        return read_value(self.target, self.key)

    def write(self, value: Any) -> None:
        if value == self.value():
            return
        self.document.push(SetValueCommand(
            self.document, self.target, self.key, value,
            edit_text(self.key, self.owner), owner=self.owner,
            structural=self.structural))

    def _model_changed(self, obj: object) -> None:
        if obj is self.owner:
            with QSignalBlocker(self.widget):
                self.show_value()

    def show_value(self) -> None:
        raise NotImplementedError


class LineBinding(FieldBinding):
    widget: QLineEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.show_value()
        self.widget.textEdited.connect(self.write)

    def show_value(self) -> None:
        if self.widget.text() != (self.value() or ""):
            self.widget.setText(self.value() or "")


class TextBinding(FieldBinding):
    widget: QPlainTextEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.show_value()
        self.widget.textChanged.connect(lambda: self.write(self.widget.toPlainText()))

    def show_value(self) -> None:
        if self.widget.toPlainText() != (self.value() or ""):
            cursor_position = self.widget.textCursor().position()
            self.widget.setPlainText(self.value() or "")
            cursor = self.widget.textCursor()
            cursor.setPosition(min(cursor_position, len(self.value() or "")))
            self.widget.setTextCursor(cursor)


class NumberBinding(FieldBinding):
    """A spin box; ``optional`` numbers show 0 as 'not set' (special value text)."""

    widget: QDoubleSpinBox | QSpinBox

    def __init__(self, *args: Any, optional: bool = False, **kwargs: Any) -> None:
        self.optional = optional
        super().__init__(*args, **kwargs)
        self.show_value()
        self.widget.valueChanged.connect(self._edited)

    def _edited(self, number: float) -> None:
        if self.optional and number == self.widget.minimum():
            self.write(None)
        elif isinstance(self.widget, QSpinBox):
            self.write(int(number))
        else:
            self.write(float(number))

    def show_value(self) -> None:
        value = self.value()
        if isinstance(self.widget, QSpinBox):
            self.widget.setValue(self.widget.minimum() if value is None else int(value))
        else:
            self.widget.setValue(self.widget.minimum() if value is None else float(value))


class CheckBinding(FieldBinding):
    widget: QCheckBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.show_value()
        self.widget.toggled.connect(self.write)

    def show_value(self) -> None:
        self.widget.setChecked(bool(self.value()))


class ChoiceBinding(FieldBinding):
    """A combo box over a fixed list of values (enum members, strings or None)."""

    widget: QComboBox

    def __init__(self, *args: Any, values: list[Any], label: Callable[[Any], str],
                 **kwargs: Any) -> None:
        self.values = list(values)
        super().__init__(*args, **kwargs)
        for value in self.values:
            self.widget.addItem(label(value))
        self.show_value()
        self.widget.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self.write(self.values[index])

    def show_value(self) -> None:
        current = self.value()
        for index, value in enumerate(self.values):
            if value == current:
                self.widget.setCurrentIndex(index)
                return
