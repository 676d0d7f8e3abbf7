"""First-run papercuts: labelled info, the bundled course found, new in the course's language,
the line of an empty title, the signing-key notice, the version."""

from __future__ import annotations

from pathlib import Path

from courseware.bundled import bundled_course_path
from courseware.format import load_course
from courseware.version import app_version
from tests.courseware.test_cli import run_cli


def test_info_without_a_path_describes_the_bundled_course():
    result = run_cli("info", lang="zh")
    assert result.returncode == 0, result.stderr
    assert "bank-service-trust" in result.stdout
    assert "测验 m1-quiz「" in result.stdout  # quiz ids, labelled
    assert "课节 4 · 案例 3" in result.stdout  # module counts with their labels
    assert "结业考试：测验 final-exam「结业考试」：从本测验的 46 道题库中为每人抽取 30 道题" \
        in result.stdout


def test_info_in_english_labels_every_number():
    result = run_cli("info", lang="en")
    assert "m1 " in result.stdout and "lessons · " in result.stdout
    assert ": 4 / 3 /" not in result.stdout


def test_bundled_course_is_found_from_the_source_tree(bundled_course: Path):
    assert bundled_course_path() == bundled_course.resolve()


def test_new_course_names_its_module_in_the_course_language(tmp_path: Path):
    english = tmp_path / "english"
    assert run_cli("new", str(english), "--title", "Intro", "--language", "en",
                   lang="zh").returncode == 0
    course = load_course(english).course
    assert course is not None and course.modules[0].title == "Module 1"
    chinese = tmp_path / "chinese"
    assert run_cli("new", str(chinese), "--title", "入门", lang="zh").returncode == 0
    course = load_course(chinese).course
    assert course is not None and course.language == "zh-CN"
    assert course.modules[0].title == "模块一"


def test_an_empty_title_is_reported_on_its_own_line(tmp_path: Path):
    folder = tmp_path / "course"
    assert run_cli("new", str(folder), "--title", "X", "--language", "en").returncode == 0
    course_file = folder / "course.yaml"
    lines = course_file.read_text(encoding="utf-8").splitlines()
    title_line = next(i for i, line in enumerate(lines, 1) if line.startswith("title:"))
    assert title_line > 1
    lines[title_line - 1] = "title:"
    course_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("validate", str(folder))
    assert result.returncode == 1
    assert f"course.yaml:{title_line}: 'title' must not be empty" in result.stdout


def test_the_signing_key_notice_appears_once(tmp_path: Path):
    keys, out = tmp_path / "keys", tmp_path / "public.pem"
    first = run_cli("keys", "export-public", "-o", str(out), "--keys", str(keys))
    assert first.returncode == 0, first.stderr
    assert "back this folder up" in first.stderr and str(keys) in first.stderr
    second = run_cli("keys", "export-public", "-o", str(out), "--keys", str(keys))
    assert second.returncode == 0 and "back this folder up" not in second.stderr


def test_version_is_printed():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Courseware Studio {app_version()}"
