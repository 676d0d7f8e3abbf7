"""YAML cannot explode: aliases and nesting are bounded, refusals name path:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_hostile import billion_laughs
from courseware.yamlio import MAX_ALIAS_NODES, YamlSyntaxError, parse_yaml
from tests.courseware.course_builder import write_sample_course
from tests.courseware.hostile.conftest import peak_of, run_cli


def test_billion_laughs_course_exits_1_small_and_fast(tmp_path: Path) -> None:
    course = tmp_path / "bomb"
    course.mkdir()
    (course / "course.yaml").write_text(billion_laughs(), encoding="utf-8")
    code, peak_mb, output = peak_of(["validate", str(course)], timeout=60)
    assert code == 1, output
    assert peak_mb < 300, f"validate used {peak_mb:.0f} MB"
    assert "course.yaml:" in output and "aliases" in output
    assert "internal error" not in output


def test_bomb_in_a_lesson_front_matter_is_refused_with_its_line(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "c")
    lesson = course / "modules/01-m1/lessons/m1-l1.md"
    front = billion_laughs().replace("a0:", "id: m1-l1\ntitle: 课\na0:", 1)
    lesson.write_text(f"---\n{front}---\n正文\n", encoding="utf-8")
    result = run_cli("validate", str(course), timeout=60)
    assert result.code == 1
    assert "modules/01-m1/lessons/m1-l1.md:" in result.said
    assert "&anchors and *aliases" in result.said  # the hint


def test_deep_nesting_is_refused_not_a_crash(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "c")
    quiz = course / "modules/01-m1/m1-quiz.yaml"
    quiz.write_text("id: m1-quiz\ntitle: 测验\nquestions: " + "[" * 900 + "]" * 900 + "\n",
                    encoding="utf-8")
    result = run_cli("--lang", "zh", "validate", str(course), lang="zh")
    assert result.code == 1
    assert "modules/01-m1/m1-quiz.yaml:" in result.said and "嵌套超过" in result.said
    assert "内部错误" not in result.said and "Traceback" not in result.said


def test_nesting_limit_names_the_line() -> None:
    text = "".join("  " * depth + "a:\n" for depth in range(150)) + "  " * 150 + "b: 1\n"
    with pytest.raises(YamlSyntaxError) as raised:
        parse_yaml(text)
    assert raised.value.line > 100 and raised.value.hint_key == "yaml.too_deep.hint"


def test_a_few_anchors_still_work() -> None:
    text = "base: &b {pass_percent: 80}\nquiz1: *b\nquiz2: *b\nlist: [*b, *b, *b]\n"
    document = parse_yaml(text)
    assert document.data["quiz2"] == {"pass_percent": 80}
    assert len(document.data["list"]) == 3


def test_alias_budget_counts_repeated_values() -> None:
    items = ", ".join(["x"] * 100)
    text = f"a: &a [{items}]\nb: [" + ", ".join(["*a"] * (MAX_ALIAS_NODES // 100 + 5)) + "]\n"
    with pytest.raises(YamlSyntaxError, match="repeat more than"):
        parse_yaml(text)
