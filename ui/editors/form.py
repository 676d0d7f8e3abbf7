"""Building labelled, bound form rows in a few lines (labels, buddies, accessible names).

The one form layout rule of every editor (:func:`apply_form_rule`): labels in a column of one
width (:func:`label_width`, room for about seven Chinese characters or sixteen Latin ones;
longer labels wrap), right-aligned at the top of their row, the same spacing and margins, so
the field column starts at the same x in the course, module, lesson, case, quiz and question
editors. Any other form in an editor calls :func:`apply_form_rule` on its QFormLayout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
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
from ui.field_names import remember_label
from ui.i18n import tr

LABEL_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
SPACING = (12, 8)  # between label and field, between rows
MARGINS = (0, 4, 0, 4)  # the editor's own margins place the form


def label_width(widget: QWidget) -> int:
    """The label column's width for the widget's font."""
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance("字") * 7, metrics.averageCharWidth() * 16)


def apply_form_rule(form: QFormLayout, owner: QWidget) -> None:
    form.setLabelAlignment(LABEL_ALIGNMENT)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(SPACING[0])
    form.setVerticalSpacing(SPACING[1])
    form.setContentsMargins(*MARGINS)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if label is not None:
            fit_label(label, owner)


def fit_label(label: QWidget, owner: QWidget) -> None:
    label.setFixedWidth(label_width(owner))
    if isinstance(label, QLabel):
        label.setAlignment(LABEL_ALIGNMENT)
        label.setWordWrap(True)


class BoundForm(QWidget):
    """A QFormLayout whose rows are bound to fields of model objects."""

    def __init__(self, document: CourseDocument, owner: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.owner = owner
        self.layout_ = QFormLayout(self)
        apply_form_rule(self.layout_, self)
        self.fields: dict[str, QWidget] = {}

    def _row(self, label_key: str, key: str, widget: QWidget) -> None:
        label = QLabel(tr(label_key))
        label.setBuddy(widget)
        fit_label(label, self)
        widget.setAccessibleName(tr(label_key))
        self.layout_.addRow(label, widget)
        self.fields.setdefault(key, widget)
        remember_label(key, label_key)

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
        spacer = QLabel()
        fit_label(spacer, self)
        self.layout_.addRow(spacer, widget)
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
