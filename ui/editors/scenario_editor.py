"""The branching-scenario editor: node list, the selected node's text/choices/ending, graph."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.commands import SetValueCommand
from ui.document import CourseDocument
from ui.editors.list_table import Column, ListTable
from ui.editors.scenario_graph import ScenarioGraphView
from ui.i18n import tr


def new_node_id(question: m.ScenarioQuestion) -> str:
    used = {node.id for node in question.nodes}
    number = len(used) + 1
    while f"n{number}" in used:
        number += 1
    return f"n{number}"


class ScenarioEditor(QWidget):
    def __init__(self, document: CourseDocument, question: m.ScenarioQuestion) -> None:
        super().__init__()
        self.document, self.question = document, question
        self.setObjectName("scenario-editor")
        self.start = QLineEdit()
        self.node_list = QListWidget()
        self.node_list.setAccessibleName(tr("scenario.nodes"))
        self.node_list.currentRowChanged.connect(self._show_node)
        self.node_id = QLineEdit()
        self.node_text = QPlainTextEdit()
        self.node_text.setTabChangesFocus(True)
        self.node_text.setMaximumHeight(self.node_text.fontMetrics().lineSpacing() * 5 + 12)
        self.is_ending = QCheckBox(tr("scenario.is_ending"))
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 100)
        self.score.setSuffix(tr("unit.percent"))
        self.ending_feedback = QLineEdit()
        self.choices = ListTable(document, question, "nodes", [
            Column("scenario.choice_text", "text"), Column("scenario.next", "next"),
            Column("field.feedback", "feedback"),
        ], lambda rows: m.ScenarioChoice(text="", next=""), owner=question,
            accessible_key="scenario.choices", read=self._current_choices,
            write=self._write_choices)
        self.graph = ScenarioGraphView()
        self.graph.setAccessibleName(tr("scenario.graph"))
        self.graph.node_clicked.connect(self.select_node)
        self._layout()
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 44)
        self._connect_fields()
        document.changed.connect(self._model_changed)
        self._refresh()

    # -- layout

    def _layout(self) -> None:
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        start_row = QFormLayout()
        start_label = QLabel(tr("scenario.start"))
        start_label.setBuddy(self.start)
        self.start.setAccessibleName(tr("scenario.start"))
        start_row.addRow(start_label, self.start)
        list_layout.addLayout(start_row)
        list_layout.addWidget(QLabel(tr("scenario.nodes")))
        list_layout.addWidget(self.node_list, 1)
        buttons = QHBoxLayout()
        for key, slot in (("scenario.add_node", self.add_node),
                          ("scenario.remove_node", self.remove_node)):
            button = QPushButton(tr(key))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        list_layout.addLayout(buttons)
        node_box = QWidget()
        form = QFormLayout(node_box)
        for key, widget in (("scenario.node_id", self.node_id),
                            ("scenario.node_text", self.node_text),
                            ("scenario.choices", self.choices),
                            ("scenario.score", self.score),
                            ("scenario.ending_feedback", self.ending_feedback)):
            label = QLabel(tr(key))
            label.setBuddy(widget)
            widget.setAccessibleName(tr(key))
            form.addRow(label, widget)
            if key == "scenario.choices":
                form.addRow("", self.is_ending)
        self.is_ending.setAccessibleName(tr("scenario.is_ending"))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(list_box)
        top.addWidget(node_box)
        top.setStretchFactor(1, 3)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(self.graph)
        outer.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(tr("scenario.legend"))
        legend.setWordWrap(True)
        layout.addWidget(outer, 1)
        layout.addWidget(legend)

    def _connect_fields(self) -> None:
        self.start.textEdited.connect(self._write_start)
        self.node_id.editingFinished.connect(
            lambda: self._edit_node(lambda n: setattr(n, "id", self.node_id.text().strip())))
        self.node_text.textChanged.connect(self._write_node_text)
        self.is_ending.toggled.connect(self._toggle_ending)
        self.score.valueChanged.connect(lambda v: self._edit_ending("score_percent", v))
        self.ending_feedback.textEdited.connect(lambda t: self._edit_ending("feedback", t))

    # -- model → widgets

    def _model_changed(self, obj: object) -> None:
        if obj is self.question:
            self._refresh()

    def _refresh(self) -> None:
        row = max(self.node_list.currentRow(), 0)
        with QSignalBlocker(self.node_list), QSignalBlocker(self.start):
            if self.start.text() != self.question.start:
                self.start.setText(self.question.start)
            self.node_list.clear()
            problems = set()
            self.graph.show_question(self.question)
            problems = self.graph.problem_ids
            for node in self.question.nodes:
                marker = tr("scenario.problem_marker") if node.id in problems else ""
                kind = tr("scenario.ending_marker") if node.ending is not None else ""
                self.node_list.addItem(f"{node.id} {kind}{marker}".strip())
            if self.question.nodes:
                self.node_list.setCurrentRow(min(row, len(self.question.nodes) - 1))
        self._show_node(self.node_list.currentRow())

    def current_node(self) -> m.ScenarioNode | None:
        row = self.node_list.currentRow()
        nodes = self.question.nodes
        return nodes[row] if 0 <= row < len(nodes) else None

    def _show_node(self, _row: int) -> None:
        node = self.current_node()
        widgets = (self.node_id, self.node_text, self.is_ending, self.score, self.ending_feedback)
        for widget in widgets:
            widget.setEnabled(node is not None)
        if node is None:
            return
        with (QSignalBlocker(self.node_id), QSignalBlocker(self.node_text),
              QSignalBlocker(self.is_ending), QSignalBlocker(self.score),
              QSignalBlocker(self.ending_feedback)):
            if self.node_id.text() != node.id:
                self.node_id.setText(node.id)
            if self.node_text.toPlainText() != node.text:
                self.node_text.setPlainText(node.text)
            self.is_ending.setChecked(node.ending is not None)
            self.score.setValue(node.ending.score_percent if node.ending else 0)
            self.ending_feedback.setText(node.ending.feedback if node.ending else "")
        self.score.setEnabled(node.ending is not None)
        self.ending_feedback.setEnabled(node.ending is not None)
        self.choices.refresh()

    def select_node(self, node_id: str) -> None:
        for row, node in enumerate(self.question.nodes):
            if node.id == node_id:
                self.node_list.setCurrentRow(row)

    # -- widgets → model (each edit replaces the node list through one undoable command)

    def _push_nodes(self, nodes: list[m.ScenarioNode], merge_key: str | None = None) -> None:
        self.document.push(SetValueCommand(self.document, self.question, "nodes", nodes,
                                           tr("undo.edit_field", field="nodes"),
                                           merge_key=merge_key))

    def _write_node_text(self) -> None:
        """Typing in a node's text is one undo step, like typing in any other field."""
        node = self.current_node()
        text = self.node_text.toPlainText()
        if node is not None:
            self._edit_node(lambda n: setattr(n, "text", text), f"node-text:{node.id}")

    def _edit_node(self, change: Callable[[m.ScenarioNode], Any],
                   merge_key: str | None = None) -> None:
        row = self.node_list.currentRow()
        if not 0 <= row < len(self.question.nodes):
            return
        nodes = copy.deepcopy(self.question.nodes)
        before = copy.deepcopy(nodes[row])
        change(nodes[row])
        if nodes[row] != before:
            self._push_nodes(nodes, merge_key)

    def _current_choices(self) -> list[m.ScenarioChoice]:
        node = self.current_node()
        return list(node.choices) if node else []

    def _write_choices(self, rows: list[m.ScenarioChoice]) -> None:
        self._edit_node(lambda n: setattr(n, "choices", rows))

    def _toggle_ending(self, checked: bool) -> None:
        self._edit_node(lambda n: setattr(n, "ending", m.ScenarioEnding() if checked else None))

    def _edit_ending(self, attr: str, value: object) -> None:
        def change(node: m.ScenarioNode) -> None:
            if node.ending is not None:
                setattr(node.ending, attr, value)
        self._edit_node(change)

    def _write_start(self, text: str) -> None:
        self.document.push(SetValueCommand(self.document, self.question, "start", text.strip(),
                                           tr("undo.edit_field", field="start")))

    def add_node(self) -> None:
        nodes = copy.deepcopy(self.question.nodes)
        nodes.append(m.ScenarioNode(id=new_node_id(self.question)))
        self._push_nodes(nodes)
        self.node_list.setCurrentRow(len(nodes) - 1)

    def remove_node(self) -> None:
        row = self.node_list.currentRow()
        if 0 <= row < len(self.question.nodes):
            nodes = copy.deepcopy(self.question.nodes)
            del nodes[row]
            self._push_nodes(nodes)
