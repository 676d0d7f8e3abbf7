"""The question editor: the question text first, then its answers as cards, then points and
feedback; ids and other internals under a collapsed 高级 (Advanced) section."""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from courseware import model as m
from courseware.placeholders import find_placeholder, placeholder
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.card_widgets import AutoText, CardField, SelectPlaceholder, card_letter
from ui.editors.cards import CardList
from ui.editors.form import BoundForm
from ui.editors.list_table import Column, ListTable
from ui.editors.media_field import MediaBinding, MediaField, MediaTarget
from ui.i18n import tr
from ui.labels import question_type_name

ADVANCED_FIELDS = ("id", "category")


def next_option_id(rows: list[m.Option]) -> str:
    used = {row.id for row in rows}
    return next((letter for letter in string.ascii_lowercase if letter not in used),
                f"o{len(rows) + 1}")


def quiz_file(course: m.Course, question: m.Question) -> str:
    """The quiz file holding ``question``: the links to its pictures are relative to it."""
    for quiz in course.all_quizzes():
        if any(q is question for q in quiz.questions):
            return quiz.path
    return question.source.path


def _numbered(key: str) -> Callable[[int], str]:
    return lambda row: tr(key, n=row + 1)


def _choice_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    single = isinstance(q, m.SingleChoiceQuestion)
    options = CardList(document, q, "options", [
        CardField("field.option_text", "text", "rich"),
        CardField("field.correct", "correct", "bool", exclusive=single),
        CardField("field.option_feedback", "feedback", "rich"),
        CardField("field.option_id", "id", "line", advanced=True),
    ], lambda rows: m.Option(id=next_option_id(rows),
                             text=placeholder("option", n=len(rows) + 1)),
        title=lambda row: tr("cards.option_title", letter=card_letter(row)),
        add_key="cards.add_option", media=editor.media)
    editor.add_cards("field.options", "options", options)
    if isinstance(q, m.MultipleChoiceQuestion):
        editor.form.choice("field.scoring", "scoring", [None, *m.ChoiceScoring],
                           lambda v: tr("scoring.quiz_default") if v is None
                           else tr(f"scoring.{v.value}"))


def _true_false_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    form = editor.form
    form.choice("field.answer", "answer", [True, False],
                lambda v: tr("answer.true") if v else tr("answer.false"))
    editor.rich_row("field.true_feedback", "true_feedback")
    editor.rich_row("field.false_feedback", "false_feedback")


def _fill_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    hint = QLabel(tr("hint.blanks"))
    hint.setWordWrap(True)
    editor.body.addWidget(hint)
    blanks = CardList(document, q, "blanks", [
        CardField("cards.accepted", "accepted", "list"),
        CardField("field.case_sensitive", "case_sensitive", "bool"),
    ], lambda rows: m.Blank(), title=_numbered("cards.blank_title"), add_key="cards.add_blank")
    editor.add_cards("field.blanks", "blanks", blanks)


def _numerical_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    """Accepted values and units as tables: values can be any size or sign (a card's number
    box is for points)."""
    answers = ListTable(document, q, "answers", [
        Column("numerical.editor.value", "value", "number"),
        Column("numerical.editor.tolerance", "tolerance", "number"),
        Column("numerical.editor.fraction", "fraction", "number"),
        Column("numerical.editor.feedback", "feedback"),
    ], lambda rows: m.NumericalAnswer(0), accessible_key="numerical.editor.answers")
    editor.add_table("numerical.editor.answers", "answers", answers)
    hint = QLabel(tr("numerical.editor.units_hint"))
    hint.setWordWrap(True)
    editor.main_layout.addWidget(hint)
    units = ListTable(document, q, "units", [
        Column("numerical.editor.unit", "unit"),
        Column("numerical.editor.multiplier", "multiplier", "number"),
    ], lambda rows: m.NumericalUnit("", 1), accessible_key="numerical.editor.units")
    editor.add_table("numerical.editor.units", "units", units)


def _matching_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    pairs = CardList(document, q, "pairs", [
        # right-hand items are chosen from a drop-down by trainees: text only, no pictures
        CardField("field.left", "left", "rich"), CardField("field.right", "right"),
    ], lambda rows: m.MatchPair(left=placeholder("left", n=len(rows) + 1),
                                right=placeholder("right", n=len(rows) + 1)),
        title=_numbered("cards.pair_title"), add_key="cards.add_pair", media=editor.media)
    editor.add_cards("field.pairs", "pairs", pairs)
    distractors = CardList(document, q, "distractors", [CardField("field.distractor")],
                           lambda rows: "", title=_numbered("cards.distractor_title"),
                           add_key="cards.add_distractor")
    editor.add_cards("field.distractors", "distractors", distractors)


def _ordering_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    # trainees drag the items into order in a list: text only, no pictures
    items = CardList(document, q, "items", [CardField("field.item")],
                     lambda rows: placeholder("step", n=len(rows) + 1),
                     title=_numbered("cards.item_title"), add_key="cards.add_item")
    editor.add_cards("field.items_in_order", "items", items)


def _essay_form(editor: QuestionEditor, document: CourseDocument, q: Any) -> None:
    rubric = CardList(document, q, "rubric", [
        CardField("field.criterion", "criterion"), CardField("field.points", "points", "number"),
    ], lambda rows: m.RubricCriterion(criterion=""), title=_numbered("cards.criterion_title"),
        add_key="cards.add_criterion")
    editor.add_cards("field.rubric", "rubric", rubric)
    editor.form.text("field.model_answer", "model_answer", lines=4)


TYPE_FORMS: dict[type, Callable[[QuestionEditor, CourseDocument, Any], None]] = {
    m.SingleChoiceQuestion: _choice_form,
    m.MultipleChoiceQuestion: _choice_form,
    m.TrueFalseQuestion: _true_false_form,
    m.FillBlankQuestion: _fill_form,
    m.NumericalQuestion: _numerical_form,
    m.MatchingQuestion: _matching_form,
    m.OrderingQuestion: _ordering_form,
    m.EssayQuestion: _essay_form,
}


class QuestionEditor(EditorBase):
    def __init__(self, document: CourseDocument, question: m.Question) -> None:
        super().__init__(question, question_type_name(question.type_name))
        self.card_lists: list[CardList] = []
        self.body = self.main_layout
        self.document = document
        self.media = MediaTarget(document.root, quiz_file(document.course, question))
        self.prompt = self._prompt(document, question)
        self.form = BoundForm(document, question)
        self.form.number("field.points", "points", low=0, high=1000, decimals=1)
        build = TYPE_FORMS.get(type(question))
        if build is not None:
            build(self, document, question)
        self.rich_row("field.feedback", "feedback")
        self.main_layout.addWidget(self.form)
        self._advanced(document, question)
        if isinstance(question, m.ScenarioQuestion):
            from ui.editors.scenario_editor import ScenarioEditor

            self.scenario = ScenarioEditor(document, question)
            self.main_layout.addWidget(self.scenario, 1)
            self.fields["nodes"] = self.scenario.node_list
        else:
            self.main_layout.addStretch(1)
        self.register(self.form.fields)
        self.register(self.advanced_form.fields)
        if find_placeholder([question.prompt], "prompt") == question.prompt.strip():
            QTimer.singleShot(0, self._start_typing)  # a new question: type its text at once

    def _prompt(self, document: CourseDocument, question: m.Question) -> AutoText:
        label = QLabel(tr("field.prompt"))
        self.prompt_field = MediaField(self.media, min_lines=3, max_lines=12)
        self.prompt_field.setObjectName("question-prompt-field")
        prompt = self.prompt_field.text
        font = prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        prompt.setFont(font)
        prompt._fit()
        prompt.setObjectName("question-prompt")
        self.prompt_field.setAccessibleName(tr("field.prompt").replace("&", ""))
        label.setBuddy(prompt)
        MediaBinding(document, self.prompt_field, question, "prompt", owner=question)
        SelectPlaceholder(prompt, "prompt")
        self.main_layout.addWidget(label)
        self.main_layout.addWidget(self.prompt_field)
        self.fields["prompt"] = prompt
        return prompt

    def rich_row(self, label_key: str, key: str) -> MediaField:
        """A form row for Markdown text that may hold pictures (feedback texts)."""
        field = MediaField(self.media, min_lines=2, max_lines=8)
        field.setObjectName(f"field-{key}")
        MediaBinding(self.document, field, self.form.owner, key, owner=self.form.owner)
        self.form.widget_row(label_key, key, field)
        self.form.fields[key] = field.text
        return field

    def add_table(self, label_key: str, key: str, table: QWidget) -> None:
        heading = QLabel(f"<b>{tr(label_key)}</b>")
        self.main_layout.addWidget(heading)
        self.main_layout.addWidget(table)
        self.fields[key] = table

    def add_cards(self, label_key: str, key: str, cards: CardList) -> None:
        heading = QLabel(f"<b>{tr(label_key)}</b>")
        self.main_layout.addWidget(heading)
        self.main_layout.addWidget(cards)
        cards.setAccessibleName(tr(label_key))
        self.card_lists.append(cards)
        self.fields[key] = cards

    def _advanced(self, document: CourseDocument, question: m.Question) -> None:
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("question-advanced")
        self.advanced_button.setText(tr("question.advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.toggled.connect(self.show_advanced)
        self.advanced_form = BoundForm(document, question)
        self.advanced_form.line("field.id", "id")
        self.advanced_form.line("field.category", "category")
        self.main_layout.addWidget(self.advanced_button)
        self.main_layout.addWidget(self.advanced_form)
        self.advanced_form.setVisible(False)

    def show_advanced(self, shown: bool) -> None:
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        self.advanced_button.setChecked(shown)
        self.advanced_form.setVisible(shown)
        for cards in self.card_lists:
            cards.set_advanced(shown)

    def focus_field(self, field: str) -> bool:
        if field in ADVANCED_FIELDS:
            self.show_advanced(True)
        return super().focus_field(field)

    def _start_typing(self, tries: int = 20) -> None:
        if QApplication.activePopupWidget() is not None and tries:
            # the menu that added the question is still closing (it gives focus back)
            QTimer.singleShot(25, lambda: self._start_typing(tries - 1))
            return
        if self.isVisible():
            self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
            self.prompt.selectAll()
