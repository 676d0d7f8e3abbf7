"""Screens of the problems panel and the preview in place (issue #15): a few typical mistakes
shown in the trainer's words with the badges, and the preview beside the editor at a later
question with the trainee's navigator."""

from __future__ import annotations

import copy
import dataclasses

from courseware import model as m
from ui.commands import SetValueCommand
from ui.document import CourseDocument
from ui.gallery.course_copy import first_quiz
from ui.gallery.shooting import Gallery, settle
from ui.workspace import Workspace


def shoot_problem_screens(gallery: Gallery, workspace: Workspace,
                          document: CourseDocument) -> None:
    _problems(gallery, workspace, document)
    _preview(gallery, workspace, document)


def _mistakes(document: CourseDocument) -> list[SetValueCommand]:
    """Four mistakes a trainer makes: no right option, a starter title, a mistyped scenario
    link, a picture that is not there."""
    course = document.course
    quiz = first_quiz(course)
    choice = next(q for q in quiz.questions if isinstance(q, m.SingleChoiceQuestion))
    options = [dataclasses.replace(o, correct=False) for o in choice.options]
    lesson = course.modules[1].lessons[0]
    scenario = next(q for q in course.all_questions() if isinstance(q, m.ScenarioQuestion))
    nodes = copy.deepcopy(scenario.nodes)
    nodes[0].choices[0].next += "x"
    body = lesson.body + "\n\n![柜台](images/counter-2.png)\n"
    return [SetValueCommand(document, choice, "options", options, "gallery"),
            SetValueCommand(document, course.modules[0].lessons[1], "title", "新课文", "gallery"),
            SetValueCommand(document, scenario, "nodes", nodes, "gallery"),
            SetValueCommand(document, lesson, "body", body, "gallery")]


def _problems(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    commands = _mistakes(document)
    for command in commands:
        document.push(command)
    window = workspace.window
    window.tree.collapseAll()
    window.tree.expandToDepth(0)
    workspace.problems.validate_now()
    workspace.problems.show_panel()
    workspace.problems.go_to_problem(1)  # F8: the first problem, its field focused
    settle()
    gallery.window("authoring-problems", window)
    for _command in commands:
        document.undo_stack.undo()
    workspace.problems.validate_now()
    window.problems_dock.hide()
    window.tree.expandAll()


def _preview(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    from ui.preview import PreviewController
    from ui.quiz_preview.answer_widgets import ChoiceAnswer

    if workspace.preview is None:
        workspace.preview = PreviewController(workspace.window)
    workspace.preview.pane.seed = 5  # the same order of questions in every run
    quiz = first_quiz(document.course)
    question = quiz.questions[min(3, len(quiz.questions) - 1)]
    workspace.select_object(quiz.questions[0])
    pane = workspace.preview_current()
    assert pane is not None and pane.quiz_view is not None
    first = pane.quiz_view.cards[0]
    if isinstance(first.answer, ChoiceAnswer):  # one answered, as the navigator shows
        first.answer.choose(0)
    workspace.select_object(question)  # the preview follows to the selected question
    settle()
    gallery.window("preview-question", workspace.window)
    workspace.select_object(document.course.modules[0].lessons[0])
    settle()
    gallery.window("preview-lesson", workspace.window)
    assert workspace.preview is not None
    workspace.preview.dock.hide()
