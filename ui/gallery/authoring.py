"""The authoring screens: the main window with each editor, previews and the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from courseware import model as m
from ui.app import create_workspace
from ui.app_settings import AppSettings
from ui.document import CourseDocument
from ui.gallery.bank_screens import shoot_bank_screens
from ui.gallery.course_copy import cbm_quiz, first_quiz, picture_question
from ui.gallery.shooting import Gallery, scroll_to_end, settle
from ui.gallery.workspace_screens import shoot_workspace_screens
from ui.i18n import tr
from ui.workspace import Workspace


def shoot_authoring(gallery: Gallery, course_folder: Path) -> None:
    workspace = create_workspace(course_folder, AppSettings())
    window, document = workspace.window, workspace.document
    assert document is not None, "the course did not open"
    try:
        window.tree.expandAll()
        workspace.problems.validate_now()
        _editors(gallery, workspace, document)
        _previews(gallery, workspace, document)
        _dialogs(gallery, workspace, document)
        _undo_history(gallery, workspace, document)
        shoot_workspace_screens(gallery, workspace, document)
        shoot_bank_screens(gallery, workspace, document)
    finally:
        document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        workspace.deleteLater()
        settle()


def _editors(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    course = document.course
    module = course.modules[0]
    shown: list[tuple[str, object]] = [
        ("authoring-course", course), ("editor-module", module),
        ("editor-lesson", module.lessons[0]), ("editor-case", module.case_studies[0]),
        ("editor-quiz", first_quiz(course))]
    for type_name, cls in m.QUESTION_TYPES.items():
        question = next((q for q in course.all_questions()
                         if isinstance(q, cls) and "![" not in q.prompt), None)
        if question is not None:
            name = "editor-scenario" if cls is m.ScenarioQuestion else f"editor-{type_name}"
            shown.append((name, question))
    for name, obj in shown:
        assert workspace.select_object(obj), name
        gallery.window(name, workspace.window)
    _lesson_source(gallery, workspace, module.lessons[0])
    _scenario_builder(gallery, workspace, course)
    workspace.select_object(picture_question(course))
    gallery.window("editor-question-picture", workspace.window)


def _scenario_builder(gallery: Gallery, workspace: Workspace, course: m.Course) -> None:
    """The scenario's builder (list, form and map) scrolled to fill the editor area."""
    scenario = next(q for q in course.all_questions() if isinstance(q, m.ScenarioQuestion))
    assert workspace.select_object(scenario)
    settle()
    area = workspace.window.editor_area
    builder = getattr(area.editor, "scenario", None)
    if builder is not None:
        area.verticalScrollBar().setValue(builder.mapTo(area.widget(), QPoint(0, 0)).y() - 8)
    gallery.window("editor-scenario-map", workspace.window)


def _lesson_source(gallery: Gallery, workspace: Workspace, lesson: m.Lesson) -> None:
    """The visual editor at the lesson's first table and callout box, then the lesson in
    source mode (Markdown beside the trainee preview)."""
    from ui.editors.lesson_editor import LessonEditor

    workspace.select_object(lesson)
    editor = workspace.window.editor_area.editor
    assert isinstance(editor, LessonEditor)
    visual = editor.field.visual
    frames = visual.document().rootFrame().childFrames()
    if frames:
        top = visual.document().documentLayout().frameBoundingRect(frames[0]).top()
        visual.verticalScrollBar().setValue(int(top) - 40)
        gallery.window("editor-lesson-boxes", workspace.window)
        visual.verticalScrollBar().setValue(0)
    editor.field.set_source_mode(True, remember=False)
    gallery.window("editor-lesson-source", workspace.window)
    editor.field.set_source_mode(False, remember=False)


def _previews(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    from ui.gallery.problem_screens import shoot_problem_screens
    from ui.quiz_preview.answer_widgets import ChoiceAnswer
    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog

    shoot_problem_screens(gallery, workspace, document)  # also preview-question, -lesson
    course = document.course
    quiz = first_quiz(course)
    dialog = QuizPreviewDialog(workspace.window, course, quiz, seed=5)
    dialog.resize(900, 640)
    card = dialog.cards[0]
    if isinstance(card.answer, ChoiceAnswer):  # an answer and a flag, as the user guide shows
        card.answer.choose(0)
    card.flag.setChecked(True)
    dialog.confirm_submit = lambda *_args: True  # type: ignore[method-assign]
    dialog.submit.click()
    gallery.dialog("preview-results", dialog)
    scroll_to_end(dialog)
    gallery.dialog("preview-review", dialog)
    _close(dialog)
    _cbm_preview(gallery, workspace, course)


def _cbm_preview(gallery: Gallery, workspace: Workspace, course: m.Course) -> None:
    """A quiz with certainty-based marking in preview: an answer and "fairly sure"."""
    from ui.quiz_preview.answer_widgets import ChoiceAnswer
    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog

    dialog = QuizPreviewDialog(workspace.window, course, cbm_quiz(course), seed=5)
    dialog.resize(900, 640)
    card = dialog.cards[0]
    if isinstance(card.answer, ChoiceAnswer):
        card.answer.choose(0)
    if card.certainty_picker is not None:
        card.certainty_picker.button(2).click()
    gallery.dialog("preview-cbm", dialog)
    _close(dialog)


def _dialogs(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    from ui.certificate_dialog import CertificateExportDialog
    from ui.export_dialogs import HandoutExportDialog, QuizPaperExportDialog
    from ui.settings_dialog import SettingsDialog

    parent, settings = workspace.window, workspace.settings
    quiz = first_quiz(document.course)
    _dialog(gallery, "dialog-settings", SettingsDialog(parent, settings))
    _dialog(gallery, "dialog-export-handout", HandoutExportDialog(parent, document, settings))
    _dialog(gallery, "dialog-export-quiz-paper",
            QuizPaperExportDialog(parent, document, settings, quiz))
    certificates = CertificateExportDialog(parent, document, settings)
    certificates.names.setPlainText("王芳\n李雷\n张伟")
    _dialog(gallery, "dialog-export-certificates", certificates)
    _dialog(gallery, "dialog-about", _message(parent, tr("action.about"), tr("about.text"),
                                              QMessageBox.StandardButton.Ok))
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    _dialog(gallery, "dialog-unsaved",
            _message(parent, tr("unsaved.title"), tr("unsaved.text"), buttons))
    _dialog(gallery, "dialog-recovery", _message(
        parent, tr("recovery.title"), tr("recovery.text"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No))
    ask = QInputDialog(parent)
    ask.setWindowTitle(tr("action.new"))
    ask.setLabelText(tr("new.ask_title"))
    _dialog(gallery, "dialog-new-course", ask)
    _alt_text_dialog(gallery, parent, document)


def _alt_text_dialog(gallery: Gallery, parent: QWidget, document: CourseDocument) -> None:
    """Inserting a large photo: the description asked for, the scaling down told."""
    from PySide6.QtGui import QPixmap

    from ui.editors.alt_text_dialog import AltTextDialog
    from ui.gallery.course_copy import IMAGE

    note = tr("alt.downscaled", width=1600, height=900, old_width=4032, old_height=2268)
    dialog = AltTextDialog(parent, QPixmap(str(document.root / IMAGE)), "柜台前的客户",
                           note=note)
    _dialog(gallery, "dialog-image-alt-text", dialog)


def _undo_history(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    """Edit › Undo History after three edits, then the edits undone again."""
    from ui.commands import SetValueCommand
    from ui.field_names import edit_text

    course = document.course
    question = next(iter(course.all_questions()))
    lesson = course.modules[0].items[0]
    workspace.select_object(question)
    edits = ((course, "title", course.title), (lesson, "title", lesson.title),
             (question, "prompt", question.prompt))
    for target, key, value in edits:
        document.push(SetValueCommand(document, target, key, f"{value}（修订）",
                                      edit_text(key, target), owner=target))
    workspace.undo_history.show()
    gallery.window("dialog-undo-history", workspace.window)
    for _edit in edits:
        document.undo_stack.undo()
    workspace.undo_history.dock.hide()


def _message(parent: QWidget, title: str, text: str,
             buttons: QMessageBox.StandardButton) -> QMessageBox:
    """The message box the workspace shows with QMessageBox's static helpers."""
    return QMessageBox(QMessageBox.Icon.Information, title, text, buttons, parent)


def _dialog(gallery: Gallery, name: str, dialog: QDialog) -> None:
    gallery.dialog(name, dialog)
    _close(dialog)


def _close(dialog: QDialog) -> None:
    dialog.close()
    dialog.deleteLater()
