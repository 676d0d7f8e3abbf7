"""Deleting or moving an item leaves no orphan file once saved; until then it is undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from courseware.format import load_course


def _delete(workspace, obj: object) -> None:  # type: ignore[no-untyped-def]
    workspace.select_object(obj)
    workspace.window.action("delete").trigger()


def test_deleted_lesson_file_goes_on_save_not_before(workspace, course_copy: Path) -> None:  # type: ignore[no-untyped-def]
    lesson = workspace.document.course.modules[0].items[0]
    path = course_copy / lesson.path
    _delete(workspace, lesson)
    assert path.is_file()  # nothing on disk changes before saving
    assert workspace.files.save()
    assert not path.exists()
    assert load_course(course_copy).ok


def test_undone_delete_keeps_the_file(workspace, course_copy: Path) -> None:  # type: ignore[no-untyped-def]
    lesson = workspace.document.course.modules[0].items[0]
    path = course_copy / lesson.path
    _delete(workspace, lesson)
    workspace.window.action("undo").trigger()
    assert workspace.files.save()
    assert path.is_file()


def test_deleted_module_leaves_no_folder(workspace, course_copy: Path) -> None:  # type: ignore[no-untyped-def]
    module = workspace.document.course.modules[-1]
    folder = course_copy / module.folder
    _delete(workspace, module)
    assert workspace.files.save()
    assert not folder.exists()
    reloaded = load_course(course_copy).course  # (the final exam may now draw from nothing)
    assert reloaded is not None and module.id not in [m.id for m in reloaded.modules]


def test_moved_lesson_leaves_no_copy_behind(workspace, course_copy: Path) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    lesson, target = course.modules[0].items[0], course.modules[1]
    old = course_copy / lesson.path
    model = workspace.tree_model
    data = model.mimeData([model.index_for(lesson)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_for(target))
    assert workspace.files.save()
    assert not old.exists() and (course_copy / lesson.path).is_file()
    reloaded = load_course(course_copy)
    assert reloaded.ok and reloaded.course.modules[1].items[0].id == lesson.id
    ids = [item.id for module in reloaded.course.modules for item in module.items]
    assert ids.count(lesson.id) == 1
