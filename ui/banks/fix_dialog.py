"""修改 a question read from a bank: type, prompt, options, answer as a trainer types them.

The fields are turned back into what a reader reads (:class:`exporters.banks.raw.RawQuestion`)
and built again by the same code, so the row re-validates exactly as an imported file would:
the answer accepts ``B``, ``A、B、D``, ``对``, ``认同;认可|跟进``, ``A-2;B-1`` …
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from exporters.banks import BankEntry
from exporters.banks.answers import LETTERS, TYPE_LABELS, parse_points
from exporters.banks.raw import RawOption, RawQuestion, build_entry
from exporters.banks.table_writer import question_rows
from ui.banks.rows import apply_cancel_buttons, problems_text
from ui.i18n import tr
from ui.labels import question_type_name

_LETTER_MARK = re.compile(r"^\s*[A-JＡ-Ｊa-j]\s*[.、．:：)）]\s*")
_NUMBER_MARK = re.compile(r"^\s*(?:\d+|[①-⑩])\s*[.、．:：)）]?\s*")
# question_rows columns: 题型, 题干, 选项A…H, 正确答案, 解析, 分值, 知识点, 右项1…8
_OPTIONS, _ANSWER, _FEEDBACK, _POINTS, _CATEGORY, _RIGHTS = (
    slice(2, 10), 10, 11, 12, 13, slice(14, 22))


def fixable(entry: BankEntry) -> bool:
    """The form holds the 题库 types; numerical and scenario questions use the editor."""
    return entry.question is None or entry.question.type_name in TYPE_LABELS


class FixDialog(QDialog):
    def __init__(self, parent: QWidget | None, entry: BankEntry) -> None:
        super().__init__(parent)
        self.setObjectName("bank-fix-dialog")
        self.setWindowTitle(tr("banks.fix_title", source=entry.source))
        self.original = entry
        self.built = entry
        self.type = QComboBox()
        for type_name in TYPE_LABELS:
            self.type.addItem(question_type_name(type_name), type_name)
        self.prompt = _text_box(4)
        self.options = _text_box(4)
        self.options.setPlaceholderText(tr("banks.fix.options_placeholder"))
        self.right_items = _text_box(3)
        self.right_items.setPlaceholderText(tr("banks.fix.rights_placeholder"))
        self.answer = QLineEdit()
        self.feedback = QLineEdit()
        self.points = QDoubleSpinBox()
        self.points.setRange(0, 1000)
        self.points.setDecimals(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problems = QLabel()
        self.problems.setObjectName("bank-fix-problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self._fill(entry)
        for box in (self.prompt, self.options, self.right_items):
            box.textChanged.connect(self.revalidate)
        for line in (self.answer, self.feedback):
            line.textChanged.connect(self.revalidate)
        self.points.valueChanged.connect(self.revalidate)
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        width = self.fontMetrics().averageCharWidth() * 80
        layout = self.layout()
        assert layout is not None
        self.resize(width, layout.heightForWidth(width) if layout.hasHeightForWidth()
                    else self.sizeHint().height())

    def _layout(self) -> None:
        form = QFormLayout()
        self.rights_label = QLabel(tr("banks.fix.rights"))
        rows: list[tuple[QLabel | str, QWidget]] = [
            (tr("banks.fix.type"), self.type), (tr("banks.fix.prompt"), self.prompt),
            (tr("banks.fix.options"), self.options), (self.rights_label, self.right_items),
            (tr("banks.fix.answer"), self.answer), ("", self.hint),
            (tr("banks.fix.feedback"), self.feedback), (tr("banks.fix.points"), self.points)]
        for label, widget in rows:
            if isinstance(label, str) and label:
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        buttons = apply_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    # -- entry → fields

    def _fill(self, entry: BankEntry) -> None:
        question = entry.question
        if question is not None and question.type_name in TYPE_LABELS:
            row = question_rows([question], "xlsx")[0][0]
            self._set_fields(question.type_name, question.prompt,
                             [t for t in row[_OPTIONS] if t], row[_ANSWER], row[_FEEDBACK],
                             row[_POINTS], [t for t in row[_RIGHTS] if t])
            self.category = question.category
            return
        raw = entry.raw if isinstance(entry.raw, RawQuestion) else None
        self.category = ""
        if raw is None:
            self._set_fields(None, entry.text, [], "", "", "", [])
            return
        options, rights, answer = _raw_answer(raw)
        self._set_fields(raw.type_hint or raw.section_type, raw.stem, options, answer,
                         raw.analysis, "" if raw.points is None else str(raw.points), rights)
        self.category = raw.tags

    def _set_fields(self, type_name: str | None, prompt: str, options: list[str], answer: str,
                    feedback: str, points: str, rights: list[str]) -> None:
        index = self.type.findData(type_name)
        self.type.setCurrentIndex(max(index, 0))
        self.prompt.setPlainText(prompt.strip())
        self.options.setPlainText("\n".join(f"{LETTERS[i]}. {text}" if i < len(LETTERS)
                                            else text for i, text in enumerate(options)))
        self.right_items.setPlainText("\n".join(f"{n}) {text}"
                                                for n, text in enumerate(rights, start=1)))
        self.answer.setText(answer)
        self.feedback.setText(feedback.strip())
        self.points.setValue(parse_points(points) or 1 if points else 1)

    # -- fields → entry

    def raw(self) -> RawQuestion:
        options = [RawOption(LETTERS[i], _LETTER_MARK.sub("", line).strip())
                   for i, line in enumerate(_lines(self.options)[:len(LETTERS)])]
        type_name = self.type.currentData()
        rights = [_NUMBER_MARK.sub("", line).strip() for line in _lines(self.right_items)]
        return RawQuestion(
            source=self.original.source, stem=self.prompt.toPlainText(), type_hint=type_name,
            options=options, answer=self.answer.text().strip() or None,
            right_items=rights if type_name == m.MatchingQuestion.type_name else [],
            analysis=self.feedback.text(), points=self.points.value(), tags=self.category)

    def revalidate(self) -> None:
        question = self.original.question
        provisional = question.id if question is not None else "q1"
        self.built = build_entry(self.raw(), provisional)
        text = problems_text(self.built)
        self.problems.setText(text or tr("banks.fix.ok"))
        self.problems.setProperty("state", "error" if self.built.has_error else "ok")

    def _type_changed(self) -> None:
        type_name = self.type.currentData()
        matching = type_name == m.MatchingQuestion.type_name
        self.right_items.setVisible(matching)
        self.rights_label.setVisible(matching)
        self.hint.setText(tr(f"banks.fix.hint.{type_name}"))
        self.revalidate()

    def result_entry(self) -> BankEntry:
        return self.built


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _lines(box: QPlainTextEdit) -> list[str]:
    return [line for line in box.toPlainText().splitlines() if line.strip()]


def _raw_answer(raw: RawQuestion) -> tuple[list[str], list[str], str]:
    """Options, right items and the answer as the trainer would type them, from what was read
    (red or marked options, Excel's 空1…空8 and a matching table folded into the answer)."""
    raw = copy.deepcopy(raw)
    options = [o.text for o in raw.options]
    rights = list(raw.right_items)
    answer = (raw.answer or "").strip()
    if not answer and any(o.marked for o in raw.options):
        answer = "".join(o.letter for o in raw.options if o.marked)
    if not answer and raw.blanks:
        answer = "|".join(b for b in raw.blanks if b.strip())
    if not answer and (raw.red_answer or raw.stem_red):
        answer = raw.red_answer or "|".join(raw.stem_red)
    if raw.pairs and not options:
        options = [left for left, _right in raw.pairs]
        rights = [right for _left, right in raw.pairs]
        answer = ";".join(f"{LETTERS[i]}-{i + 1}" for i in range(min(len(raw.pairs), 10)))
    return options, rights, answer
