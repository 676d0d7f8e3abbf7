"""save_course(remove=…): files of deleted or moved items go, and nothing else ever does."""

from __future__ import annotations

from pathlib import Path

from courseware.format import load_course, save_course
from courseware.format.writer import course_files, course_paths
from tests.courseware.course_builder import sample_course, write_sample_course

LESSON = "modules/01-m1/lessons/m1-l1.md"
CASE = "modules/01-m1/cases/m1-c1.md"


def test_a_deleted_items_file_is_removed(tmp_path: Path) -> None:
    folder = write_sample_course(tmp_path / "c")
    course = load_course(folder).course
    module = course.modules[0]
    module.items = [item for item in module.items if item.path != CASE]
    save_course(course, folder, remove=[CASE])
    assert not (folder / CASE).exists()
    assert not (folder / "modules/01-m1/cases").exists()  # the folder it emptied goes too
    reloaded = load_course(folder)
    assert reloaded.ok, [str(p) for p in reloaded.problems]


def test_a_file_still_part_of_the_course_is_kept(tmp_path: Path) -> None:
    folder = write_sample_course(tmp_path / "c")
    course = load_course(folder).course
    save_course(course, folder, remove=[LESSON, "./" + LESSON, "course.yaml"])
    assert (folder / LESSON).is_file() and (folder / "course.yaml").is_file()


def test_a_moved_items_old_file_is_removed(tmp_path: Path) -> None:
    folder = write_sample_course(tmp_path / "c")
    course = load_course(folder).course
    lesson = course.modules[0].items[0]
    lesson.path = "modules/01-m1/lessons/renamed.md"
    save_course(course, folder, remove=[LESSON])
    assert not (folder / LESSON).exists()
    assert (folder / lesson.path).is_file()
    assert load_course(folder).course.modules[0].items[0].body == lesson.body


def test_nothing_outside_the_course_folder_is_touched(tmp_path: Path) -> None:
    folder = write_sample_course(tmp_path / "c")
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    course = load_course(folder).course
    save_course(course, folder, remove=["../precious.txt", str(outside), "modules/01-m1"])
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert (folder / "modules/01-m1").is_dir()


def test_missing_files_are_ignored(tmp_path: Path) -> None:
    folder = write_sample_course(tmp_path / "c")
    course = load_course(folder).course
    assert save_course(course, folder, remove=["modules/01-m1/lessons/gone.md"]) == []


def test_course_paths_are_the_files_written() -> None:
    course = sample_course()
    assert course_paths(course) == list(course_files(course))
