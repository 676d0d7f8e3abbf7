"""Load → save → load gives equal objects and byte-identical files; saving is atomic."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from courseware.fileio import atomic_write_text
from courseware.format import load_course, save_course
from courseware.format.writer import course_files
from tests.courseware.course_builder import sample_course, write_sample_course


def _all_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bundled_course_round_trips_to_equal_objects(bundled_course: Path, tmp_path: Path):
    first = load_course(bundled_course)
    assert first.ok, [str(p) for p in first.problems]
    save_course(first.course, tmp_path / "copy")
    if (bundled_course / "media").is_dir():  # git keeps no empty folder
        shutil.copytree(bundled_course / "media", tmp_path / "copy" / "media", dirs_exist_ok=True)
    second = load_course(tmp_path / "copy")
    assert second.ok, [str(p) for p in second.problems]
    assert second.course == first.course


def test_second_save_is_byte_identical(bundled_course: Path, tmp_path: Path):
    save_course(load_course(bundled_course).course, tmp_path / "a")
    save_course(load_course(tmp_path / "a").course, tmp_path / "b")
    comparison = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    assert _all_files(tmp_path / "a") == _all_files(tmp_path / "b"), comparison.report()


def test_saving_an_unchanged_course_writes_nothing(tmp_path: Path):
    folder = write_sample_course(tmp_path / "c")
    course = load_course(folder).course
    assert save_course(course, folder) == []


def test_sample_course_round_trip_keeps_every_question_type(tmp_path: Path):
    original = sample_course()
    folder = tmp_path / "c"
    save_course(original, folder)  # also gives new objects their file paths
    loaded = load_course(folder)
    assert loaded.ok, [str(p) for p in loaded.problems]
    assert loaded.course == original
    types = {q.type_name for q in loaded.course.all_questions()}
    assert types == {"single_choice", "multiple_choice", "true_false", "fill_blank",
                     "matching", "ordering", "essay", "scenario"}


def test_lesson_body_is_kept_exactly(tmp_path: Path):
    course = sample_course()
    odd_body = "  leading spaces\n\n\n| a | b |\n|---|---|\n| 1 | 2 |\ntrailing no newline"
    course.modules[0].items[0].body = odd_body
    save_course(course, tmp_path / "c")
    assert load_course(tmp_path / "c").course.modules[0].items[0].body == odd_body


def test_course_files_cover_every_object():
    files = course_files(sample_course())
    assert set(files) == {"course.yaml", "modules/01-m1/module.yaml",
                          "modules/01-m1/lessons/m1-l1.md", "modules/01-m1/cases/m1-c1.md",
                          "modules/01-m1/m1-quiz.yaml"}


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path: Path, monkeypatch):
    target = tmp_path / "course.yaml"
    target.write_text("old", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("courseware.fileio.os.fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["course.yaml"]  # no temp file left
