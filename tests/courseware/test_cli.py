"""The public command line: validate, info, new, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.courseware.course_builder import edit, write_sample_course


def run_cli(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--lang", lang, *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)


def test_validate_bundled_course_exits_0(bundled_course: Path):
    result = run_cli("validate", str(bundled_course))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_validate_broken_course_lists_problems_and_exits_1(tmp_path: Path):
    folder = write_sample_course(tmp_path / "c")
    edit(folder, "modules/01-m1/m1-quiz.yaml", "correct: true", "correct: false")
    edit(folder, "modules/01-m1/module.yaml", "lessons/m1-l1.md", "lessons/gone.md")
    result = run_cli("validate", str(folder))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(str(folder)) for line in lines)
    assert "Traceback" not in result.stderr


def test_validate_in_chinese(tmp_path: Path):
    folder = write_sample_course(tmp_path / "c")
    edit(folder, "modules/01-m1/m1-quiz.yaml", "correct: true", "correct: false")
    result = run_cli("validate", str(folder), lang="zh")
    assert "没有选项被标为正确答案" in result.stdout
    assert "发现 1 个问题" in result.stderr


def test_validate_missing_folder_is_a_user_error(tmp_path: Path):
    result = run_cli("validate", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert "not a folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_info_json_has_the_counts(bundled_course: Path):
    result = run_cli("info", str(bundled_course), "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    for key in ("modules", "lessons", "case_studies", "quizzes", "questions", "questions_by_type"):
        assert key in info
    assert info["modules"] == 5
    assert sum(info["questions_by_type"].values()) == info["questions"]


def test_info_text_lists_types(tmp_path: Path):
    folder = write_sample_course(tmp_path / "c")
    result = run_cli("info", str(folder))
    assert result.returncode == 0
    assert "branching scenario (scenario): 1" in result.stdout
    assert "Questions: 8" in result.stdout


def test_new_scaffolds_a_valid_course(tmp_path: Path):
    target = tmp_path / "新课程"
    result = run_cli("new", str(target), "--title", "Customer Care 101")
    assert result.returncode == 0, result.stderr
    assert run_cli("validate", str(target)).returncode == 0


def test_new_refuses_a_non_empty_folder(tmp_path: Path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    result = run_cli("new", str(tmp_path / "x"), "--title", "T")
    assert result.returncode == 1
    assert (tmp_path / "x" / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize("args", [["validate"], ["frobnicate"], ["info", "a", "--bogus"]])
def test_usage_errors_exit_2(args: list[str]):
    assert run_cli(*args).returncode == 2


def test_installed_console_script_matches_main(bundled_course: Path):
    script = Path(sys.executable).with_name("courseware")
    if not script.exists():
        pytest.skip("the package is not installed in this interpreter (pip install -e .)")
    result = subprocess.run([str(script), "validate", str(bundled_course)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
