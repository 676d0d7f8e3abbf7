"""Which editor edits which object (imported lazily: editors pull in Markdown and Jinja2)."""

from __future__ import annotations

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase


def create_editor(document: CourseDocument, obj: object) -> EditorBase | None:
    if isinstance(obj, m.Course):
        from ui.editors.course_editor import CourseEditor

        return CourseEditor(document, obj)
    if isinstance(obj, m.Module):
        from ui.editors.module_editor import ModuleEditor

        return ModuleEditor(document, obj)
    if isinstance(obj, m.Lesson):
        from ui.editors.lesson_editor import LessonEditor

        return LessonEditor(document, obj)
    if isinstance(obj, m.CaseStudy):
        from ui.editors.case_editor import CaseEditor

        return CaseEditor(document, obj)
    if isinstance(obj, m.Quiz):
        from ui.editors.quiz_editor import QuizEditor
        from ui.quiz_questions import QuizQuestionsController

        editor = QuizEditor(document, obj)
        editor.questions = QuizQuestionsController(document, obj, editor.question_list)
        return editor
    if isinstance(obj, m.Question):
        from ui.editors.question_editor import QuestionEditor

        return QuestionEditor(document, obj)
    return None
