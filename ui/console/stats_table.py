"""The item statistics table: one row per question; a figure past its limit in bold red on a
shaded row, so a trainer sees at a glance which questions need attention and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from courseware.classroom.console_stats import (
    DISCRIMINATION_LIMIT,
    FACILITY_LIMIT,
    Concern,
    ItemRow,
)
from ui.i18n import tr
from ui.labels import without_markdown

FLAGGED_BACKGROUND = QColor("#fde2df")
FLAGGED_TEXT = QColor("#b3261e")
HEADERS = ("console.stats.col.question", "console.stats.col.attempts",
           "console.stats.col.facility", "console.stats.col.discrimination",
           "console.stats.col.attention")
FACILITY_COLUMN, DISCRIMINATION_COLUMN, ATTENTION_COLUMN = 2, 3, 4
NUMBER_COLUMNS = (1, FACILITY_COLUMN, DISCRIMINATION_COLUMN)
CONCERN_KEYS = {Concern.TOO_EASY: "console.stats.too_easy",
                Concern.LOW_DISCRIMINATION: "console.stats.low_discrimination"}
# The concern that makes a column's figure stand out.
COLUMN_CONCERN = {FACILITY_COLUMN: Concern.TOO_EASY,
                  DISCRIMINATION_COLUMN: Concern.LOW_DISCRIMINATION}


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def concern_text(row: ItemRow) -> str:
    return tr("console.stats.concern_separator").join(tr(CONCERN_KEYS[c]) for c in row.concerns)


def question_label(number: int, row: ItemRow) -> str:
    plain = " ".join(without_markdown(line) for line in row.prompt.splitlines())
    return f"{number}. " + " ".join(plain.split())


def is_alarming(row: ItemRow, column: int) -> bool:
    """True for the figure (or the attention text) that shows why the row is flagged."""
    if column == ATTENTION_COLUMN:
        return row.flagged
    return COLUMN_CONCERN.get(column) in row.concerns


class ItemTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, len(HEADERS))
        self.setHorizontalHeaderLabels([tr(key) for key in HEADERS])
        self._header_tips()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setStyleSheet("QTableView::item { padding: 2px 8px; }"
                           " QHeaderView::section { padding: 2px 8px; }")
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _header_tips(self) -> None:
        tips = {FACILITY_COLUMN: tr("console.stats.tip.facility", limit=FACILITY_LIMIT),
                DISCRIMINATION_COLUMN: tr("console.stats.tip.discrimination",
                                          limit=DISCRIMINATION_LIMIT)}
        for column, tip in tips.items():
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)

    def show_rows(self, rows: Sequence[ItemRow]) -> None:
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            texts = (question_label(index + 1, row), str(row.attempts), figure(row.facility),
                     figure(row.discrimination), concern_text(row))
            for column, text in enumerate(texts):
                self.setItem(index, column, self._item(row, column, text))

    @staticmethod
    def _item(row: ItemRow, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(row.prompt if column == 0 else text)
        if column in NUMBER_COLUMNS:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.flagged:
            item.setBackground(QBrush(FLAGGED_BACKGROUND))
        if is_alarming(row, column):
            item.setForeground(QBrush(FLAGGED_TEXT))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item
