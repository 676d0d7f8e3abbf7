"""The course contents with progress per module; opening a lesson, case study or quiz."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.trainee.classroom import Classroom
from ui.trainee.strings import tr


def item_kind(item: m.ModuleItem) -> str:
    if isinstance(item, m.Quiz):
        return tr("trainee.item.quiz")
    if isinstance(item, m.CaseStudy):
        return tr("trainee.item.case")
    return tr("trainee.item.lesson")


class HomePage(QWidget):
    item_opened = Signal(object)  # a participant Lesson/CaseStudy or a Quiz

    def __init__(self, classroom: Classroom) -> None:
        super().__init__()
        self.setObjectName("home-page")
        self.classroom = classroom
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.tree = QTreeWidget()
        self.tree.setObjectName("contents")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)

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
        self.tree.resizeColumnToContents(0)
        self.tree.setFocus()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add_item(self, parent: QTreeWidgetItem, item: m.ModuleItem, kind: str) -> None:
        done = self.classroom.item_done(item)
        status = f"✓ {tr('trainee.item.done')}" if done else ""
        row = QTreeWidgetItem([f"{kind} · {item.title}", status])
        row.setData(0, Qt.ItemDataRole.UserRole, item)
        parent.addChild(row)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, Qt.ItemDataRole.UserRole)
        if item is not None:
            self.item_opened.emit(item)

    def open_item(self, item_id: str) -> None:
        """Open an item by id (as a double click would)."""
        for row in self._rows(self.tree.invisibleRootItem()):
            item = row.data(0, Qt.ItemDataRole.UserRole)
            if item is not None and item.id == item_id:
                self.item_opened.emit(item)
                return
        raise KeyError(item_id)

    def _rows(self, parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        rows = []
        for index in range(parent.childCount()):
            child = parent.child(index)
            if child is not None:
                rows.append(child)
                rows.extend(self._rows(child))
        return rows
