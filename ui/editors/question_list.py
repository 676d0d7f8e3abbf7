"""The quiz editor's list of questions: number, type, start of the prompt, points, problems.

Layout only: the buttons and the drag-and-drop emit signals; a controller
(:mod:`ui.quiz_questions`) changes the quiz through undoable commands and refills the rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from ui.actions import QUESTION_ICONS
from ui.i18n import tr
from ui.icons import icon
from ui.labels import question_type_name


@dataclass(frozen=True)
class QuestionRow:
    number: int
    type_name: str
    prompt: str
    points: float
    problems: tuple[str, ...] = ()


class QuestionTable(QTreeWidget):
    """Rows move by drag and drop, but only by asking: ``move_requested(row, to_row)``.

    Delete, Ctrl+D and Ctrl+Shift+Up/Down act on the selected row here (``key_command``), not
    on the course tree's selection (the quiz) through the window's shortcuts."""

    move_requested = Signal(int, int)
    key_command = Signal(str)  # delete | duplicate | up | down
    COLUMNS = ("quizlist.number", "quizlist.type", "quizlist.prompt", "quizlist.points",
               "quizlist.check")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("quiz-question-list")
        self.setColumnCount(len(self.COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setHeaderLabels([tr(key) for key in self.COLUMNS])
        self.setAccessibleName(tr("quizlist.accessible"))

    def _command(self, event: QKeyEvent) -> str | None:
        pressed = QKeySequence(event.keyCombination().toCombined())
        keys = {QKeySequence(QKeySequence.StandardKey.Delete): "delete",
                QKeySequence("Ctrl+D"): "duplicate", QKeySequence("Ctrl+Shift+Up"): "up",
                QKeySequence("Ctrl+Shift+Down"): "down"}
        return next((name for keys_, name in keys.items()
                     if keys_.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._command(event) is not None:
            event.accept()  # handled below, as a key press of this list
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.key_command.emit(command)

    def drop_row(self, position: QPoint) -> int:
        """The row a drop at ``position`` lands before (the row count: at the end)."""
        item = self.itemAt(position)
        if item is None:
            return self.topLevelItemCount()
        row = self.indexOfTopLevelItem(item)
        rect = self.visualItemRect(item)
        return row + 1 if position.y() > rect.center().y() else row

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentItem()
        if event.source() not in (self, None) or source is None:  # only rows of this list
            event.ignore()
            return
        row = self.indexOfTopLevelItem(source)
        target = self.drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model moves, then rows refill
        event.accept()
        if target > row:
            target -= 1
        if target != row:
            self.move_requested.emit(row, target)


class QuestionListView(QWidget):
    add_requested = Signal(str)  # question type
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    step_requested = Signal(int, int)  # row, -1 up / +1 down
    move_to_quiz_requested = Signal(int)
    open_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.table = QuestionTable()
        self.table.itemActivated.connect(lambda item, _c: self.open_requested.emit(
            self.table.indexOfTopLevelItem(item)))
        self.add_button = QToolButton()
        self.add_button.setObjectName("add-question")
        self.add_button.setText(tr("quizlist.add"))
        self.add_button.setAccessibleName(tr("quizlist.add"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.type_menu = QMenu(self.add_button)
        for type_name in m.QUESTION_TYPES:
            action = self.type_menu.addAction(icon(QUESTION_ICONS[type_name]),
                                              question_type_name(type_name))
            action.setObjectName(f"add-{type_name}")
            action.triggered.connect(lambda _=False, t=type_name: self.add_requested.emit(t))
        self.add_button.setMenu(self.type_menu)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self._button_row())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.key_command.connect(lambda name: self.buttons[name].click())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        for name, signal in (("duplicate", self.duplicate_requested),
                             ("delete", self.delete_requested),
                             ("up", None), ("down", None),
                             ("move_to_quiz", self.move_to_quiz_requested)):
            button = QPushButton(tr(f"quizlist.{name}"))
            button.setObjectName(f"question-{name}")
            button.setAccessibleName(tr(f"quizlist.{name}"))
            if signal is not None:
                button.clicked.connect(lambda _=False, s=signal: self._emit_for_current(s))
            else:
                step = -1 if name == "up" else 1
                button.clicked.connect(lambda _=False, s=step: self._step(s))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _emit_for_current(self, signal: Signal) -> None:  # type: ignore[valid-type]
        row = self.current_row()
        if row >= 0:
            signal.emit(row)  # type: ignore[attr-defined]

    def _step(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.step_requested.emit(row, step)

    def current_row(self) -> int:
        item = self.table.currentItem()
        return self.table.indexOfTopLevelItem(item) if item is not None else -1

    def select_row(self, row: int) -> None:
        item = self.table.topLevelItem(row)
        if item is not None:
            self.table.setCurrentItem(item)

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.table.topLevelItemCount()
        for name, button in self.buttons.items():
            enabled = row >= 0
            if name == "up":
                enabled = row > 0
            elif name == "down":
                enabled = 0 <= row < count - 1
            button.setEnabled(enabled)

    def show_rows(self, rows: list[QuestionRow]) -> None:
        current = self.current_row()
        self.table.clear()
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in rows:
            item = QTreeWidgetItem([str(row.number), question_type_name(row.type_name),
                                    row.prompt, f"{row.points:g}", ""])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(2, row.prompt)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            if row.problems:
                item.setIcon(4, warning)
                item.setText(4, tr("quizlist.problems", count=len(row.problems)))
                item.setToolTip(4, "\n".join(row.problems))
            self.table.addTopLevelItem(item)
        lines = min(max(len(rows), 3), 12)
        self.table.setMinimumHeight(self.table.header().sizeHint().height()
                                    + lines * max(self.table.sizeHintForRow(0), 24) + 6)
        if 0 <= current < len(rows):
            self.select_row(current)
        self._update_buttons()
