"""Editing a list field (options, pairs, ordering items, rubric …) as a table.

Every edit replaces the whole list with an edited copy through one undoable command, so the
table needs no per-row commands and undo restores exactly what was there.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.commands import SetValueCommand
from ui.document import CourseDocument
from ui.field_names import edit_text
from ui.i18n import tr

WIDE_COLUMN = 200  # px: wider content stretches with the table


@dataclass(frozen=True)
class Column:
    header_key: str
    attr: str = ""  # "" when the rows are plain strings
    kind: str = "text"  # text | bool | number | list (comma separated strings)


RowsWriter = Callable[[list[Any]], None]


class ListTable(QWidget):
    """A table over ``getattr(target, key)``; ``read``/``write`` replace the default access
    (the scenario editor edits the choices of whichever node is selected)."""

    def __init__(self, document: CourseDocument, target: object, key: str,
                 columns: list[Column], new_row: Callable[[list[Any]], Any],
                 owner: object | None = None, accessible_key: str = "",
                 read: Callable[[], list[Any]] | None = None,
                 write: RowsWriter | None = None) -> None:
        super().__init__()
        self.document, self.target, self.key = document, target, key
        self.columns, self.new_row = columns, new_row
        self.owner = owner if owner is not None else target
        self._read, self._custom_write = read, write
        self.setProperty("field", key)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([tr(c.header_key) for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(tr(accessible_key or "list.accessible"))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._cell_edited)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())
        self.refresh()
        _Refresher(self)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text_key, handler in (("list.add", self._add), ("list.remove", self._remove),
                                  ("list.up", lambda: self._move(-1)),
                                  ("list.down", lambda: self._move(1))):
            button = QPushButton(tr(text_key))
            button.setAccessibleName(tr(text_key))
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- model → table

    def rows(self) -> list[Any]:
        return list(self._read() if self._read else getattr(self.target, self.key))

    def refresh(self) -> None:
        with QSignalBlocker(self.table):
            rows = self.rows()
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, column in enumerate(self.columns):
                    self.table.setItem(r, c, self._cell(row, column))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(len(self.columns)):
            width = max(self.table.columnWidth(c), 60)
            # long-text columns share the table's width (no sideways scrolling to reach the
            # last column); short ones keep their content's width
            wide = width > WIDE_COLUMN
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if wide
                                        else QHeaderView.ResizeMode.Interactive)
            if not wide:
                self.table.setColumnWidth(c, width)

    def _cell(self, row: Any, column: Column) -> QTableWidgetItem:
        value = getattr(row, column.attr) if column.attr else row
        if column.kind == "bool":
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            return item
        if column.kind in ("number", "int"):
            return QTableWidgetItem(f"{value:g}" if value is not None else "")
        if column.kind == "list":
            return QTableWidgetItem(", ".join(value))
        return QTableWidgetItem(str(value or ""))

    # -- table → model

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        rows = copy.deepcopy(self.rows())
        column = self.columns[item.column()]
        value = self._parse(item, column)
        if value is None:
            self.refresh()
            return
        if column.attr:
            setattr(rows[item.row()], column.attr, value)
        else:
            rows[item.row()] = value
        self._write(rows)

    @staticmethod
    def _parse(item: QTableWidgetItem, column: Column) -> Any:
        if column.kind == "bool":
            return item.checkState() == Qt.CheckState.Checked
        text = item.text().strip() if column.kind != "text" else item.text()
        if column.kind in ("number", "int"):
            try:
                return int(text) if column.kind == "int" else float(text)
            except ValueError:
                return None
        if column.kind == "list":
            return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
        return text

    def _write(self, rows: list[Any]) -> None:
        if self._custom_write is not None:
            self._custom_write(rows)
            return
        self.document.push(SetValueCommand(self.document, self.target, self.key, rows,
                                           edit_text(self.key, self.owner),
                                           owner=self.owner))

    def _add(self) -> None:
        rows = copy.deepcopy(self.rows())
        rows.append(self.new_row(rows))
        self._write(rows)
        self.table.setCurrentCell(len(rows) - 1, 0)

    def _remove(self) -> None:
        row = self.table.currentRow()
        rows = copy.deepcopy(self.rows())
        if 0 <= row < len(rows):
            del rows[row]
            self._write(rows)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        rows = copy.deepcopy(self.rows())
        other = row + step
        if 0 <= row < len(rows) and 0 <= other < len(rows):
            rows[row], rows[other] = rows[other], rows[row]
            self._write(rows)
            self.table.setCurrentCell(other, self.table.currentColumn())


class _Refresher(QObject):
    def __init__(self, table: ListTable) -> None:
        super().__init__(table)
        self.list_table = table
        table.document.changed.connect(self._changed)

    def _changed(self, obj: object) -> None:
        if obj is self.list_table.owner:
            self.list_table.refresh()
