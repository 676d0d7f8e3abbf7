"""Building labelled, bound form rows in a few lines (labels, buddies, accessible names)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.binding import CheckBinding, ChoiceBinding, LineBinding, NumberBinding, TextBinding
from ui.document import CourseDocument
from ui.i18n import tr


class BoundForm(QWidget):
    """A QFormLayout whose rows are bound to fields of model objects."""

    def __init__(self, document: CourseDocument, owner: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.owner = owner
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}

    def _row(self, label_key: str, key: str, widget: QWidget) -> None:
        label = QLabel(tr(label_key))
        label.setBuddy(widget)
        label.setWordWrap(True)
        widget.setAccessibleName(tr(label_key))
        self.layout_.addRow(label, widget)
        self.fields.setdefault(key, widget)

    def line(self, label_key: str, key: str, target: Any = None,
             structural: bool = False) -> QLineEdit:
        widget = QLineEdit()
        LineBinding(self.document, widget, target or self.owner, key, owner=self.owner,
                    structural=structural)
        self._row(label_key, key, widget)
        return widget

    def text(self, label_key: str, key: str, target: Any = None, lines: int = 4,
             structural: bool = False) -> QPlainTextEdit:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        spacing = widget.fontMetrics().lineSpacing()
        widget.setMinimumHeight(spacing * min(lines, 3) + 12)
        widget.setMaximumHeight(spacing * (lines + 2) + 12)
        TextBinding(self.document, widget, target or self.owner, key, owner=self.owner,
                    structural=structural)
        self._row(label_key, key, widget)
        return widget

    def number(self, label_key: str, key: str, target: Any = None, *, low: float = 0,
               high: float = 100000, decimals: int = 1, optional: bool = False,
               suffix_key: str = "") -> QDoubleSpinBox | QSpinBox:
        widget: QDoubleSpinBox | QSpinBox
        if decimals:
            widget = QDoubleSpinBox()
            widget.setDecimals(decimals)
            widget.setRange(low, high)
        else:
            widget = QSpinBox()
            widget.setRange(int(low), int(high))
        if optional:
            widget.setSpecialValueText(tr("form.not_set"))
        if suffix_key:
            widget.setSuffix(tr(suffix_key))
        NumberBinding(self.document, widget, target or self.owner, key, owner=self.owner,
                      optional=optional)
        self._row(label_key, key, widget)
        return widget

    def check(self, label_key: str, key: str, target: Any = None) -> QCheckBox:
        widget = QCheckBox(tr(label_key))
        CheckBinding(self.document, widget, target or self.owner, key, owner=self.owner)
        widget.setAccessibleName(tr(label_key))
        self.layout_.addRow("", widget)
        self.fields.setdefault(key, widget)
        return widget

    def choice(self, label_key: str, key: str, values: list[Any],
               label: Callable[[Any], str], target: Any = None) -> QComboBox:
        widget = QComboBox()
        ChoiceBinding(self.document, widget, target or self.owner, key, owner=self.owner,
                      values=values, label=label)
        self._row(label_key, key, widget)
        return widget

    def widget_row(self, label_key: str, key: str, widget: QWidget) -> None:
        self._row(label_key, key, widget)

    def heading(self, text_key: str) -> QLabel:
        label = QLabel(f"<b>{tr(text_key)}</b>")
        self.layout_.addRow(label)
        return label
