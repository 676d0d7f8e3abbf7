"""Problems in the trainer's words: where, what to do in the app, root causes only."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.catalog import all_messages
from courseware.i18n import set_language
from courseware.problem_locations import chinese_number, find_course_problems
from tests.courseware.course_builder import sample_course
from tests.courseware.problem_kinds import KINDS, parts, validation_keys


@pytest.fixture(autouse=True)
def chinese() -> object:
    set_language("zh")
    yield
    set_language(None)


def test_the_sample_course_has_no_problems(tmp_path: Path) -> None:
    assert find_course_problems(sample_course(), tmp_path) == []


def test_every_kind_validation_reports_is_covered() -> None:
    assert validation_keys() == set(KINDS)


@pytest.mark.parametrize("key", sorted(KINDS))
def test_each_kind_is_one_problem_on_its_object_and_field(key: str, tmp_path: Path) -> None:
    course = sample_course()
    target, field = KINDS[key](course)
    found = find_course_problems(course, tmp_path)
    assert [p.key for p in found] == [key], [str(p) for p in found]
    problem = found[0]
    assert problem.target is target
    assert problem.field.name == field
    assert f"fix.{key}" in all_messages() or key.startswith("placeholder.")
    assert problem.hint and "correct:" not in problem.hint and "yaml" not in problem.hint
    assert ".yaml" not in problem.location and ":" not in problem.location


def test_locations_read_as_the_course_in_both_languages(tmp_path: Path) -> None:
    course = sample_course()
    KINDS["choice.no_correct"](course)
    KINDS["placeholder.found.title"](course)
    found = {p.key: p for p in find_course_problems(course, tmp_path)}
    assert found["choice.no_correct"].location == "模块一 › 测验 1 › 第 1 题 › 选项 A › 正确"
    assert found["choice.no_correct"].hint == "在正确选项的卡片上打开“正确”开关"
    assert found["placeholder.found.title"].location == "模块一 › 第 1 课 › 标题"
    set_language("en")
    found = {p.key: p for p in find_course_problems(course, tmp_path)}
    assert found["choice.no_correct"].location == (
        "Module 1 › Quiz 1 › Question 1 › Option A › Correct")
    assert found["placeholder.found.title"].location == "Module 1 › Lesson 1 › Title"
    # the file and line stay available for experts
    assert found["choice.no_correct"].file.line >= 0


def test_case_sections_and_images_name_the_section_and_the_reference(tmp_path: Path) -> None:
    course = sample_course()
    KINDS["placeholder.found.sections"](course)
    KINDS["media.missing"](course)
    found = {p.key: p for p in find_course_problems(course, tmp_path)}
    assert found["placeholder.found.sections"].location == "模块一 › 案例 1 › 情境"
    image = found["media.missing"]
    assert image.location == "模块一 › 第 1 课 › 课文正文"
    assert image.field.find == "images/missing.png"


def test_questions_of_the_final_exam_and_the_introduction_are_named() -> None:
    course = sample_course()
    exam = m.Quiz(id="exam", title="结业", questions=[m.TrueFalseQuestion(id="e1", prompt="")])
    course.final_exam = exam
    found = find_course_problems(course, None)
    assert [p.location for p in found] == ["结业考试 › 第 1 题 › 题干"]


def test_chinese_ordinals() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 21, 99)] == [
        "一", "九", "十", "十一", "二十", "二十一", "九十九"]
    assert chinese_number(100) == "100"


# -- root causes only

def _broken_link_scenario() -> m.Course:
    """n1 → n2 → n3 → (ending); the link to n2 is mistyped, which strands n2 and n3 and leaves
    n1 with no way to an ending: one mistake."""
    course = sample_course()
    scenario = parts(course)["q7"]
    assert isinstance(scenario, m.ScenarioQuestion)
    scenario.start = "n1"
    scenario.nodes = [
        m.ScenarioNode(id="n1", text="客户来电", choices=[m.ScenarioChoice("倾听", "n2x")]),
        m.ScenarioNode(id="n2", text="客户说明", choices=[m.ScenarioChoice("复述", "n3")]),
        m.ScenarioNode(id="n3", text="客户确认", choices=[m.ScenarioChoice("办理", "end")]),
        m.ScenarioNode(id="end", text="办好了", ending=m.ScenarioEnding(100)),
    ]
    return course


def test_a_broken_scenario_link_is_one_problem(tmp_path: Path) -> None:
    from courseware.validation import scenario_problems

    course = _broken_link_scenario()
    scenario = parts(course)["q7"]
    assert isinstance(scenario, m.ScenarioQuestion)
    raw = [key for key, _node, _values in scenario_problems(scenario)]
    assert len(raw) > 1  # without the rule: the link, the stranded nodes, no way to an end
    found = find_course_problems(course, tmp_path)
    assert [(p.key, p.field.name) for p in found] == [
        ("scenario.next_missing", "nodes.n1.choices")]


def test_a_separate_mistake_stays_beside_a_broken_link(tmp_path: Path) -> None:
    course = _broken_link_scenario()
    scenario = parts(course)["q7"]
    assert isinstance(scenario, m.ScenarioQuestion)
    scenario.nodes[2].choices = []  # n3 leads nowhere and is no ending: a mistake of its own
    found = find_course_problems(course, tmp_path)
    assert [(p.key, p.field.name) for p in found] == [
        ("scenario.next_missing", "nodes.n1.choices"), ("scenario.dead_end", "nodes.n3")]


def test_a_loop_without_an_ending_is_reported(tmp_path: Path) -> None:
    course = sample_course()
    KINDS["scenario.no_ending"](course)  # n1 → l1 ⇄ l2, never an ending
    found = find_course_problems(course, tmp_path)
    assert [(p.key, p.field.name) for p in found] == [("scenario.no_ending", "nodes.l1")]


def test_five_mistakes_show_as_five(tmp_path: Path) -> None:
    course = sample_course()
    for key in ("scenario.next_missing", "choice.no_correct", "draw.too_few",
                "placeholder.found.title", "essay.points_mismatch"):
        KINDS[key](course)
    found = find_course_problems(course, tmp_path)
    assert sorted(p.key for p in found) == sorted([
        "scenario.next_missing", "choice.no_correct", "draw.too_few",
        "placeholder.found.title", "essay.points_mismatch"])


def test_a_cause_hides_its_consequences_on_the_same_object_only(tmp_path: Path) -> None:
    course = sample_course()
    fill = parts(course)["q3"]
    assert isinstance(fill, m.FillBlankQuestion)
    fill.prompt = ""  # no text, so no ___ in it either
    found = find_course_problems(course, tmp_path)
    assert [p.key for p in found] == ["question.no_prompt"]


def test_messages_name_no_file_keys_and_places_as_the_tree_does(tmp_path: Path) -> None:
    course = sample_course()
    KINDS["id.duplicate"](course)
    KINDS["question.no_prompt"](course)
    found = {p.key: p for p in find_course_problems(course, tmp_path)}
    assert found["id.duplicate"].message == "编号“m1-l1”已被“模块一 › 第 1 课”使用"
    assert found["question.no_prompt"].message == "题目还没有题干"
    assert "prompt" in found["question.no_prompt"].file.message  # the CLI keeps its wording
    set_language("en")
    found = {p.key: p for p in find_course_problems(course, tmp_path)}
    assert found["question.no_prompt"].message == "The question has no text yet"
    for problem in find_course_problems(course, tmp_path):
        assert problem.message[0].isupper()
