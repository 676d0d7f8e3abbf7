"""One answer widget per question type: a view that shows and emits the answer value.

Each widget emits ``answered`` with the value in the engine's answer contract
(:mod:`courseware.engine.attempt`); it never grades or checks anything.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.engine import JSONValue
from courseware.engine.grading.numerical import number_text, read_number
from courseware.engine.review_text import shown_options
from ui.i18n import tr


class AnswerWidget(QWidget):
    answered = Signal(object)  # the answer value (JSONValue); None when cleared

    def set_value(self, value: JSONValue) -> None:
        """Show a value already given (no signal)."""

    def value(self) -> JSONValue:
        raise NotImplementedError


class ChoiceAnswer(AnswerWidget):
    """Radio buttons (single choice, true/false) or check boxes (multiple choice)."""

    def __init__(self, choices: list[tuple[JSONValue, str]], multiple: bool) -> None:
        super().__init__()
        self.values = [value for value, _text in choices]
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (_value, text) in enumerate(choices):
            button = QCheckBox(text) if multiple else QRadioButton(text)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.multiple = multiple
        self.group.idClicked.connect(lambda _id: self.answered.emit(self.value()))

    def value(self) -> JSONValue:
        checked = [self.values[b] for b in range(len(self.values))
                   if self.group.button(b).isChecked()]
        if self.multiple:
            return checked
        return checked[0] if checked else None

    def set_value(self, value: JSONValue) -> None:
        chosen = value if isinstance(value, list) else [value]
        for index, candidate in enumerate(self.values):
            self.group.button(index).setChecked(candidate in chosen)

    def choose(self, index: int) -> None:
        """Click the option at ``index`` (as the trainee would)."""
        self.group.button(index).click()


def choice_answer(question: m.Question, order: list[str] | None) -> ChoiceAnswer:
    if isinstance(question, m.TrueFalseQuestion):
        return ChoiceAnswer([(True, tr("preview.true")), (False, tr("preview.false"))], False)
    assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    choices: list[tuple[JSONValue, str]] = [(option.id, f"{mark}. {option.text}")
                                            for mark, option in shown_options(question, order)]
    return ChoiceAnswer(choices, isinstance(question, m.MultipleChoiceQuestion))


class FillBlankAnswer(AnswerWidget):
    def __init__(self, blanks: int) -> None:
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        for number in range(1, blanks + 1):
            edit = QLineEdit()
            edit.setAccessibleName(tr("preview.blank", number=number))
            edit.editingFinished.connect(lambda: self.answered.emit(self.value()))
            layout.addRow(tr("preview.blank", number=number), edit)
            self.edits.append(edit)

    def value(self) -> JSONValue:
        texts: list[JSONValue] = [edit.text() for edit in self.edits]
        return texts if any(edit.text().strip() for edit in self.edits) else None

    def set_value(self, value: JSONValue) -> None:
        texts = value if isinstance(value, list) else []
        for index, edit in enumerate(self.edits):
            edit.setText(str(texts[index]) if index < len(texts) else "")


class NumberAnswer(AnswerWidget):
    """A number box that says how it reads what was typed (１２３４．５, 1，200 元, 13.5%)."""

    def __init__(self, units: list[m.NumericalUnit]) -> None:
        super().__init__()
        self.units = units
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("numerical.placeholder"))
        self.edit.setAccessibleName(tr("qtype.numerical"))
        self.edit.textChanged.connect(self._show_reading)
        self.edit.editingFinished.connect(lambda: self.answered.emit(self.value()))
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        if units:
            row.addWidget(QLabel(tr("numerical.units", units=self._unit_names())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reading)

    def _unit_names(self) -> str:
        return " / ".join(unit.unit for unit in self.units)

    def _show_reading(self, text: str) -> None:
        read = read_number(text, self.units)
        if not text.strip():
            self.reading.setText("")
        elif read.value is not None:
            unit = f" {self.units[0].unit}" if self.units else ""
            self.reading.setText(tr("numerical.read_as", value=number_text(read.value) + unit))
        elif read.unit and self.units:
            self.reading.setText(tr("numerical.unknown_unit", unit=read.unit,
                                    units=self._unit_names()))
        else:
            self.reading.setText(tr("numerical.unreadable"))

    def value(self) -> JSONValue:
        return self.edit.text() if self.edit.text().strip() else None

    def set_value(self, value: JSONValue) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class MatchingAnswer(AnswerWidget):
    """A combo box of right-hand texts (as shown) beside each left-hand text."""

    def __init__(self, lefts: list[str], rights: list[str]) -> None:
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for left in lefts:
            combo = QComboBox()
            combo.addItem(tr("preview.choose"), None)
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(left)
            combo.activated.connect(lambda _i: self.answered.emit(self.value()))
            layout.addRow(QLabel(left), combo)
            self.combos[left] = combo

    def value(self) -> JSONValue:
        pairs: dict[str, JSONValue] = {left: combo.currentData()
                                       for left, combo in self.combos.items()
                                       if combo.currentData() is not None}
        return pairs or None

    def set_value(self, value: JSONValue) -> None:
        pairs = value if isinstance(value, dict) else {}
        for left, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(pairs.get(left)), 0))


class OrderingAnswer(AnswerWidget):
    """A list to put in order by drag and drop or with the move buttons."""

    def __init__(self, items: list[str]) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.addItems(items)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(tr("preview.order"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * (len(items) + 2) + 12)
        self.list.model().rowsMoved.connect(lambda *_: self.answered.emit(self.value()))
        up, down = QPushButton(tr("preview.move_up")), QPushButton(tr("preview.move_down"))
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def value(self) -> JSONValue:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_value(self, value: JSONValue) -> None:
        if isinstance(value, list) and value:
            self.list.clear()
            self.list.addItems([str(item) for item in value])

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.answered.emit(self.value())


class EssayAnswer(AnswerWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("preview.essay"))
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.edit.textChanged.connect(lambda: self.answered.emit(self.value()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def value(self) -> JSONValue:
        return self.edit.toPlainText() or None

    def set_value(self, value: JSONValue) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText(str(value or ""))


def answer_widget(question: m.Question, order: list[str] | None) -> AnswerWidget:
    """The widget for a question (scenarios are played by :mod:`ui.quiz_preview.scenario_play`)."""
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion,
                             m.TrueFalseQuestion)):
        return choice_answer(question, order)
    if isinstance(question, m.FillBlankQuestion):
        return FillBlankAnswer(len(question.blanks))
    if isinstance(question, m.NumericalQuestion):
        return NumberAnswer(question.units)
    if isinstance(question, m.MatchingQuestion):
        return MatchingAnswer([pair.left for pair in question.pairs], list(order or []))
    if isinstance(question, m.OrderingQuestion):
        return OrderingAnswer(list(order or question.items))
    return EssayAnswer()



