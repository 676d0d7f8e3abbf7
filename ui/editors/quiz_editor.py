"""Quiz editor: title, description, settings, random draws and feedback bands."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.editors.list_table import Column, ListTable
from ui.editors.question_list import QuestionListView
from ui.i18n import tr


def _enum_label(prefix: str) -> Callable[[Enum], str]:
    return lambda value: tr(f"{prefix}.{value.value}")


class QuizEditor(EditorBase):
    def __init__(self, document: CourseDocument, quiz: m.Quiz) -> None:
        super().__init__(quiz, tr("editor.quiz"))
        form = BoundForm(document, quiz)
        form.line("field.title", "title")
        form.line("field.id", "id")
        form.text("field.description", "description", lines=2)
        form.heading("quizlist.heading")
        self.question_list = QuestionListView()
        self.questions: object = None  # its controller (ui.quiz_questions), set by the factory
        self.question_list.setAccessibleName(tr("quizlist.heading"))
        form.layout_.addRow(self.question_list)  # the full width, under its heading
        form.fields["questions"] = self.question_list
        self._settings(form, quiz.settings)
        form.heading("editor.draws")
        draws = ListTable(document, quiz, "draws", [
            Column("field.count", "count", "int"), Column("field.from_quiz", "from_quiz"),
            Column("field.category", "category"), Column("field.types", "types", "list"),
        ], lambda rows: m.Draw(count=1, from_quiz=quiz.id), accessible_key="editor.draws")
        form.widget_row("editor.draws", "draws", draws)
        bands = ListTable(document, quiz, "feedback_bands", [
            Column("field.min_percent", "min_percent", "number"), Column("field.text", "text"),
        ], lambda rows: m.FeedbackBand(min_percent=0), accessible_key="editor.bands")
        form.widget_row("editor.bands", "feedback_bands", bands)
        self.main_layout.addWidget(form)
        self.main_layout.addStretch(1)
        self.register(form.fields)

    @staticmethod
    def _settings(form: BoundForm, settings: m.QuizSettings) -> None:
        form.heading("editor.settings")
        form.number("field.pass_percent", "pass_percent", settings, high=100,
                    suffix_key="unit.percent")
        form.number("field.time_limit", "time_limit_minutes", settings, high=1000,
                    decimals=0, suffix_key="unit.minutes")
        form.number("field.attempts", "attempts_allowed", settings, high=100, decimals=0)
        form.choice("field.grading_method", "grading_method", list(m.GradingMethod),
                    _enum_label("grading"), settings)
        form.check("field.shuffle_questions", "shuffle_questions", settings)
        form.check("field.shuffle_options", "shuffle_options", settings)
        form.choice("field.navigation", "navigation", list(m.Navigation),
                    _enum_label("navigation"), settings)
        form.number("field.per_page", "questions_per_page", settings, high=1000, decimals=0)
        form.choice("field.feedback_timing", "feedback_timing", list(m.Timing),
                    _enum_label("timing"), settings)
        form.choice("field.answers_timing", "answers_timing", list(m.Timing),
                    _enum_label("timing"), settings)
        form.choice("field.mc_scoring", "multiple_choice_scoring", list(m.ChoiceScoring),
                    _enum_label("scoring"), settings)
        form.check("field.cbm", "certainty_based_marking", settings)
