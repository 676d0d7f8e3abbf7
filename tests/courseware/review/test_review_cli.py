"""``review PATH [--json] [--fail-on LEVEL]`` and the course's ``review:`` thresholds."""

from __future__ import annotations

import json
from pathlib import Path

from courseware.format import load_course
from courseware.format.writer import save_course
from courseware.review import review_course, settings_for
from tests.courseware.course_builder import edit
from tests.courseware.review.review_courses import FLAWS, clean_course, flawed_course
from tests.courseware.test_cli import run_cli


def test_json_output_lists_every_flaw_and_exits_0(tmp_path: Path) -> None:
    save_course(flawed_course(), tmp_path / "c")
    result = run_cli("review", str(tmp_path / "c"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["version"] == 1 and report["course_id"] == "clean"
    assert report["summary"]["by_code"] == dict.fromkeys(sorted(FLAWS), 1)
    negative = next(f for f in report["findings"] if f["code"] == "negative_stem")
    assert negative["location"]["zh"] == "模块一 › 第一单元测验 › 题目2"
    assert negative["file"].endswith(".yaml") and negative["line"] > 0


def test_text_output_in_chinese_and_fail_on(tmp_path: Path) -> None:
    save_course(flawed_course(), tmp_path / "c")
    result = run_cli("review", str(tmp_path / "c"), "--fail-on", "warning", lang="zh")
    assert result.returncode == 1
    assert "模块一 › 第一单元测验 › 题目2: [警告] negative_stem" in result.stdout
    assert "原因：" in result.stdout and "改法：" in result.stdout
    assert "共 21 条质量建议" in result.stdout


def test_clean_course_passes_fail_on(tmp_path: Path) -> None:
    save_course(clean_course(), tmp_path / "c")
    result = run_cli("review", str(tmp_path / "c"), "--fail-on", "suggestion")
    assert result.returncode == 0, result.stdout
    assert "No item-quality findings." in result.stdout


def test_unreadable_course_exits_1_without_traceback(tmp_path: Path) -> None:
    result = run_cli("review", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert "could not be read" in result.stderr and "Traceback" not in result.stderr


def test_thresholds_from_course_yaml_round_trip_and_apply(tmp_path: Path) -> None:
    course = flawed_course()
    course.review = {"min_matching_pairs": 2, "key_longer_ratio": 4}
    folder = tmp_path / "c"
    save_course(course, folder)
    text = (folder / "course.yaml").read_text(encoding="utf-8")
    assert "review:\n  min_matching_pairs: 2\n  key_longer_ratio: 4\n" in text
    loaded = load_course(folder)
    assert loaded.course is not None and loaded.course.review == course.review
    assert settings_for(loaded.course).min_matching_pairs == 2
    codes = {f.code for f in review_course(loaded.course)}
    assert "matching_few_pairs" not in codes and "key_longest" not in codes
    assert "negative_stem" in codes


def test_bad_review_settings_are_reported_by_validation(tmp_path: Path) -> None:
    course = clean_course()
    course.review = {"duplicate_similarity": 0.9}
    folder = tmp_path / "c"
    save_course(course, folder)
    edit(folder, "course.yaml", "duplicate_similarity: 0.9",
         "duplicate_similarity: 3\n  key_longest_shar: 0.4\n  min_questions: many")
    result = load_course(folder)
    messages = [p.message for p in result.problems]
    assert any("key_longest_shar" in m for m in messages)
    assert any("duplicate_similarity" in m and "between" in m for m in messages)
    assert any("min_questions" in m and "number" in m for m in messages)
    assert result.course is not None and result.course.review == {}
