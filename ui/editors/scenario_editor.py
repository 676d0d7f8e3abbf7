"""The scenario builder: the steps listed by their text and the selected step's form on one
side, the interactive map on the other (a splitter), every edit one undo step."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.scenario import edits
from ui.editors.scenario.commands import ScenarioEditCommand
from ui.editors.scenario.delete_dialog import DeleteDecision, ask_delete
from ui.editors.scenario.labels import node_label
from ui.editors.scenario.node_form import NodeForm
from ui.editors.scenario.problems import NodeIssue, node_issues
from ui.editors.scenario_graph import ScenarioMap
from ui.i18n import tr

MIN_LINES = 26  # the builder's least height, in text lines
MAP_DELAY_MS = 250  # the map follows typing this long after the last key


def _shape(question: m.ScenarioQuestion) -> object:
    """What changes the map's boxes and arrows other than their text."""
    return question.start, tuple(
        (node.id, None if node.ending is None else node.ending.score_percent,
         tuple(choice.next for choice in node.choices)) for node in question.nodes)


class ScenarioEditor(QWidget):
    def __init__(self, document: CourseDocument, question: m.ScenarioQuestion) -> None:
        super().__init__()
        self.document, self.question = document, question
        self.setObjectName("scenario-editor")
        self.current_id: str | None = None
        # how a deletion with incoming choices is decided (a dialog; tests answer directly)
        self.ask_delete: Callable[[m.ScenarioNode], DeleteDecision | None] = (
            lambda node: ask_delete(self, self.question, node))
        self.map = ScenarioMap()
        self.map.setAccessibleName(tr("sb.map"))
        self.map.memory_key = f"{document.course.id}/{question.id}"
        self.map.node_selected.connect(self.select_node)
        self.map.menu_requested.connect(self._map_menu)
        self.map.node_opened.connect(self._open_step)
        self.form = NodeForm(self)
        self.issues: dict[str, list[NodeIssue]] = {}
        self._shape: object = None
        self._map_timer = QTimer(self)
        self._map_timer.setSingleShot(True)
        self._map_timer.setInterval(MAP_DELAY_MS)
        self._map_timer.timeout.connect(lambda: self.map.show_question(self.question))
        self._layout()
        self._viewport: QWidget | None = None
        document.changed.connect(self._model_changed)
        self._refresh()
        if question.nodes:
            self.select_node(question.start if question.node(question.start)
                             else question.nodes[0].id)

    # -- layout

    def _layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scenario-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._steps_side())
        self.splitter.addWidget(self._map_side())
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * MIN_LINES)

    def _steps_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{tr('sb.steps')}</b>"))
        self.node_list = QListWidget()
        self.node_list.setObjectName("scenario-steps")
        self.node_list.setAccessibleName(tr("sb.steps"))
        self.node_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.node_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.node_list.setIconSize(QSize(icon, icon))
        self.node_list.currentRowChanged.connect(self._row_chosen)
        self.node_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.node_list.customContextMenuRequested.connect(
            lambda pos: self.step_menu().exec(self.node_list.viewport().mapToGlobal(pos)))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.node_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_node)
        layout.addWidget(self.node_list)
        layout.addLayout(self._step_buttons())
        self.form_area = QScrollArea()
        self.form_area.setObjectName("scenario-form-area")
        self.form_area.setWidgetResizable(True)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setWidget(self.form)
        layout.addWidget(self.form_area, 1)
        return side

    def _step_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        style = self.style()
        self.add_button = QPushButton(style.standardIcon(
            QStyle.StandardPixmap.SP_FileDialogNewFolder), tr("sb.add_node"))
        self.duplicate_button = QPushButton(tr("sb.duplicate_node"))
        self.delete_button = QPushButton(style.standardIcon(
            QStyle.StandardPixmap.SP_TrashIcon), tr("sb.delete_node"))
        self.start_button = QPushButton(tr("sb.make_start"))
        for button, slot in ((self.add_button, self.add_node),
                             (self.duplicate_button, self.duplicate_node),
                             (self.delete_button, self.delete_node),
                             (self.start_button, self.make_start)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def step_menu(self) -> QMenu:
        """The right-click menu of a step (in the list and on the map)."""
        menu = QMenu(self)
        for button in (self.add_button, self.duplicate_button, self.start_button,
                       self.delete_button):
            action = menu.addAction(button.icon(), button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def _map_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(f"<b>{tr('sb.map')}</b>"))
        bar.addStretch(1)
        style = self.style()
        for key, icon, slot in (
                ("sb.zoom_out", QStyle.StandardPixmap.SP_ArrowDown, self.map.zoom_out),
                ("sb.zoom_in", QStyle.StandardPixmap.SP_ArrowUp, self.map.zoom_in),
                ("sb.fit", QStyle.StandardPixmap.SP_TitleBarMaxButton, self.map.fit),
                ("sb.relayout", QStyle.StandardPixmap.SP_BrowserReload, self.map.relayout)):
            button = QToolButton()
            button.setText(tr(key))
            button.setIcon(style.standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(tr("sb.relayout_tip") if key == "sb.relayout" else tr(key))
            button.setObjectName(key.replace(".", "-"))
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)
        legend = QLabel(tr("sb.legend"))
        legend.setWordWrap(True)
        legend.setObjectName("scenario-legend")
        layout.addWidget(legend)
        return side

    # -- as tall as the editor area shows, so list, form and map are on one screen

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        area = self._enclosing_scroll_area()
        if area is not None and self._viewport is not area.viewport():
            self._viewport = area.viewport()
            self._viewport.installEventFilter(self)
            self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return False

    def _enclosing_scroll_area(self) -> QAbstractScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        return parent

    def _fit_height(self) -> None:
        if self._viewport is not None:
            least = self.fontMetrics().lineSpacing() * MIN_LINES
            self.setFixedHeight(max(self._viewport.height() - 16, least))

    # -- model -> widgets

    def _model_changed(self, obj: object) -> None:
        if obj is self.question:
            self._refresh()

    def _refresh(self) -> None:
        """The list and form at once; the map at once when links or kinds changed, else a
        moment after typing stops (a long scenario is not redrawn for every key)."""
        shape = _shape(self.question)
        if shape != self._shape:
            self._shape = shape
            self._map_timer.stop()
            self.map.show_question(self.question)
        else:
            self._map_timer.start()
        self.issues = node_issues(self.question)
        issues = self.issues
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        with QSignalBlocker(self.node_list):
            # rows are updated in place while the count stays (typing keeps the list still)
            while self.node_list.count() > len(self.question.nodes):
                self.node_list.takeItem(self.node_list.count() - 1)
            while self.node_list.count() < len(self.question.nodes):
                self.node_list.addItem(QListWidgetItem())
            for row, node in enumerate(self.question.nodes):
                self._show_row(self.node_list.item(row), node, issues.get(node.id, []),
                               warning)
        if self.current_id is not None and self.question.node(self.current_id) is None:
            self.current_id = self.question.nodes[0].id if self.question.nodes else None
        self._show_current()

    def _show_row(self, item: QListWidgetItem, node: m.ScenarioNode, found: list[NodeIssue],
                  warning: QIcon) -> None:
        item.setText(node_label(self.question, node, 60))
        item.setData(Qt.ItemDataRole.UserRole, node.id)
        item.setIcon(warning if found else QIcon())
        item.setData(Qt.ItemDataRole.ForegroundRole,
                     QBrush(QColor("#a32020")) if found else None)  # None: the theme's colour
        item.setToolTip("\n\n".join(issue.explanation for issue in found))

    def _show_current(self) -> None:
        node = self.current_node()
        row = next((i for i, n in enumerate(self.question.nodes) if node is n), -1)
        with QSignalBlocker(self.node_list):
            self.node_list.setCurrentRow(row)
        self.form.show_node(node)
        self.map.select(self.current_id)
        self.duplicate_button.setEnabled(node is not None)
        self.delete_button.setEnabled(node is not None)
        self.start_button.setEnabled(node is not None and node.id != self.question.start)

    def _open_step(self, node_id: str) -> None:
        self.select_node(node_id)
        self.form_area.ensureWidgetVisible(self.form.situation)
        self.form.situation.setFocus()

    def _map_menu(self, node_id: str, where: QPoint) -> None:
        self.select_node(node_id)
        self.step_menu().exec(where)

    def issues_of(self, node_id: str) -> list[str]:
        return [issue.explanation for issue in self.issues.get(node_id, [])]

    def current_node(self) -> m.ScenarioNode | None:
        return self.question.node(self.current_id) if self.current_id else None

    def select_node(self, node_id: str) -> None:
        if self.question.node(node_id) is not None:
            self.current_id = node_id
            self._show_current()

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.question.nodes):
            self.select_node(self.question.nodes[row].id)

    # -- widgets -> model: each edit is one command on the document's undo stack

    def _push(self, nodes: list[m.ScenarioNode], key: str = "sb.undo_edit",
              start: str | None = None, merge_key: str | None = None) -> None:
        self.document.push(ScenarioEditCommand(
            self.document, self.question, self.question.start if start is None else start,
            nodes, tr(key), merge_key))

    def edit_node(self, change: Callable[[m.ScenarioNode], None],
                  merge_key: str | None = None) -> None:
        node = self.current_node()
        if node is None:
            return
        nodes = copy.deepcopy(self.question.nodes)
        edited = edits.find(nodes, node.id)
        before = copy.deepcopy(edited)
        change(edited)
        if edited != before:
            self._push(nodes, merge_key=f"{node.id}:{merge_key}" if merge_key else None)

    def _edit_current(self, edit: Callable[[list[m.ScenarioNode], str], list[m.ScenarioNode]],
                      ) -> None:
        if self.current_id is not None:
            self._push(edit(self.question.nodes, self.current_id))

    def set_ending(self, ending: bool) -> None:
        self._edit_current(lambda nodes, node_id: edits.set_ending(nodes, node_id, ending))

    def add_choice(self) -> None:
        self._edit_current(edits.add_choice)
        if self.form.cards:
            self.form.cards[-1].text.setFocus()

    def remove_choice(self, index: int) -> None:
        self._edit_current(lambda nodes, node_id: edits.remove_choice(nodes, node_id, index))

    def move_choice(self, index: int, delta: int) -> None:
        self._edit_current(lambda nodes, node_id: edits.move_choice(nodes, node_id, index,
                                                                    delta))

    def new_branch(self, index: int) -> None:
        """新建分支: a new step, the choice leads to it, and it is opened for editing."""
        if self.current_id is None:
            return
        nodes, new_id = edits.new_branch(self.question.nodes, self.current_id, index)
        self._push(nodes, "sb.undo_branch")
        self.select_node(new_id)
        self.form.situation.setFocus()

    def add_node(self) -> None:
        nodes, new_id = edits.add_node(self.question.nodes, self.current_id)
        start = self.question.start if self.question.nodes else new_id
        self._push(nodes, "sb.undo_add", start=start)
        self.select_node(new_id)
        self.form.situation.setFocus()

    def duplicate_node(self) -> None:
        if self.current_id is not None:
            nodes, new_id = edits.duplicate_node(self.question.nodes, self.current_id)
            self._push(nodes, "sb.undo_add")
            self.select_node(new_id)

    def delete_node(self) -> None:
        node = self.current_node()
        if node is None:
            return
        others = [n for n in self.question.nodes if n is not node]
        linked = edits.incoming(self.question.nodes, node.id)
        if linked or (node.id == self.question.start and others):
            decision = self.ask_delete(node)  # what becomes of the links (undo brings it back)
            if decision is None:
                return
        else:
            decision = DeleteDecision(None)
        start, nodes = edits.delete_node(self.question.start, self.question.nodes, node.id,
                                         decision.redirect)
        self.current_id = decision.redirect or (nodes[0].id if nodes else None)
        self._push(nodes, "sb.undo_delete", start=start)

    def make_start(self) -> None:
        if self.current_id is not None:
            self._push(copy.deepcopy(self.question.nodes), start=self.current_id)

    def rename_node(self, new_id: str) -> None:
        old = self.current_id
        if old is None or not new_id or new_id == old or self.question.node(new_id):
            self._show_current()  # an empty or taken id: show the old one again
            return
        start, nodes = edits.rename_node(self.question.start, self.question.nodes, old, new_id)
        self.current_id = new_id
        self._push(nodes, start=start)
