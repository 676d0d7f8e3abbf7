"""Placeholder warnings in the workspace: listed, located, gone once the text is replaced."""

from __future__ import annotations

from PySide6.QtCore import Qt

from courseware import model as m


def test_a_new_questions_placeholders_are_warnings_until_replaced(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = next(q for q in workspace.document.course.modules[0].items if isinstance(q, m.Quiz))
    workspace.select_object(quiz)
    workspace.window.action("add_question.single_choice").trigger()
    question = quiz.questions[-1]
    problems = [p for p in workspace.problems.validate_now() if p.target is question]
    assert [(p.field, p.warning) for p in problems] == [("prompt", True), ("options", True)]
    panel = workspace.window.problems
    row = next(i for i in range(panel.list.topLevelItemCount())
               if "question text is still" in panel.list.topLevelItem(i).text(0))
    assert panel.list.topLevelItem(row).toolTip(0).count("warning: ") == 1
    workspace.select_object(workspace.document.course)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.topLevelItem(row)).center())
    assert workspace.editor.obj is question
    prompt = workspace.editor.fields["prompt"]
    assert prompt.hasFocus()
    prompt.selectAll()
    qtbot.keyClicks(prompt, "Which step builds trust first?")
    fields = [p.field for p in workspace.problems.validate_now() if p.target is question]
    assert fields == ["options"]  # the four starter options remain to be written
