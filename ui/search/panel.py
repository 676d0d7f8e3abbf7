"""The find-and-replace panel: layout only; :class:`ui.search.controller.SearchController`
owns the callbacks. Results are grouped by item ("模块一 › 第 2 课"), one row per match."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware.search import Match, SearchOptions
from ui.i18n import tr
from ui.labels import first_line
from ui.search.labels import item_label, part_label, place_label

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 1000  # rows built per search: typing stays quick on a 5,000-question course


class SearchPanel(QWidget):
    match_activated = Signal(object)  # Match
    close_requested = Signal()  # Esc

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-panel")
        self.query = QLineEdit()
        self.query.setObjectName("search-query")
        self.query.setClearButtonEnabled(True)
        self.replacement = QLineEdit()
        self.replacement.setObjectName("search-replacement")
        self.match_case = QCheckBox()
        self.whole_word = QCheckBox()
        self.replace_one_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.find_label.setBuddy(self.query)
        self.replace_label.setBuddy(self.replacement)
        self.status = QLabel()
        self.status.setObjectName("search-status")
        self.status.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("search-results")
        self.results.setColumnCount(1)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_requested)
        self._matches: Sequence[Match] = ()
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        """A narrow column, for a side dock: the fields, the options, the buttons."""
        grid = QGridLayout()
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.query, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replacement, 1, 1)
        grid.setColumnStretch(1, 1)
        options, buttons = QHBoxLayout(), QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_word)
        options.addStretch(1)
        buttons.addStretch(1)
        buttons.addWidget(self.replace_one_button)
        buttons.addWidget(self.replace_all_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(grid)
        column.addLayout(options)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.results, 1)

    def retranslate(self) -> None:
        self.find_label.setText(tr("search.find"))
        self.replace_label.setText(tr("search.replace"))
        self.query.setPlaceholderText(tr("search.find_hint"))
        self.query.setAccessibleName(tr("search.find"))
        self.replacement.setPlaceholderText(tr("search.replace_hint"))
        self.replacement.setAccessibleName(tr("search.replace"))
        self.match_case.setText(tr("search.match_case"))
        self.whole_word.setText(tr("search.whole_word"))
        self.whole_word.setToolTip(tr("search.whole_word_tip"))
        self.replace_one_button.setText(tr("search.replace_one"))
        self.replace_all_button.setText(tr("search.replace_all"))
        self.results.setAccessibleName(tr("search.results_accessible"))
        self.show_matches(self._matches)  # locations in the new language

    def options(self) -> SearchOptions:
        return SearchOptions(self.match_case.isChecked(), self.whole_word.isChecked())

    def show_matches(self, matches: Sequence[Match]) -> None:
        self.results.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        for match in matches[:MAX_LISTED]:
            group = groups.get(id(match.place.item))
            if group is None:
                title = _title(match.place.item)
                label = item_label(match.place)
                group = QTreeWidgetItem([f"{label} · {title}" if title else label])
                group.setToolTip(0, group.text(0))
                groups[id(match.place.item)] = group
                self.results.addTopLevelItem(group)
            before, found, after = (plain(part) for part in match.context())
            row = QTreeWidgetItem(group, [tr("search.row", part=part_label(match.place),
                                             text=f"{before}【{found}】{after}")])
            row.setData(0, MATCH_ROLE, match)
            row.setToolTip(0, place_label(match.place) + "\n" + f"{before}{found}{after}")
        self.results.expandAll()
        self._matches = matches
        self.replace_one_button.setEnabled(bool(matches))
        self.replace_all_button.setEnabled(bool(matches))
        self.show_count()

    def show_count(self) -> None:
        query = self.query.text()
        if not query:
            self.status.setText(tr("search.idle"))
        elif not self._matches:
            self.status.setText(tr("search.none", query=query))
        elif len(self._matches) > MAX_LISTED:
            self.status.setText(tr("search.count_listed", count=len(self._matches),
                                   listed=MAX_LISTED))
        else:
            self.status.setText(tr("search.count", count=len(self._matches)))

    def match_rows(self) -> list[QTreeWidgetItem]:
        groups = [self.results.topLevelItem(g) for g in range(self.results.topLevelItemCount())]
        rows = [group.child(r) for group in groups if group is not None
                for r in range(group.childCount())]
        return [row for row in rows if row is not None]

    def current_match(self) -> Match | None:
        item = self.results.currentItem()
        if item is not None and item.data(0, MATCH_ROLE) is None and item.childCount():
            item = item.child(0)
        if item is None:
            rows = self.match_rows()
            item = rows[0] if rows else None
        return item.data(0, MATCH_ROLE) if item is not None else None

    def select_row(self, number: int) -> None:
        rows = self.match_rows()
        if rows:
            self.results.setCurrentItem(rows[min(number, len(rows) - 1)])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        match = item.data(0, MATCH_ROLE)
        first = item.child(0) if item.childCount() else None
        if match is None and first is not None:
            match = first.data(0, MATCH_ROLE)
        if match is not None:
            self.match_activated.emit(match)


# whole images and links keep their text; the halves a snippet cuts off go, as do emphasis,
# code and heading marks
_MARKS = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|!?\[|\]\([^)\s]*\)?|\*\*|__|`|^#{1,6}\s+")

_TABLE = re.compile(r"\s*\|[\s|:-]*")  # table cell bars and the header's rule


def plain(text: str) -> str:
    """A snippet without Markdown marks ("**增强**" → "增强", "![图](a.png)" → "图")."""
    text = _MARKS.sub(lambda found: found.group(1) or "", text)
    return _TABLE.sub(" ", text).strip()


def _title(item: object) -> str:
    title = getattr(item, "title", "") or getattr(item, "prompt", "")
    return first_line(str(title), 60)
