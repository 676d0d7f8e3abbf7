"""Source mode carries edits both ways; undo works in both; a toolbar command is one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from courseware import model as m
from tests.ui.rich.helpers import source_blocks
from ui.editors.case_editor import CaseEditor
from ui.editors.lesson_editor import LessonEditor
from ui.editors.rich import field as field_module
from ui.editors.rich.field import MarkdownField


def test_source_mode_carries_edits_both_ways(field: MarkdownField, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, "Visual")
    field.actions_by_name["source_mode"].trigger()
    assert field.in_source_mode() and field.stack.currentWidget() is field.source
    assert field.source.toPlainText() == "Visual\n"
    assert not field.actions_by_name["table_row_below"].isEnabled()  # only in a visual table
    cursor = field.source.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.source.setTextCursor(cursor)
    qtbot.keyClick(field.source, Qt.Key.Key_Return)
    qtbot.keyClicks(field.source, "## Typed in source")
    qtbot.keyClick(field.source, Qt.Key.Key_Return)
    assert lesson.body == "Visual\n\n## Typed in source\n"
    field.actions_by_name["source_mode"].trigger()
    assert not field.in_source_mode()
    document = field.visual.document()
    heading = document.findBlockByNumber(1)
    assert heading.text() == "Typed in source" and heading.blockFormat().headingLevel() == 2
    assert field.markdown() == lesson.body


def test_the_next_field_opens_in_the_mode_last_chosen(course_document, lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MarkdownField(course_document, lesson, "body", lesson, lambda: "", "a")
    qtbot.addWidget(first)
    first.set_source_mode(True)
    second = MarkdownField(course_document, lesson, "body", lesson, lambda: "", "b")
    qtbot.addWidget(second)
    assert second.in_source_mode()
    field_module._prefer_source = False


def test_undo_in_source_mode(field: MarkdownField, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.set_source_mode(True)
    field.source.setFocus()
    qtbot.keyClicks(field.source, "abc")
    assert lesson.body == "abc"
    field.document.undo_stack.undo()
    assert lesson.body == "" and field.source.toPlainText() == ""


def test_a_toolbar_command_is_one_undo_step(field: MarkdownField, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, "Text")
    stack = field.document.undo_stack
    typed = stack.count()
    field.insert_table(3, 2)
    assert stack.count() == typed + 1
    assert "|---|---|" in lesson.body
    stack.undo()
    assert lesson.body == "Text\n"
    assert field.visual.document().rootFrame().childFrames() == []  # the editor shows it
    stack.redo()
    assert "|---|---|" in lesson.body
    assert len(field.visual.document().rootFrame().childFrames()) == 1
    qtbot.keyClicks(field.visual, "x")  # typing after a command is a step of its own
    assert stack.count() == typed + 2


def test_typing_merges_into_one_step_and_local_undo_works(field: MarkdownField,  # type: ignore[no-untyped-def]
                                                          lesson: m.Lesson, qtbot) -> None:
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, "one two")
    assert field.document.undo_stack.count() == 1
    qtbot.keyClick(field.visual, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lesson.body != "one two\n"  # the editor's own undo went back
    assert lesson.body == field.markdown()


def test_window_undo_restores_a_lesson_after_a_command(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    field_module._prefer_source = False
    lesson = workspace.document.course.modules[0].lessons[0]
    workspace.select_object(lesson)
    editor = workspace.window.editor_area.editor
    assert isinstance(editor, LessonEditor)
    body = lesson.body
    editor.field.visual.setFocus()
    editor.field.insert_callout("warning")
    qtbot.keyClicks(editor.field.visual, "Careful")
    assert "::: warning\nCareful\n:::" in lesson.body
    workspace.window.action("undo").trigger()
    workspace.window.action("undo").trigger()
    assert lesson.body == body
    assert editor.field.markdown() == body


def test_case_sections_are_visual_without_callout_button(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    field_module._prefer_source = False
    case = workspace.document.course.modules[0].case_studies[0]
    workspace.select_object(case)
    editor = workspace.window.editor_area.editor
    assert isinstance(editor, CaseEditor)
    questions = editor.sections["questions"]
    count = len(case.discussion_questions)
    assert "callout" not in questions.actions_by_name
    assert source_blocks(questions.visual.document()) == []
    assert questions.visual.document().firstBlock().textList() is not None
    assert questions.markdown() == case.sections["questions"]
    cursor = questions.visual.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    questions.visual.setTextCursor(cursor)
    questions.visual.setFocus()
    qtbot.keyClick(questions.visual, Qt.Key.Key_Return)
    questions.visual.insertPlainText("新的问题？")  # as an input method commits it
    assert case.sections["questions"].endswith(f"\n{count + 1}. 新的问题？")
    assert len(case.discussion_questions) == count + 1


def test_the_formatting_bar_inserts_markdown_in_source_mode(field: MarkdownField,  # type: ignore[no-untyped-def]
                                                            lesson: m.Lesson, qtbot) -> None:
    field.set_source_mode(True)
    assert not field.actions_by_name["indent"].isVisible()
    assert field.actions_by_name["bold"].isEnabled()
    field.source.setFocus()
    qtbot.keyClicks(field.source, "word")
    field.source.selectAll()
    qtbot.keyClick(field.source, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert lesson.body == "**word**"
    field.insert_table(2, 2)
    field.actions_by_name["callout_tip"].trigger()
    assert lesson.body == "**word**\n| | |\n|---|---|\n| | |\n\n::: tip\n\n:::\n"


def test_opening_every_lesson_and_case_changes_nothing(workspace) -> None:  # type: ignore[no-untyped-def]
    field_module._prefer_source = False
    course = workspace.document.course
    items = [item for module in course.modules for item in module.items
             if isinstance(item, m.Lesson | m.CaseStudy)]
    assert len(items) > 20
    for item in items:
        assert workspace.select_object(item)
        editor = workspace.window.editor_area.editor
        fields = [editor.field] if isinstance(editor, LessonEditor) else list(
            editor.sections.values())
        for markdown_field in fields:
            assert markdown_field.markdown() == markdown_field.value(), item.id
    assert workspace.document.undo_stack.count() == 0
    assert not workspace.document.modified
