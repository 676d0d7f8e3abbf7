"""A form made for each question type, on top of the fields every question has."""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.editors.list_table import Column, ListTable
from ui.i18n import tr
from ui.labels import question_type_name


def next_option_id(rows: list[m.Option]) -> str:
    used = {row.id for row in rows}
    return next((letter for letter in string.ascii_lowercase if letter not in used),
                f"o{len(rows) + 1}")


def _choice_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    options = ListTable(document, q, "options", [
        Column("field.option_id", "id"), Column("field.option_text", "text"),
        Column("field.correct", "correct", "bool"), Column("field.option_feedback", "feedback"),
    ], lambda rows: m.Option(id=next_option_id(rows)), accessible_key="field.options")
    form.widget_row("field.options", "options", options)
    if isinstance(q, m.MultipleChoiceQuestion):
        form.choice("field.scoring", "scoring", [None, *m.ChoiceScoring],
                    lambda v: tr("scoring.quiz_default") if v is None
                    else tr(f"scoring.{v.value}"))


def _true_false_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    form.choice("field.answer", "answer", [True, False],
                lambda v: tr("answer.true") if v else tr("answer.false"))
    form.line("field.true_feedback", "true_feedback")
    form.line("field.false_feedback", "false_feedback")


def _fill_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    hint = QLabel(tr("hint.blanks"))
    hint.setWordWrap(True)
    form.layout_.addRow(hint)
    blanks = ListTable(document, q, "blanks", [
        Column("field.accepted", "accepted", "list"),
        Column("field.case_sensitive", "case_sensitive", "bool"),
    ], lambda rows: m.Blank(), accessible_key="field.blanks")
    form.widget_row("field.blanks", "blanks", blanks)


def _numerical_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    answers = ListTable(document, q, "answers", [
        Column("numerical.editor.value", "value", "number"),
        Column("numerical.editor.tolerance", "tolerance", "number"),
        Column("numerical.editor.fraction", "fraction", "number"),
        Column("numerical.editor.feedback", "feedback"),
    ], lambda rows: m.NumericalAnswer(0), accessible_key="numerical.editor.answers")
    form.widget_row("numerical.editor.answers", "answers", answers)
    hint = QLabel(tr("numerical.editor.units_hint"))
    hint.setWordWrap(True)
    form.layout_.addRow(hint)
    units = ListTable(document, q, "units", [
        Column("numerical.editor.unit", "unit"),
        Column("numerical.editor.multiplier", "multiplier", "number"),
    ], lambda rows: m.NumericalUnit("", 1), accessible_key="numerical.editor.units")
    form.widget_row("numerical.editor.units", "units", units)


def _matching_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    pairs = ListTable(document, q, "pairs", [
        Column("field.left", "left"), Column("field.right", "right"),
    ], lambda rows: m.MatchPair(left="", right=""), accessible_key="field.pairs")
    form.widget_row("field.pairs", "pairs", pairs)
    distractors = ListTable(document, q, "distractors", [Column("field.distractor")],
                            lambda rows: "", accessible_key="field.distractors")
    form.widget_row("field.distractors", "distractors", distractors)


def _ordering_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    items = ListTable(document, q, "items", [Column("field.item")], lambda rows: "",
                      accessible_key="field.items")
    form.widget_row("field.items_in_order", "items", items)


def _essay_form(form: BoundForm, document: CourseDocument, q: m.Question) -> None:
    rubric = ListTable(document, q, "rubric", [
        Column("field.criterion", "criterion"), Column("field.points", "points", "number"),
    ], lambda rows: m.RubricCriterion(criterion=""), accessible_key="field.rubric")
    form.widget_row("field.rubric", "rubric", rubric)
    form.text("field.model_answer", "model_answer", lines=4)


TYPE_FORMS: dict[type, Callable[[BoundForm, CourseDocument, Any], None]] = {
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
        self.form = BoundForm(document, question)
        self._common(self.form)
        build = TYPE_FORMS.get(type(question))
        if build is not None:
            build(self.form, document, question)
        self.main_layout.addWidget(self.form)
        if isinstance(question, m.ScenarioQuestion):
            from ui.editors.scenario_editor import ScenarioEditor

            self.scenario = ScenarioEditor(document, question)
            self.main_layout.addWidget(self.scenario, 1)
            self.fields["nodes"] = self.scenario.node_list
        else:
            self.main_layout.addStretch(1)
        self.register(self.form.fields)

    @staticmethod
    def _common(form: BoundForm) -> None:
        form.line("field.id", "id")
        form.line("field.category", "category")
        form.number("field.points", "points", low=0, high=1000, decimals=1)
        form.text("field.prompt", "prompt", lines=3)
        form.text("field.feedback", "feedback", lines=2)
