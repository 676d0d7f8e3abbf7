"""A combo box of scenario steps: the closed box shows the label elided to its width, the
open list shows every label in full (and wide enough to read)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
)

FULL_TEXT = Qt.ItemDataRole.UserRole + 1


class _FullTextDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        full = index.data(FULL_TEXT)
        if full:
            option.text = full  # type: ignore[attr-defined]


class StepCombo(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(_FullTextDelegate(self))
        self.view().setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)

    def add_step(self, label: str, node_id: str) -> None:
        self.addItem(label, node_id)
        row = self.count() - 1
        self.setItemData(row, label, FULL_TEXT)
        self.setItemData(row, label, Qt.ItemDataRole.ToolTipRole)
        self.setItemText(row, self._elided(label))

    def full_text(self) -> str:
        return str(self.currentData(FULL_TEXT) or self.currentText())

    def _field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def _elided(self, text: str) -> str:
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                             max(self._field_width() - 2, 20))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        for row in range(self.count()):
            full = self.itemData(row, FULL_TEXT)
            if full:
                self.setItemText(row, self._elided(full))
