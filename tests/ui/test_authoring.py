"""Authoring flows: create a course, add every question type, reorder, undo/redo, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from courseware import model as m
from courseware.format import load_course
from ui.app import create_workspace
from ui.course_tree import NODE_MIME_TYPE


def test_create_course_add_every_question_type_and_save(qtbot, tmp_path: Path) -> None:
    from ui.workspace import Workspace

    workspace = Workspace()
    folder = tmp_path / "new-course"
    assert workspace.files.create(folder, "Service basics")
    course = workspace.document.course
    for type_name in m.QUESTION_TYPES:
        workspace.window.action(f"add_question.{type_name}").trigger()
        assert workspace.editor.obj.type_name == type_name  # its editor opened
    quiz = course.modules[0].quizzes[0]
    assert [q.type_name for q in quiz.questions] == list(m.QUESTION_TYPES)
    assert workspace.document.modified
    assert workspace.window.isWindowModified()
    problems = workspace.problems.validate_now()
    # new questions are usable (no errors) but their starter texts are flagged until replaced
    assert problems and all(p.warning and p.key.startswith("placeholder.") for p in problems)
    assert {id(p.target) for p in problems} >= {id(q) for q in quiz.questions}
    assert workspace.files.save()
    assert not workspace.document.modified
    reloaded = load_course(folder)
    assert reloaded.ok, [str(p) for p in reloaded.problems]
    assert [q.type_name for q in reloaded.course.all_questions()] == list(m.QUESTION_TYPES)
    workspace.window.close()
    workspace.window.deleteLater()
    workspace.deleteLater()


def _drop(workspace, obj: object, target: object, row: int) -> None:  # type: ignore[no-untyped-def]
    model = workspace.tree_model
    data = model.mimeData([model.index_for(obj)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, model.index_for(target))
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, model.index_for(target))


def test_drag_lesson_to_another_module_then_undo_redo(workspace) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    first, second = course.modules[0], course.modules[1]
    lesson = first.items[0]
    old_path = lesson.path
    _drop(workspace, lesson, second, 1)
    assert second.items[1] is lesson and lesson not in first.items
    assert lesson.path.startswith(second.folder + "/")
    workspace.window.action("undo").trigger()
    assert first.items[0] is lesson and lesson.path == old_path
    workspace.window.action("redo").trigger()
    assert second.items[1] is lesson


def test_reorder_within_module_and_reject_wrong_targets(workspace) -> None:  # type: ignore[no-untyped-def]
    module = workspace.document.course.modules[0]
    a, b = module.items[0], module.items[1]
    _drop(workspace, a, module, 2)
    assert module.items[:2] == [b, a]
    model = workspace.tree_model
    data = QMimeData()
    data.setData(NODE_MIME_TYPE, QByteArray(str(id(model.node_for(module))).encode()))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_for(a))


def test_delete_duplicate_rename_are_undoable(workspace) -> None:  # type: ignore[no-untyped-def]
    module = workspace.document.course.modules[0]
    count = len(module.items)
    lesson = module.items[0]
    workspace.select_object(lesson)
    workspace.window.action("delete").trigger()
    assert lesson not in module.items
    workspace.window.action("undo").trigger()
    assert module.items[0] is lesson
    workspace.select_object(lesson)
    workspace.window.action("duplicate").trigger()
    assert len(module.items) == count + 1 and module.items[1].id != lesson.id
    workspace.structure.ask_name = lambda label, current: "Renamed"
    workspace.select_object(lesson)
    workspace.window.action("rename").trigger()
    assert lesson.title == "Renamed"
    stack = workspace.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(module.items) == count and lesson.title != "Renamed"
    assert not workspace.document.modified


def test_typing_in_an_editor_is_one_undo_step(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = workspace.document.course.modules[0].items[0]
    workspace.select_object(lesson)
    title = workspace.editor.fields["title"]
    original = lesson.title
    title.selectAll()
    qtbot.keyClicks(title, "Trust")
    assert lesson.title == "Trust"
    workspace.document.undo_stack.undo()
    assert lesson.title == original
    assert title.text() == original  # the widget follows the model


def test_problems_panel_jumps_to_the_question_and_field(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question = next(q for q in workspace.document.course.all_questions()
                    if isinstance(q, m.SingleChoiceQuestion))
    workspace.select_object(question)
    cards = workspace.editor.fields["options"]
    for card in cards.cards:  # untick every correct option in the form
        toggle = card.findChild(QCheckBox, "card-correct")
        if toggle.isChecked():
            toggle.click()
    problems = workspace.problems.validate_now()
    assert [p.target for p in problems] == [question]
    workspace.select_object(workspace.document.course)
    panel = workspace.window.problems
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.topLevelItem(0)).center())
    assert workspace.current_node().obj is question
    assert workspace.editor.fields["options"].cards[0].isAncestorOf(
        QApplication.focusWidget())


def test_bundled_course_opens_on_first_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import course_to_open
    from ui.app_settings import AppSettings

    bundled = Path(__file__).resolve().parents[2] / "content" / "bank-service-trust"
    settings = AppSettings()
    assert course_to_open(settings, bundled) == bundled
    workspace = create_workspace(bundled, settings)
    assert workspace.document.course.modules
    assert "银行" in workspace.window.windowTitle()
    assert settings.recent_courses()[0] == bundled.resolve()
    workspace.window.close()
    workspace.window.deleteLater()
    workspace.deleteLater()
