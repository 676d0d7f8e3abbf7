"""Placeholder texts of new objects are warnings until replaced; courses stay usable."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from courseware.format import load_course
from courseware.placeholders import find_placeholder, placeholder, placeholders_in
from courseware.problems import ProblemList
from courseware.scaffold import create_course
from courseware.validation import validate_course
from tests.courseware.test_cli import run_cli


def test_found_in_either_language_with_numbers_and_inside_longer_text() -> None:
    assert find_placeholder(["在这里填写题干。"], "prompt") == "在这里填写题干。"
    assert find_placeholder(["  Write the question here.  "], "prompt") is not None
    assert find_placeholder(["选项 12"], "options") == "选项 12"
    assert find_placeholder(["Option 3"], "options") == "Option 3"
    assert find_placeholder(["## 第一节\n\n在这里编写课文。\n"], "body") == "在这里编写课文。"
    assert find_placeholder(["选项 1 是最好的"], "options") is None  # edited, not a placeholder
    assert find_placeholder(["在这里填写题干。然后……"], "prompt") is None
    assert placeholder("option", "zh-CN", n=2) == "选项 2"


def test_warnings_do_not_count_as_errors() -> None:
    problems = ProblemList()
    problems.warn("a.yaml", 3, "soon")
    assert not problems and len(problems) == 0 and len(problems.warnings) == 1
    assert str(problems.warnings[0]) == "a.yaml:3: warning: soon"


def _question(prompt: str) -> m.SingleChoiceQuestion:
    return m.SingleChoiceQuestion(id="q1", prompt=prompt, options=[
        m.Option("a", placeholder("option", n=1), True), m.Option("b", "真实选项")])


def test_question_placeholders_are_located_by_field() -> None:
    question = _question(placeholder("question_prompt", "zh"))
    assert placeholders_in(question) == [("prompt", "在这里填写题干。"), ("options", "Option 1")]
    question.prompt = "客户要求退款，应该怎么做？"
    question.options[0].text = "先道歉并确认诉求"
    assert placeholders_in(question) == []


def _course_with(question: m.Question) -> m.Course:
    quiz = m.Quiz(id="m1-quiz", title="测验一", questions=[question])
    module = m.Module(id="m1", title="模块一", items=[quiz], folder="modules/01-m1")
    return m.Course(id="c", title="课程", modules=[module])


def test_validation_warns_once_per_field_and_names_the_text() -> None:
    problems = ProblemList()
    validate_course(_course_with(_question("Write the question here.")), None, problems)
    assert not problems  # no errors: the quiz still exports and runs
    messages = [p.message for p in problems.warnings]
    assert messages == ["The question text is still the placeholder “Write the question here.”",
                        "An option is still the placeholder “Option 1”"]


def test_new_course_is_valid_with_a_warning_about_its_starter_lesson(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    create_course(folder, "Care", "zh-CN")
    result = load_course(folder)
    assert result.ok  # usable: exports and classroom runs accept it
    assert [p.message for p in result.problems.warnings] == [
        "The text still contains the placeholder “在这里用 Markdown 编写课程内容。”"]
    cli = run_cli("validate", str(folder))
    assert cli.returncode == 0
    assert "warning: The text still contains the placeholder" in cli.stdout
    assert "1 warning" in cli.stderr


def test_bundled_course_has_no_placeholders(bundled_course: Path) -> None:
    result = load_course(bundled_course)
    assert result.ok and result.problems.warnings == []
