"""The course contents with progress per module: one click (or Enter) opens a lesson, case
study or quiz, and "Continue" opens the first item not yet done."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.theme import themed
from ui.trainee.classroom import Classroom
from ui.trainee.strings import tr

# white on the kiosk's blue: 6.9:1 (WCAG AA asks 4.5:1)
CONTINUE_STYLE = ("QPushButton#continue { background:#1a56c4; color:#ffffff; font-weight:bold;"
                  " border-radius:6px; padding:8px 16px; text-align:left; }"
                  "QPushButton#continue:focus { border:3px solid #f2b705; }")


def item_kind(item: m.ModuleItem) -> str:
    if isinstance(item, m.Quiz):
        return tr("trainee.item.quiz")
    if isinstance(item, m.CaseStudy):
        return tr("trainee.item.case")
    return tr("trainee.item.lesson")


CONTENTS_STYLE = ("QTreeWidget#contents::item { min-height: 44px; padding: 2px 4px; }"
                  "QTreeWidget#contents::item:selected { background:#1a56c4; color:#ffffff; }")


def course_sequence(course: m.Course) -> list[m.ModuleItem]:
    """Every item in the order of the course: introduction, modules, final exam."""
    items: list[m.ModuleItem] = []
    if course.introduction is not None:
        items.append(course.introduction)
    for module in course.modules:
        items.extend(module.items)
    if course.final_exam is not None:
        items.append(course.final_exam)
    return items


class ContentsTree(QTreeWidget):
    """One click opens an item; Enter or Space opens the current one."""

    opened = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.itemClicked.connect(lambda row, _column: self._open(row))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and \
                current is not None:
            self._open(current)
            return
        super().keyPressEvent(event)

    def _open(self, row: QTreeWidgetItem) -> None:
        item = row.data(0, Qt.ItemDataRole.UserRole)
        if item is not None:
            self.opened.emit(item)


class HomePage(QWidget):
    item_opened = Signal(object)  # a participant Lesson/CaseStudy or a Quiz

    def __init__(self, classroom: Classroom) -> None:
        super().__init__()
        self.setObjectName("home-page")
        self.classroom = classroom
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continue")
        self.continue_button.setMinimumHeight(52)
        self.continue_button.setStyleSheet(CONTINUE_STYLE)
        self.continue_button.clicked.connect(self.continue_learning)
        self.all_done = QLabel(tr("trainee.home.all_done"))
        self.all_done.setWordWrap(True)
        self.all_done.setStyleSheet(themed("color:#1d6b2c; font-weight:bold;"))
        self.progress = QProgressBar()
        self.progress.setFormat(tr("trainee.home.overall", done="%v", total="%m"))
        self.progress.setMinimumHeight(28)
        where = QLabel(tr("trainee.home.where"))
        where.setWordWrap(True)
        self.tree = ContentsTree()
        self.tree.setObjectName("contents")
        self.tree.setAccessibleName(tr("trainee.home.title"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setStyleSheet(CONTENTS_STYLE)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.opened.connect(self.item_opened)
        self.next_item: m.ModuleItem | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.all_done)
        layout.addWidget(self.progress)
        layout.addWidget(where)
        layout.addWidget(self.tree, 1)
        self.setTabOrder(self.continue_button, self.tree)

    def refresh(self) -> None:
        course = self.classroom.reading_course
        self.heading.setText(f"<h1>{escape(course.title)}</h1>"
                             f"<h3>{escape(tr('trainee.home.title'))}</h3>")
        self.tree.clear()
        done_total = [0, 0]
        if course.introduction is not None:
            self._add_item(self.tree.invisibleRootItem(), course.introduction,
                           tr("trainee.home.introduction"))
        for module in course.modules:
            done, total = self.classroom.module_progress(module)
            done_total[0] += done
            done_total[1] += total
            row = QTreeWidgetItem([module.title, tr("trainee.home.progress", done=done,
                                                    total=total)])
            row.setData(0, Qt.ItemDataRole.UserRole, None)
            self.tree.addTopLevelItem(row)
            for item in module.items:
                self._add_item(row, item, item_kind(item))
            row.setExpanded(True)
        if course.final_exam is not None:
            self._add_item(self.tree.invisibleRootItem(), course.final_exam,
                           tr("trainee.home.final_exam"))
        self.progress.setRange(0, max(done_total[1], 1))
        self.progress.setValue(done_total[0])
        self._show_next()

    def _show_next(self) -> None:
        """What next: the first item of the course not done yet."""
        course = self.classroom.reading_course
        self.next_item = next((item for item in course_sequence(course)
                               if not self.classroom.item_done(item)), None)
        self.continue_button.setVisible(self.next_item is not None)
        self.all_done.setVisible(self.next_item is None)
        row = None
        if self.next_item is not None:
            title = f"{item_kind(self.next_item)} · {self.next_item.title}"
            self.continue_button.setText(tr("trainee.home.continue", title=title) + "  ▶")
            self.continue_button.setAccessibleName(tr("trainee.home.continue", title=title))
            self.continue_button.setFocus()
            row = self._row_of(self.next_item.id)
        else:
            self.tree.setFocus()
        row = row or self.tree.topLevelItem(0)
        if row is not None:
            self.tree.setCurrentItem(row)

    def continue_learning(self) -> None:
        if self.next_item is not None:
            self.item_opened.emit(self.next_item)

    def _row_of(self, item_id: str) -> QTreeWidgetItem | None:
        for row in self._rows(self.tree.invisibleRootItem()):
            item = row.data(0, Qt.ItemDataRole.UserRole)
            if item is not None and item.id == item_id:
                return row
        return None

    def _add_item(self, parent: QTreeWidgetItem, item: m.ModuleItem, kind: str) -> None:
        done = self.classroom.item_done(item)
        status = f"✓ {tr('trainee.item.done')}" if done else ""
        row = QTreeWidgetItem([f"{kind} · {item.title}", status])
        row.setToolTip(0, item.title)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{kind} {item.title} {status}")
        row.setData(0, Qt.ItemDataRole.UserRole, item)
        parent.addChild(row)

    def open_item(self, item_id: str) -> None:
        """Open an item by id (as a click on its row would)."""
        row = self._row_of(item_id)
        if row is None:
            raise KeyError(item_id)
        self.item_opened.emit(row.data(0, Qt.ItemDataRole.UserRole))

    def _rows(self, parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        rows = []
        for index in range(parent.childCount()):
            child = parent.child(index)
            if child is not None:
                rows.append(child)
                rows.extend(self._rows(child))
        return rows
