"""The preview beside the editor: at the selected question, non-modal, refreshed after edits,
with the trainee's question navigator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from courseware import model as m
from ui.commands import SetValueCommand
from ui.preview import REFRESH_DELAY_MS
from ui.trainee.navigator import QuestionNavigator


def _quiz(workspace) -> m.Quiz:  # type: ignore[no-untyped-def]
    return next(q for q in workspace.document.course.all_quizzes()
                if len(q.questions) >= 4 and not q.draws
                and q.settings.navigation is m.Navigation.FREE)


def _shown_ids(pane) -> list[str]:  # type: ignore[no-untyped-def]
    return [card.question.id for card in pane.quiz_view.cards]


def test_f5_opens_at_the_selected_question_with_the_navigator(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _quiz(workspace)
    question = quiz.questions[3]
    workspace.select_object(question)
    workspace.window.action("preview").trigger()
    pane = workspace.preview.pane
    assert workspace.preview.dock.isVisible()
    assert question.id in _shown_ids(pane)
    assert quiz.questions[0].id not in _shown_ids(pane) or quiz.settings.questions_per_page != 1
    navigator = pane.findChild(QuestionNavigator)
    assert navigator is pane.navigator and navigator.isVisible()
    assert set(navigator.buttons) == {q.id for q in quiz.questions}
    current = navigator.buttons[question.id]
    assert "underline" in current.styleSheet()  # the trainee's "you are here"


def test_the_navigator_jumps_and_the_selection_is_followed(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _quiz(workspace)
    workspace.select_object(quiz.questions[0])
    pane = workspace.preview_current()
    last = quiz.questions[-1]
    qtbot.mouseClick(pane.navigator.buttons[last.id], Qt.MouseButton.LeftButton)
    assert last.id in _shown_ids(pane)
    workspace.select_object(quiz.questions[1])  # the trainer picks another question in the tree
    assert quiz.questions[1].id in _shown_ids(pane)
    assert workspace.preview.pane is pane  # one preview, reused
    lesson = workspace.document.course.modules[0].lessons[0]
    workspace.select_object(lesson)
    assert pane.stack.currentWidget() is pane.text
    assert lesson.title[:4] in pane.text.toPlainText()


def test_editing_a_prompt_updates_the_open_preview_in_place(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _quiz(workspace)
    question = quiz.questions[2]
    workspace.select_object(question)
    pane = workspace.preview_current()
    workspace.window.activateWindow()
    prompt = workspace.window.editor_area.editor.prompt
    prompt.setFocus()
    document = workspace.document
    document.push(SetValueCommand(document, question, "prompt", "新的题干：客户最在意什么？", "x"))
    qtbot.waitUntil(lambda: any("新的题干" in card.question.prompt
                                for card in pane.quiz_view.cards),
                    timeout=REFRESH_DELAY_MS * 5)
    assert question.id in _shown_ids(pane)  # still at the same question
    QApplication.processEvents()
    assert QApplication.focusWidget() is prompt  # the refresh never takes the trainer's focus


def test_the_editor_takes_input_while_the_preview_is_open(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _quiz(workspace)
    question = quiz.questions[1]
    workspace.select_object(question)
    pane = workspace.preview_current()
    assert QApplication.activeModalWidget() is None
    assert pane.window() is workspace.window  # inside the main window, not a dialog over it
    editor = workspace.window.editor_area.editor
    editor.prompt.setFocus()
    editor.prompt.selectAll()
    qtbot.keyClicks(editor.prompt, "Typing still works")
    assert question.prompt == "Typing still works"
    assert workspace.preview.dock.isVisible()


def test_a_lesson_preview_keeps_its_place_after_an_edit(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = max(workspace.document.course.modules[0].lessons, key=lambda le: len(le.body))
    workspace.select_object(lesson)
    pane = workspace.preview_current()
    workspace.preview.dock.resize(400, 300)
    QApplication.processEvents()
    bar = pane.text.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    document = workspace.document
    document.push(SetValueCommand(document, lesson, "body", lesson.body + "\n\n补充一句。", "x"))
    qtbot.waitUntil(lambda: "补充一句" in pane.text.toPlainText(), timeout=REFRESH_DELAY_MS * 5)
    assert abs(bar.value() - middle) <= 2


def test_answers_survive_an_edit(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.quiz_preview.answer_widgets import ChoiceAnswer

    quiz = _quiz(workspace)
    workspace.select_object(quiz.questions[0])
    pane = workspace.preview_current()
    card = next(c for c in pane.quiz_view.cards if isinstance(c.answer, ChoiceAnswer))
    card.answer.choose(0)
    answered = card.question.id
    value = pane.quiz_view.preview.value(answered)
    assert value is not None
    assert pane.navigator.buttons[answered].property("answered")
    document = workspace.document
    question = next(q for q in quiz.questions if q.id == answered)
    document.push(SetValueCommand(document, question, "feedback", "新的反馈", "x"))
    old_view = pane.quiz_view
    qtbot.waitUntil(lambda: pane.quiz_view is not old_view, timeout=REFRESH_DELAY_MS * 5)
    assert pane.quiz_view.preview.value(answered) == value
    assert pane.navigator.buttons[answered].property("answered")


def test_the_preview_follows_a_language_switch(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _quiz(workspace)
    workspace.select_object(quiz.questions[1])
    pane = workspace.preview_current()
    workspace.apply_language("zh")
    assert pane.note.text().startswith("学员看到的样子")
    assert quiz.questions[1].id in _shown_ids(pane)
    assert pane.quiz_view.previous.text() == "← 上一页"
