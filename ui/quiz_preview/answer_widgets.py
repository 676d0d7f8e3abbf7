"""One answer widget per question type: a view that shows and emits the answer value.

Each widget emits ``answered`` with the value in the engine's answer contract
(:mod:`courseware.engine.attempt`); it never grades or checks anything.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.engine import JSONValue
from courseware.engine.grading.numerical import number_text, read_number
from courseware.engine.review_text import shown_options
from ui.i18n import tr
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace, RichLabel, markdown_html
from ui.theme import themed

MIN_TARGET = 44  # pixels: the smallest click target (WCAG 2.5.5)
_CHECKED_ROW = "QFrame#option-row { background:#e3edfb; border-radius:6px; }"


class AnswerWidget(QWidget):
    answered = Signal(object)  # the answer value (JSONValue); None when cleared

    def set_value(self, value: JSONValue) -> None:
        """Show a value already given (no signal)."""

    def value(self) -> JSONValue:
        raise NotImplementedError


class OptionRow(QFrame):
    """One option: the radio button or check box with its letter, and the option's text
    (Markdown) beside it, wrapped; a click anywhere on the row chooses it."""

    def __init__(self, button: QAbstractButton, mark: str, html: str) -> None:
        super().__init__()
        self.setObjectName("option-row")
        self.button = button
        button.setText(mark)
        button.setAccessibleName(f"{mark} {plain_text(html)}".strip())
        self.label = RichLabel(html)
        self.label.setObjectName("option-text")
        self.setMinimumHeight(MIN_TARGET)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        button.toggled.connect(self._show_checked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)

    def _show_checked(self, checked: bool) -> None:
        self.setStyleSheet(themed(_CHECKED_ROW) if checked else "")


class ChoiceAnswer(AnswerWidget):
    """Radio buttons (single choice, true/false) or check boxes (multiple choice), each on a
    row with its wrapped text; keys 1–9 choose (or toggle) the option with that number."""

    def __init__(self, choices: list[tuple[JSONValue, str, str]], multiple: bool) -> None:
        super().__init__()
        self.values = [value for value, _mark, _html in choices]
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.rows: list[OptionRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for index, (_value, mark, html) in enumerate(choices):
            button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
            button.setObjectName(f"option-{index}")
            self.group.addButton(button, index)
            row = OptionRow(button, mark, html)
            self.rows.append(row)
            layout.addWidget(row)
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

    def choose_by_key(self, key: int) -> bool:
        """Keys 1–9 (or the letters A–I): choose that option; True when the key was used."""
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value:
            index = key - Qt.Key.Key_1.value
        elif Qt.Key.Key_A.value <= key <= Qt.Key.Key_I.value:
            index = key - Qt.Key.Key_A.value
        else:
            return False
        if index >= len(self.values) or not self.isEnabled():
            return False
        self.choose(index)
        self.group.button(index).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


def choice_answer(question: m.Question, order: list[str] | None,
                  place: MediaPlace = NO_MEDIA) -> ChoiceAnswer:
    if isinstance(question, m.TrueFalseQuestion):
        return ChoiceAnswer([(True, "A", escape(tr("preview.true"))),
                             (False, "B", escape(tr("preview.false")))], False)
    assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    choices: list[tuple[JSONValue, str, str]] = [
        (option.id, mark, markdown_html(option.text, place, inline=True))
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
    """Each left-hand text (wrapped) with a drop-down of the right-hand texts (as shown)
    below it; the drop-down never asks for more width than the page has."""

    def __init__(self, lefts: list[str], rights: list[str],
                 place: MediaPlace = NO_MEDIA) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.combos: dict[str, QComboBox] = {}
        for number, left in enumerate(lefts, start=1):
            label = RichLabel(f"<b>{number}.</b> " + markdown_html(left, place, inline=True))
            label.setObjectName("matching-left")
            combo = QComboBox()
            combo.setObjectName(f"matching-{number}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setMinimumHeight(MIN_TARGET)
            combo.addItem(tr("preview.choose"), None)
            for right in rights:
                combo.addItem(right, right)
                combo.setItemData(combo.count() - 1, right, Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(f"{number}. {plain_text(left)}")
            combo.activated.connect(lambda _i: self.answered.emit(self.value()))
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(8)
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


class OrderList(QListWidget):
    """The ordering list: Alt+↑ / Alt+↓ move the current item; reports its resizes."""

    moved = Signal(int)
    resized = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class OrderingAnswer(AnswerWidget):
    """A list to put in order by drag and drop, the move buttons or Alt+↑/Alt+↓; long items
    wrap and the list is as tall as its items."""

    def __init__(self, items: list[str]) -> None:
        super().__init__()
        self.list = OrderList()
        self.list.setObjectName("ordering-list")
        self.list.setStyleSheet(themed("QListWidget#ordering-list::item { min-height: 40px; "
                                       "padding: 2px 6px; border-bottom: 1px solid #d5d9e0; }"))
        self.list.moved.connect(self.move_current)
        self.list.resized.connect(self._fit_height)
        self.list.addItems(items)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAccessibleName(tr("preview.order"))
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.list.model().rowsMoved.connect(lambda *_: self.answered.emit(self.value()))
        up, down = QPushButton(tr("preview.move_up")), QPushButton(tr("preview.move_down"))
        for button in (up, down):
            button.setMinimumHeight(MIN_TARGET)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        # the shuffled order may already be the trainee's answer: say so without moving
        self.keep = QPushButton(tr("preview.keep_order"))
        self.keep.setObjectName("ordering-keep")
        self.keep.setMinimumHeight(MIN_TARGET)
        self.keep.clicked.connect(lambda: self.answered.emit(self.value()))
        buttons = QVBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addWidget(self.keep)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _fit_height(self) -> None:
        """As tall as the wrapped items need (no scrolling inside the page's scrolling)."""
        self.list.doItemsLayout()
        rows = sum(max(self.list.visualItemRect(self.list.item(r)).height(),
                       self.list.sizeHintForRow(r)) for r in range(self.list.count()))
        height = rows + 2 * self.list.frameWidth() + 8
        if self.list.height() != height:
            self.list.setFixedHeight(height)

    def value(self) -> JSONValue:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_value(self, value: JSONValue) -> None:
        if isinstance(value, list) and value:
            self.list.clear()
            self.list.addItems([str(item) for item in value])
            self._fit_height()

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
    """A text box with a live character count and, when the prompt asks for a length
    ("200–400 字", "150-300 words"), that range beside the count."""

    def __init__(self, wanted: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.wanted = wanted
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("preview.essay"))
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.edit.textChanged.connect(self._text_changed)
        self.counter = QLabel()
        self.counter.setObjectName("essay-counter")
        self.counter.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self._count()

    def _text_changed(self) -> None:
        self._count()
        self.answered.emit(self.value())

    def _count(self) -> None:
        count = essay_length(self.edit.toPlainText())
        text = tr("preview.essay_count", count=count)
        if self.wanted is not None:
            low, high = self.wanted
            text += tr("preview.essay_wanted", low=low, high=high)
            outside = count > high or (count and count < low)
            self.counter.setStyleSheet(themed("color:#b3261e;" if outside else "color:#1d5f2a;"))
        self.counter.setText(text)
        self.counter.setAccessibleName(text)

    def value(self) -> JSONValue:
        return self.edit.toPlainText() or None

    def set_value(self, value: JSONValue) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText(str(value or ""))
        self._count()


_WANTED = re.compile(r"(\d+)\s*(?:[–—~～至到-]|to)\s*(\d+)\s*(?:个)?(?:汉字|字|characters|words)",
                     re.IGNORECASE)


def wanted_length(prompt: str) -> tuple[int, int] | None:
    """A length range the prompt asks for ("200–400 字"), if any."""
    match = _WANTED.search(prompt)
    if match is None:
        return None
    low, high = int(match.group(1)), int(match.group(2))
    return (low, high) if 0 < low <= high else None


def essay_length(text: str) -> int:
    """Characters, not counting white space (how Chinese length limits are meant)."""
    return sum(1 for ch in text if not ch.isspace())


def plain_text(html: str) -> str:
    """What a screen reader should say for a bit of rich text."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def answer_widget(question: m.Question, order: list[str] | None,
                  place: MediaPlace = NO_MEDIA) -> AnswerWidget:
    """The widget for a question (scenarios are played by :mod:`ui.quiz_preview.scenario_play`).

    ``place`` says where images in option and item texts come from."""
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion,
                             m.TrueFalseQuestion)):
        return choice_answer(question, order, place)
    if isinstance(question, m.FillBlankQuestion):
        return FillBlankAnswer(len(question.blanks))
    if isinstance(question, m.NumericalQuestion):
        return NumberAnswer(question.units)
    if isinstance(question, m.MatchingQuestion):
        return MatchingAnswer([pair.left for pair in question.pairs], list(order or []), place)
    if isinstance(question, m.OrderingQuestion):
        return OrderingAnswer(list(order or question.items))
    return EssayAnswer(wanted_length(question.prompt))



