"""The item statistics table: one row per question, figures as trainers read them (答对率
in percent, discrimination from −1 to 1 with a word), and what to check. A possible wrong key is
shaded red, a question worth a review amber; the figure behind the flag is bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from courseware.classroom.console_stats import (
    FACILITY_LIMIT,
    HARD_LIMIT,
    MIN_ATTEMPTS,
    ItemFlag,
    ItemRow,
)
from courseware.i18n import tr as domain_tr
from ui.i18n import tr
from ui.labels import without_markdown
from ui.theme import themed_color

FLAGGED_BACKGROUND = QColor("#fde2df")  # act first
REVIEW_BACKGROUND = QColor("#fff4d6")  # worth a review
FLAGGED_TEXT = QColor("#b3261e")
NOTE_TEXT = QColor("#6b6b6b")
HEADERS = ("console.stats.col.question", "console.stats.col.attempts",
           "item_stats.col.facility", "item_stats.col.discrimination", "item_stats.col.advice")
FACILITY_COLUMN, DISCRIMINATION_COLUMN, ATTENTION_COLUMN = 2, 3, 4
NUMBER_COLUMNS = (1, FACILITY_COLUMN, DISCRIMINATION_COLUMN)
# the flags each figure explains
COLUMN_FLAGS = {
    FACILITY_COLUMN: {ItemFlag.TOO_HARD, ItemFlag.POSSIBLE_WRONG_KEY},
    DISCRIMINATION_COLUMN: {ItemFlag.WEAK_DISCRIMINATION, ItemFlag.POSSIBLE_WRONG_KEY},
}


def percent(value: float | None) -> str:
    return "—" if value is None else tr("item_stats.percent", value=value)


def discrimination_word(value: float) -> str:
    """Value in percent (100 · r)."""
    if value < 0:
        return tr("item_stats.word.reversed")
    if value < 20:
        return tr("item_stats.word.weak")
    return tr("item_stats.word.good" if value >= 30 else "item_stats.word.fair")


def discrimination_text(value: float | None) -> str:
    """−0.77 (reversed): the correlation as a number from −1 to 1, and what it means."""
    if value is None:
        return "—"
    number = f"{value / 100:.2f}".replace("-", "−")
    return tr("item_stats.discrimination", value=number, word=discrimination_word(value))


def flag_name(flag: ItemFlag) -> str:
    return domain_tr(f"stats.flag.{flag.value}")


def advice_text(row: ItemRow) -> str:
    names = [flag_name(f) for f in row.flags]
    if not names and row.verdict.small_sample:
        return tr("item_stats.small_sample")
    return tr("item_stats.separator").join(names)


def advice_tip(row: ItemRow) -> str:
    lines = [domain_tr("stats.flag.line", flag=flag_name(f),
                       advice=domain_tr(f"stats.flag.{f.value}.advice")) for f in row.flags]
    if row.verdict.suspect_option:
        option = next((o.label for o in row.options if o.option_id == row.verdict.suspect_option),
                      row.verdict.suspect_option)
        lines.append(domain_tr("stats.flag.possible_wrong_key.suspect", option=option))
    if row.verdict.small_sample:
        lines.append(domain_tr("stats.small_sample", count=row.attempts, needed=MIN_ATTEMPTS))
    return "\n".join(lines)


def question_label(number: int, row: ItemRow) -> str:
    plain = " ".join(without_markdown(line) for line in row.prompt.splitlines())
    return f"{number}. " + " ".join(plain.split())


def is_alarming(row: ItemRow, column: int) -> bool:
    """True for the figure (or the advice) that shows why the row is flagged."""
    if column == ATTENTION_COLUMN:
        return row.flagged
    return row.flagged and bool(COLUMN_FLAGS.get(column, set()) & set(row.flags))


def row_background(row: ItemRow) -> QColor | None:
    level = row.verdict.level
    found = FLAGGED_BACKGROUND if level >= 3 else REVIEW_BACKGROUND if level == 2 else None
    return themed_color(found) if found is not None else None


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
        tips = {FACILITY_COLUMN: tr("item_stats.tip.facility", hard=HARD_LIMIT,
                                    easy=FACILITY_LIMIT, needed=MIN_ATTEMPTS),
                DISCRIMINATION_COLUMN: tr("item_stats.tip.discrimination"),
                ATTENTION_COLUMN: tr("item_stats.tip.advice")}
        for column, tip in tips.items():
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)

    def show_rows(self, rows: Sequence[ItemRow]) -> None:
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            texts = (question_label(index + 1, row), str(row.attempts), percent(row.facility),
                     discrimination_text(row.discrimination), advice_text(row))
            for column, text in enumerate(texts):
                self.setItem(index, column, self._item(row, column, text))

    @staticmethod
    def _item(row: ItemRow, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        tips = {0: row.prompt, FACILITY_COLUMN: tr("item_stats.tip.facility", hard=HARD_LIMIT,
                                                   easy=FACILITY_LIMIT, needed=MIN_ATTEMPTS),
                DISCRIMINATION_COLUMN: tr("item_stats.tip.discrimination"),
                ATTENTION_COLUMN: advice_tip(row)}
        item.setToolTip(tips.get(column, text))
        if column in NUMBER_COLUMNS:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        background = row_background(row)
        if background is not None:
            item.setBackground(QBrush(background))
        if is_alarming(row, column):
            item.setForeground(QBrush(themed_color(FLAGGED_TEXT)))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        elif column == ATTENTION_COLUMN and text:
            item.setForeground(QBrush(themed_color(NOTE_TEXT)))
        return item
