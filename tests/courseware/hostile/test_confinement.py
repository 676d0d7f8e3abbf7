"""Nothing outside the course folder gets in: links to elsewhere and pipes are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.courseware.course_builder import write_sample_course
from tests.courseware.hostile.conftest import run_cli

MARKER = "机密-不应出现-7f3a"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the course that must never be read, echoed or packaged."""
    path = tmp_path / "elsewhere" / "secret.yaml"
    path.parent.mkdir()
    path.write_text(f"id: x\ntitle: {MARKER}\n{MARKER}: [unclosed\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("relative", ["course.yaml", "modules/01-m1/module.yaml",
                                      "modules/01-m1/m1-quiz.yaml",
                                      "modules/01-m1/lessons/m1-l1.md"])
def test_a_course_file_linked_outside_is_refused(tmp_path: Path, outside: Path,
                                                 relative: str) -> None:
    course = write_sample_course(tmp_path / "course")
    (course / relative).unlink()
    (course / relative).symlink_to(outside)
    result = run_cli("validate", str(course))
    assert result.code == 1
    assert "outside the course folder" in result.said
    assert MARKER not in result.said
    output = tmp_path / "c.cwpkg"
    packaged = run_cli("package", str(course), "-o", str(output),
                       "--passphrase", "春季班 信任服务 第三期")
    assert packaged.code == 1 and not output.exists()


def test_a_pipe_given_as_a_lesson_does_not_hang_validate(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "course")
    lesson = course / "modules/01-m1/lessons/m1-l1.md"
    lesson.unlink()
    os.mkfifo(lesson)
    result = run_cli("validate", str(course), timeout=60)  # a hang fails here
    assert result.code == 1
    assert "not an ordinary file" in result.said and "m1-l1.md" in result.said


def test_a_link_inside_the_course_is_fine(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "course")
    lessons = course / "modules/01-m1/lessons"
    (lessons / "real.md").write_bytes((lessons / "m1-l1.md").read_bytes())
    (lessons / "m1-l1.md").unlink()
    (lessons / "m1-l1.md").symlink_to("real.md")
    assert run_cli("validate", str(course)).code == 0
