"""What validates can be packaged and opened on any PC: file names are checked up front."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware.file_names import MAX_PATH_CHARS, name_problem
from tests.courseware.course_builder import edit, write_sample_course
from tests.courseware.hostile.conftest import run_cli

LESSON = "modules/01-m1/lessons/m1-l1.md"


@pytest.mark.parametrize(("new_name", "said", "hint"), [
    ("CON.md", "reserved device name", "rename it"),
    ("lpt1.md", "reserved device name", "rename it"),
    ("时间:安排.md", "characters Windows does not allow", "时间-安排.md"),
    ("问题?.md", "characters Windows does not allow", "replace"),
    ("第一课./m1-l1.md", "ends with a dot or a space", "remove the dot"),
])
def test_validate_reports_names_windows_refuses(tmp_path: Path, new_name: str, said: str,
                                                hint: str) -> None:
    course = write_sample_course(tmp_path / "course")
    target = course / "modules/01-m1/lessons" / new_name
    target.parent.mkdir(parents=True, exist_ok=True)
    (course / LESSON).rename(target)
    edit(course, "modules/01-m1/module.yaml", "lessons/m1-l1.md", f"'lessons/{new_name}'")
    result = run_cli("validate", str(course))
    assert result.code == 1, result.said
    assert said in result.said and "hint: " in result.said and hint in result.said


def test_an_over_long_path_is_reported(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "course")
    folder = "很长的课程文件夹名称" * 6  # 60 characters, 180 bytes: fine on its own
    long_name = f"{folder}/{folder}/{folder}/m1-l1.md"
    (course / "modules/01-m1/lessons" / long_name).parent.mkdir(parents=True)
    (course / LESSON).rename(course / "modules/01-m1/lessons" / long_name)
    edit(course, "modules/01-m1/module.yaml", "lessons/m1-l1.md", f"lessons/{long_name}")
    result = run_cli("validate", str(course))
    assert result.code == 1 and "characters; Windows PCs cannot open" in result.said


@pytest.mark.parametrize("path", ["modules/一/课程 介绍.md", "media/图 1.png", "a/b.c/d.md"])
def test_ordinary_names_pass(path: str) -> None:
    assert name_problem(path) is None


@pytest.mark.parametrize(("path", "key"), [
    ("m/aux.txt.md", "filename.reserved"), ("m/COM9", "filename.reserved"),
    ("m/a\x01b.md", "filename.bad_characters"),
    ("m/x" + "y" * MAX_PATH_CHARS, "filename.path_too_long"),
    ("m/a\\b.md", "filename.bad_characters"), ("m/第一章 /a.md", "filename.trailing"),
    ("m/\udcff.md", "filename.not_unicode"),
    ("m/" + "长" * 90 + ".md", "filename.name_too_long"),
])
def test_each_rule(path: str, key: str) -> None:
    found = name_problem(path)
    assert found is not None and found[0] == key
