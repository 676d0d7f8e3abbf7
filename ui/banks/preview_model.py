"""The import preview as a Qt table model: include/skip checkbox, type, prompt, answer,
problems, source. A model (not a table widget) so a 2,000-question bank shows at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from exporters.banks import BankEntry
from ui.banks.rows import (
    ImportRow,
    Labels,
    answer_text,
    problems_text,
    prompt_text,
    type_text,
)
from ui.i18n import tr

COLUMNS = ("include", "type", "prompt", "answer", "problems", "source")
INCLUDE, TYPE, PROMPT, ANSWER, PROBLEMS, SOURCE = range(len(COLUMNS))
ERROR_TINT = QColor(220, 50, 47, 40)  # translucent, readable on light and dark themes
WARNING_TINT = QColor(230, 160, 0, 32)
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ImportRow] = []
        self._texts: list[tuple[str, ...]] = []  # cached per row: computed once, not per paint
        style = QApplication.style()
        self._icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                       "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}

    # -- contents

    def set_rows(self, rows: list[ImportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        labels = Labels.now()
        self._texts = [_texts(row.entry, labels) for row in self.rows]
        self.endResetModel()

    def replace_entry(self, number: int, entry: BankEntry) -> None:
        """A fixed question: it re-validated; an importable one is included at once."""
        row = self.rows[number]
        entries = row.read.result.entries
        position = next(i for i, e in enumerate(entries) if e is row.entry)
        entries[position] = entry
        row.entry = entry
        row.include = not entry.has_error
        self._texts[number] = _texts(entry, Labels.now())
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    def set_included(self, number: int, include: bool) -> None:
        row = self.rows[number]
        if row.has_error or row.include == include:
            return
        row.include = include
        cell = self.index(number, INCLUDE)
        self.dataChanged.emit(cell, cell)

    def set_all(self, include: bool) -> None:
        """全选 / 全不选: rows with errors stay out either way."""
        for row in self.rows:
            if not row.has_error:
                row.include = include
        if self.rows:
            self.dataChanged.emit(self.index(0, INCLUDE), self.index(len(self.rows) - 1, INCLUDE))

    # -- Qt model

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(f"banks.column.{COLUMNS[section]}")
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == INCLUDE and not self.rows[index.row()].has_error:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        texts = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column] if column != PROBLEMS else texts[column].split("\n")[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, texts, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == INCLUDE:
            return Qt.CheckState.Checked if row.importable else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == PROBLEMS:
            return self._icons["error"] if row.has_error else (
                self._icons["warning"] if row.has_warning else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != INCLUDE:
            return False
        if self.rows[index.row()].has_error:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) \
            else value == Qt.CheckState.Checked
        self.set_included(index.row(), checked)
        return True


def _texts(entry: BankEntry, labels: Labels) -> tuple[str, ...]:
    status = tr("banks.status.error") if entry.has_error else ""
    return (status, type_text(entry, labels), prompt_text(entry),
            answer_text(entry.question, labels), problems_text(entry, labels), entry.source)


def _tooltip(row: ImportRow, texts: tuple[str, ...], column: int) -> str | None:
    if column == INCLUDE and row.has_error:
        return tr("banks.fix_first")
    if column == PROMPT and row.entry.question is not None:
        return row.entry.question.prompt
    if column == PROBLEMS:
        return texts[PROBLEMS] or None
    return texts[column] or None


def _tint(row: ImportRow) -> QBrush | None:
    if row.has_error:
        return QBrush(ERROR_TINT)
    if row.has_warning:
        return QBrush(WARNING_TINT)
    return None


class ProblemRows(QSortFilterProxyModel):
    """The preview, optionally only the rows with an error or a note (in a 2,000-question bank
    the few that need a look)."""

    def __init__(self, source: PreviewModel) -> None:
        super().__init__()
        self.preview = source
        self.only_problems = False
        self.setSourceModel(source)

    def show_only_problems(self, only: bool) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.only_problems = only
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.only_problems = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_problems:
            return True
        row = self.preview.rows[source_row]
        return row.has_error or row.has_warning
