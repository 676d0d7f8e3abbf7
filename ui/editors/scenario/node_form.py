"""The form of the selected scenario step: its situation, whether the trainee chooses or it
ends, its choices (text, next step from a list or 新建分支, feedback) or its ending."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.editors.card_widgets import AutoText, SelectPlaceholder
from ui.editors.scenario.labels import node_label, node_marker
from ui.editors.scenario.step_combo import StepCombo
from ui.i18n import tr
from ui.theme import colour


class Builder(Protocol):
    """What the form asks of the scenario editor (which owns the undo commands)."""

    question: m.ScenarioQuestion

    def edit_node(self, change: Callable[[m.ScenarioNode], None],
                  merge_key: str | None = None) -> None: ...
    def set_ending(self, ending: bool) -> None: ...
    def add_choice(self) -> None: ...
    def remove_choice(self, index: int) -> None: ...
    def move_choice(self, index: int, delta: int) -> None: ...
    def new_branch(self, index: int) -> None: ...
    def rename_node(self, new_id: str) -> None: ...
    def make_start(self) -> None: ...
    def issues_of(self, node_id: str) -> list[str]: ...


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show model text without an edit signal, and without moving the cursor needlessly."""
    with QSignalBlocker(widget):
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.setText(text)
        elif widget.toPlainText() != text:
            widget.setPlainText(text)


def _auto_text(least: int, most: int) -> AutoText:
    text = AutoText(min_lines=least, max_lines=most)
    text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return text


def _tool(style: QStyle, icon: QStyle.StandardPixmap, key: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(style.standardIcon(icon))
    button.setToolTip(tr(key))
    button.setAccessibleName(tr(key))
    button.setAutoRaise(True)
    return button


class ChoiceCard(QFrame):
    """One choice: what the trainee does, where it leads, the feedback."""

    def __init__(self, builder: Builder, index: int) -> None:
        super().__init__()
        self.builder, self.index = builder, index
        self.setObjectName("scenario-choice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(3)
        layout.addLayout(self._header())
        self.text = _auto_text(2, 5)
        self.text.setPlaceholderText(tr("sb.choice_hint"))
        self.text.setAccessibleName(tr("sb.choice_text"))
        self.text.textChanged.connect(self._write_text)
        layout.addWidget(self.text)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("sb.next"), self._next_row())
        self.feedback = QLineEdit()
        self.feedback.setPlaceholderText(tr("sb.feedback_hint"))
        self.feedback.setAccessibleName(tr("sb.feedback"))
        self.feedback.textEdited.connect(self._write_feedback)
        form.addRow(tr("sb.feedback"), self.feedback)
        layout.addLayout(form)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(f"<b>{tr('sb.choice_title', n=self.index + 1)}</b>")
        row.addWidget(self.title)
        row.addStretch(1)
        self.branch = QPushButton(tr("sb.new_branch"))
        self.branch.setToolTip(tr("sb.new_branch_tip"))
        self.branch.clicked.connect(lambda: self.builder.new_branch(self.index))
        row.addWidget(self.branch)
        style = self.style()
        self.up = _tool(style, QStyle.StandardPixmap.SP_ArrowUp, "sb.move_up")
        self.down = _tool(style, QStyle.StandardPixmap.SP_ArrowDown, "sb.move_down")
        self.remove = _tool(style, QStyle.StandardPixmap.SP_TrashIcon, "sb.remove_choice")
        self.up.clicked.connect(lambda: self.builder.move_choice(self.index, -1))
        self.down.clicked.connect(lambda: self.builder.move_choice(self.index, 1))
        self.remove.clicked.connect(lambda: self.builder.remove_choice(self.index))
        for button in (self.up, self.down, self.remove):
            row.addWidget(button)
        return row

    def _next_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.next = StepCombo()
        self.next.setAccessibleName(tr("sb.next"))
        self.next.activated.connect(self._write_next)
        row.addWidget(self.next, 1)
        return box

    def show_choice(self, choice: m.ScenarioChoice, count: int) -> None:
        question = self.builder.question
        set_text(self.text, choice.text)
        set_text(self.feedback, choice.feedback)
        with QSignalBlocker(self.next):
            self.next.clear()
            ids = [node.id for node in question.nodes]
            if choice.next not in ids:
                self.next.add_step(tr("sb.next_missing", id=choice.next) if choice.next
                                   else tr("sb.next_unset"), choice.next)
            for node in question.nodes:
                self.next.add_step(node_label(question, node, 80), node.id)
            self.next.setCurrentIndex(max(self.next.findData(choice.next), 0))
        self.up.setEnabled(self.index > 0)
        self.down.setEnabled(self.index < count - 1)

    def _write_text(self) -> None:
        text = self.text.toPlainText()
        self.builder.edit_node(lambda n: setattr(n.choices[self.index], "text", text),
                               f"choice-text:{self.index}")

    def _write_feedback(self, text: str) -> None:
        self.builder.edit_node(lambda n: setattr(n.choices[self.index], "feedback", text),
                               f"choice-feedback:{self.index}")

    def _write_next(self, row: int) -> None:
        target = self.next.itemData(row)
        self.builder.edit_node(lambda n: setattr(n.choices[self.index], "next", target))


class NodeForm(QWidget):
    def __init__(self, builder: Builder) -> None:
        super().__init__()
        self.builder = builder
        self.setObjectName("scenario-node-form")
        self.cards: list[ChoiceCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self._situation(layout)
        self._kind(layout)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.add_choice = QPushButton(tr("sb.add_choice"))
        self.add_choice.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.add_choice.clicked.connect(builder.add_choice)
        self.choices_layout.addWidget(self.add_choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.choices_box)
        self._ending(layout)
        self._advanced(layout)
        layout.addStretch(1)

    def _situation(self, layout: QVBoxLayout) -> None:
        label = QLabel(f"<b>{tr('sb.situation')}</b>")
        self.situation = _auto_text(3, 8)
        self.situation.setPlaceholderText(tr("sb.situation_hint"))
        self.situation.setAccessibleName(tr("sb.situation"))
        label.setBuddy(self.situation)
        self.situation.textChanged.connect(self._write_situation)
        SelectPlaceholder(self.situation, "nodes")  # focus selects a new step's starter text
        layout.addWidget(label)
        layout.addWidget(self.situation)

    def _kind(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("sb.kind")))
        self.kind_choices = QRadioButton(tr("sb.kind_choices"))
        self.kind_ending = QRadioButton(tr("sb.kind_ending"))
        group = QButtonGroup(self)
        for button in (self.kind_choices, self.kind_ending):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.kind_ending.toggled.connect(lambda on: self.builder.set_ending(on))
        layout.addLayout(row)

    def _ending(self, layout: QVBoxLayout) -> None:
        self.ending_box = QWidget()
        form = QFormLayout(self.ending_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 100)
        self.score.setDecimals(0)
        self.score.setSuffix(tr("unit.percent"))
        self.score.setToolTip(tr("sb.score_tip"))
        self.score.setAccessibleName(tr("sb.score"))
        self.score.valueChanged.connect(self._write_score)
        self.ending_feedback = _auto_text(2, 6)
        self.ending_feedback.setAccessibleName(tr("sb.ending_feedback"))
        self.ending_feedback.textChanged.connect(self._write_ending_feedback)
        form.addRow(tr("sb.score"), self.score)
        form.addRow(tr("sb.ending_feedback"), self.ending_feedback)
        layout.addWidget(self.ending_box)

    def _advanced(self, layout: QVBoxLayout) -> None:
        self.advanced_button = QToolButton()
        self.advanced_button.setText(tr("sb.advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_box = QWidget()
        form = QFormLayout(self.advanced_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.node_id = QLineEdit()
        self.node_id.setToolTip(tr("sb.node_id_tip"))
        self.node_id.setAccessibleName(tr("sb.node_id"))
        self.node_id.editingFinished.connect(
            lambda: self.builder.rename_node(self.node_id.text().strip()))
        form.addRow(tr("sb.node_id"), self.node_id)
        self.advanced_box.setVisible(False)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        layout.addWidget(self.advanced_button)
        layout.addWidget(self.advanced_box)

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        self.advanced_box.setVisible(shown)

    # -- model -> widgets

    def show_node(self, node: m.ScenarioNode | None) -> None:
        self.setEnabled(node is not None)
        if node is None:
            self.heading.setText("")
            return
        question = self.builder.question
        self.heading.setText(self._heading(question, node))
        set_text(self.situation, node.text)
        set_text(self.node_id, node.id)
        with QSignalBlocker(self.kind_ending), QSignalBlocker(self.kind_choices):
            (self.kind_ending if node.ending is not None else self.kind_choices).setChecked(True)
        self.choices_box.setVisible(node.ending is None or bool(node.choices))
        self.ending_box.setVisible(node.ending is not None)
        if node.ending is not None:
            with QSignalBlocker(self.score):
                self.score.setValue(node.ending.score_percent)
            set_text(self.ending_feedback, node.ending.feedback)
        self._show_choices(node.choices)

    def _heading(self, question: m.ScenarioQuestion, node: m.ScenarioNode) -> str:
        """The step's kind, and in red what needs doing (dead end, unreachable …)."""
        marker = node_marker(question, node) or tr("sb.marker_step")
        issues = self.builder.issues_of(node.id)
        lines = [f"<b>{html.escape(marker)}</b>"]
        red = colour("graph.border.problem")
        lines += [f"<span style='color:{red}'>{html.escape(text)}</span>" for text in issues]
        return "<br>".join(lines)

    def _show_choices(self, choices: list[m.ScenarioChoice]) -> None:
        while len(self.cards) > len(choices):
            card = self.cards.pop()
            card.setParent(None)
            card.deleteLater()
        while len(self.cards) < len(choices):
            card = ChoiceCard(self.builder, len(self.cards))
            self.choices_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        for card, choice in zip(self.cards, choices, strict=True):
            card.show_choice(choice, len(choices))

    # -- widgets -> model

    def _write_situation(self) -> None:
        text = self.situation.toPlainText()
        self.builder.edit_node(lambda n: setattr(n, "text", text), "situation")

    def _write_score(self, value: float) -> None:
        def change(node: m.ScenarioNode) -> None:
            if node.ending is not None:
                node.ending.score_percent = int(value) if value.is_integer() else value
        self.builder.edit_node(change, "score")

    def _write_ending_feedback(self) -> None:
        text = self.ending_feedback.toPlainText()

        def change(node: m.ScenarioNode) -> None:
            if node.ending is not None:
                node.ending.feedback = text
        self.builder.edit_node(change, "ending-feedback")
