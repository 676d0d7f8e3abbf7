"""The quiz editor's question list and the course tree's right-click menus, driven as a user."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu

from courseware import model as m
from ui.editors.quiz_editor import QuizEditor
from ui.labels import first_line


def _open_quiz(workspace) -> tuple[m.Quiz, QuizEditor]:  # type: ignore[no-untyped-def]
    quiz = next(q for q in workspace.document.course.modules[0].items if isinstance(q, m.Quiz))
    workspace.select_object(quiz)
    editor = workspace.editor
    assert isinstance(editor, QuizEditor)
    return quiz, editor


def _texts(editor: QuizEditor, column: int) -> list[str]:
    table = editor.question_list.table
    return [table.topLevelItem(r).text(column) for r in range(table.topLevelItemCount())]


def test_rows_show_number_type_prompt_points(workspace) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    assert _texts(editor, 0) == [str(n) for n in range(1, len(quiz.questions) + 1)]
    assert _texts(editor, 3) == [f"{q.points:g}" for q in quiz.questions]
    from ui.labels import question_type_name

    assert _texts(editor, 1) == [question_type_name(q.type_name) for q in quiz.questions]
    assert _texts(editor, 2) == [first_line(q.prompt, 60) for q in quiz.questions]


def test_problem_badge_follows_live_validation(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    workspace.problems.validate_now()
    assert _texts(editor, 4) == [""] * len(quiz.questions)
    question = next(q for q in quiz.questions if isinstance(q, m.SingleChoiceQuestion))
    row = quiz.questions.index(question)
    from ui.commands import SetValueCommand

    broken = [m.Option(o.id, o.text, False, o.feedback) for o in question.options]
    workspace.document.push(SetValueCommand(workspace.document, question, "options", broken,
                                            "x"))
    workspace.problems.validate_now()
    assert _texts(editor, 4)[row] == "1 to fix"
    assert "correct" in editor.question_list.table.topLevelItem(row).toolTip(4)


def test_add_from_type_menu_opens_the_new_question_and_undo_removes_it(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    count = len(quiz.questions)
    action = editor.question_list.type_menu.findChild(type(editor.question_list.type_menu
                                                           .actions()[0]), "add-ordering")
    action.trigger()
    assert len(quiz.questions) == count + 1 and quiz.questions[-1].type_name == "ordering"
    assert workspace.editor.obj is quiz.questions[-1]  # its editor is open
    workspace.window.action("undo").trigger()
    assert len(quiz.questions) == count


def test_duplicate_delete_reorder_are_one_undo_step_each(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    view, stack = editor.question_list, workspace.document.undo_stack
    original = list(quiz.questions)
    view.select_row(0)
    qtbot.mouseClick(view.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert len(quiz.questions) == len(original) + 1
    assert quiz.questions[1].prompt == original[0].prompt and quiz.questions[1].id != original[0].id
    assert workspace.editor is editor and view.current_row() == 1  # the editor stays
    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    assert quiz.questions == original
    view.select_row(0)
    qtbot.mouseClick(view.buttons["down"], Qt.MouseButton.LeftButton)
    assert quiz.questions[:2] == [original[1], original[0]] and view.current_row() == 1
    assert _texts(editor, 2)[:2] == [first_line(q.prompt, 60) for q in quiz.questions[:2]]
    for _ in range(3):
        stack.undo()
    assert quiz.questions == original
    assert not workspace.document.modified


def test_drag_a_row_to_reorder(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    original = list(quiz.questions)
    table = editor.question_list.table
    table.setCurrentItem(table.topLevelItem(0))
    last = table.visualItemRect(table.topLevelItem(2))
    below_middle = QPointF(last.center().x(), last.center().y() + last.height() / 4)
    data = table.model().mimeData([table.model().index(0, 0)])
    event = QDropEvent(below_middle, Qt.DropAction.MoveAction, data or QMimeData(),
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    moves: list[tuple[int, int]] = []
    table.move_requested.connect(lambda a, b: moves.append((a, b)))
    assert table.drop_row(below_middle.toPoint()) == 3  # below the third row's middle
    table.dropEvent(event)
    assert moves == [(0, 2)]
    assert quiz.questions[2] is original[0] and quiz.questions[:2] == original[1:3]
    workspace.document.undo_stack.undo()
    assert quiz.questions == original


def test_move_to_another_quiz_and_undo(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    course = workspace.document.course
    other = next(q for module in course.modules[1:] for q in module.items
                 if isinstance(q, m.Quiz))
    question, others_count = quiz.questions[0], len(other.questions)
    offered: list[list[m.Quiz]] = []
    editor.questions.ask_quiz = lambda quizzes: offered.append(quizzes) or other
    editor.question_list.select_row(0)
    qtbot.mouseClick(editor.question_list.buttons["move_to_quiz"], Qt.MouseButton.LeftButton)
    assert quiz not in offered[0] and other in offered[0]
    assert question not in quiz.questions and other.questions[-1] is question
    assert len(other.questions) == others_count + 1
    workspace.document.undo_stack.undo()
    assert quiz.questions[0] is question and len(other.questions) == others_count


def _menu_for(workspace, obj: object) -> QMenu:  # type: ignore[no-untyped-def]
    tree = workspace.window.tree
    index = workspace.tree_model.index_for(obj)
    tree.scrollTo(index)
    menu = workspace.tree_menu(tree.visualRect(index).center())
    assert menu is not None and workspace.current_node().obj is obj  # right-click selects
    return menu


def _labels(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_tree_menus_offer_each_nodes_actions(workspace) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    module = course.modules[0]
    workspace.window.tree.expandAll()
    module_menu = _labels(_menu_for(workspace, module))
    for key in ("action.add_lesson", "action.add_case", "action.add_quiz", "action.rename",
                "action.delete"):
        assert workspace.window.action(key.removeprefix("action.")).text() in module_menu
    lesson = next(i for i in module.items if isinstance(i, m.Lesson))
    lesson_menu = _menu_for(workspace, lesson)
    assert "Move to module" in _labels(lesson_menu)
    quiz = next(i for i in module.items if isinstance(i, m.Quiz))
    quiz_menu = _labels(_menu_for(workspace, quiz))
    assert "Add question" in quiz_menu and workspace.window.action("preview").text() in quiz_menu
    question_menu = _labels(_menu_for(workspace, quiz.questions[0]))
    assert workspace.window.action("duplicate").text() in question_menu
    assert workspace.window.action("rename").text() not in question_menu
    for menu in workspace.window.tree.findChildren(QMenu):
        menu.deleteLater()


def test_tree_menu_moves_a_lesson_to_another_module(workspace) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    first, second = course.modules[0], course.modules[1]
    lesson = next(i for i in first.items if isinstance(i, m.Lesson))
    menu = _menu_for(workspace, lesson)
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Move to module")
    next(a for a in submenu.actions() if a.text() == second.title).trigger()
    assert second.items[-1] is lesson and lesson not in first.items
    workspace.window.action("undo").trigger()
    assert lesson in first.items


def test_tree_menu_adds_a_question_to_the_quiz(workspace) -> None:  # type: ignore[no-untyped-def]
    quiz = next(i for i in workspace.document.course.modules[0].items if isinstance(i, m.Quiz))
    count = len(quiz.questions)
    menu = _menu_for(workspace, quiz)
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Add question")
    next(a for a in submenu.actions() if a.text() == "True/false").trigger()
    assert len(quiz.questions) == count + 1 and quiz.questions[-1].type_name == "true_false"


def test_keys_in_the_list_act_on_the_question_not_the_quiz(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    original = list(quiz.questions)
    table = editor.question_list.table
    editor.question_list.select_row(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(quiz.questions) == len(original) + 1 and quiz.questions[2].id != original[1].id
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert quiz.questions == original  # the copy went, not the quiz
    assert quiz in workspace.document.course.modules[0].items
    editor.question_list.select_row(0)
    qtbot.keyClick(table, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert quiz.questions[1] is original[0]


def test_double_click_opens_the_question(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz, editor = _open_quiz(workspace)
    table = editor.question_list.table
    rect = table.visualItemRect(table.topLevelItem(2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.editor.obj is quiz.questions[2]
