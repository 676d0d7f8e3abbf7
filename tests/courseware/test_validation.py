"""One test per kind of bad input: each is reported as path:line: message, never raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware.format import load_course
from courseware.i18n import set_language
from tests.courseware.course_builder import edit, write_sample_course

QUIZ = "modules/01-m1/m1-quiz.yaml"
MODULE = "modules/01-m1/module.yaml"
LESSON = "modules/01-m1/lessons/m1-l1.md"


@pytest.fixture
def course_dir(tmp_path: Path) -> Path:
    folder = write_sample_course(tmp_path / "course")
    assert load_course(folder).ok
    return folder


def problems_of(folder: Path) -> list[str]:
    result = load_course(folder)
    assert not result.ok
    return [str(p) for p in result.problems]


def the_problem(folder: Path, fragment: str) -> str:
    found = [p for p in problems_of(folder) if fragment in p]
    assert found, f"no problem mentioning {fragment!r} in {problems_of(folder)}"
    return found[0]


def test_yaml_syntax_error_has_line(course_dir: Path):
    edit(course_dir, QUIZ, "title: 测验", "title: [unclosed")
    assert the_problem(course_dir, "YAML syntax error").startswith(f"{QUIZ}:")


def test_unknown_key_suggests_the_right_one(course_dir: Path):
    edit(course_dir, QUIZ, "pass_percent:", "pass_procent:")
    problem = the_problem(course_dir, "unknown key 'pass_procent'")
    assert "did you mean 'pass_percent'" in problem
    assert problem.startswith(f"{QUIZ}:4:")


def test_missing_id(course_dir: Path):
    edit(course_dir, MODULE, "id: m1\n", "")
    assert the_problem(course_dir, "missing key 'id'").startswith(MODULE)


def test_duplicate_id_names_the_other_place(course_dir: Path):
    edit(course_dir, QUIZ, "id: q2", "id: q1")
    problem = the_problem(course_dir, "id 'q1' is already used at")
    assert f"{QUIZ}:" in problem.split("already used at")[1]


def test_reference_to_missing_lesson(course_dir: Path):
    edit(course_dir, MODULE, "lessons/m1-l1.md", "lessons/nowhere.md")
    problem = the_problem(course_dir, "file not found: modules/01-m1/lessons/nowhere.md")
    assert problem.startswith(f"{MODULE}:")


def test_reference_to_missing_image(course_dir: Path):
    edit(course_dir, LESSON, "正文。", "正文。\n\n![图](../../../media/missing.png)")
    problem = the_problem(course_dir, "image not found")
    assert problem.startswith(f"{LESSON}:")


def test_choice_question_without_correct_answer(course_dir: Path):
    edit(course_dir, QUIZ, "correct: true", "correct: false")
    assert "set 'correct: true'" in the_problem(course_dir, "no option is marked correct")


def test_scenario_with_unreachable_node(course_dir: Path):
    edit(course_dir, QUIZ, "next: bad", "next: good")
    assert the_problem(course_dir, "node 'bad' cannot be reached")


def test_scenario_with_no_ending(course_dir: Path):
    edit(course_dir, QUIZ, "    ending:\n      score_percent: 0\n      feedback: 差",
         "    choices:\n    - text: 再试\n      next: bad")
    assert the_problem(course_dir, "no path from node")


def test_file_not_utf8_names_the_likely_encoding(course_dir: Path):
    path = course_dir / LESSON
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    problem = the_problem(course_dir, "not UTF-8")
    assert "GBK/GB18030" in problem
    assert problem.startswith(LESSON)


@pytest.mark.parametrize("reference",
                         ["../../../outside.md", "/etc/passwd", "lessons/../../../../x.md"])
def test_paths_escaping_the_course_are_refused(course_dir: Path, reference: str):
    (course_dir.parent / "outside.md").write_text("---\ntype: lesson\nid: x\ntitle: x\n---\n")
    edit(course_dir, MODULE, "lessons/m1-l1.md", reference)
    assert the_problem(course_dir, "outside the course folder").startswith(MODULE)


def test_symlink_out_of_the_course_is_refused(course_dir: Path):
    outside = course_dir.parent / "secret.md"
    outside.write_text("---\ntype: lesson\nid: s\ntitle: s\n---\n", encoding="utf-8")
    (course_dir / "modules/01-m1/lessons/link.md").symlink_to(outside)
    edit(course_dir, MODULE, "lessons/m1-l1.md", "lessons/link.md")
    assert the_problem(course_dir, "outside the course folder")


def test_every_problem_is_reported_in_one_pass(course_dir: Path):
    edit(course_dir, QUIZ, "pass_percent:", "pass_procent:")
    edit(course_dir, QUIZ, "correct: true", "correct: false")
    edit(course_dir, MODULE, "lessons/m1-l1.md", "lessons/nowhere.md")
    found = problems_of(course_dir)
    assert len(found) >= 3
    assert any("pass_procent" in p for p in found)
    assert any("no option is marked correct" in p for p in found)
    assert any("nowhere.md" in p for p in found)


def test_messages_follow_the_language(course_dir: Path):
    edit(course_dir, QUIZ, "correct: true", "correct: false")
    set_language("zh")
    try:
        assert any("没有选项被标为正确答案" in p for p in problems_of(course_dir))
    finally:
        set_language(None)


def test_single_choice_with_two_correct_options(course_dir: Path):
    edit(course_dir, QUIZ, "correct: false\n", "correct: true\n")
    assert the_problem(course_dir, "single choice question has 2 correct options")


def test_fill_blank_markers_must_match_blanks(course_dir: Path):
    edit(course_dir, QUIZ, "倾听、___、回应", "倾听、认同、回应")
    assert the_problem(course_dir, "the prompt has blanks '___': 0")


def test_essay_rubric_must_add_up(course_dir: Path):
    edit(course_dir, QUIZ, "points: 2\n", "points: 5\n")
    assert the_problem(course_dir, "worth 5 points but its rubric adds up to 2")


def test_unknown_question_type_suggests(course_dir: Path):
    edit(course_dir, QUIZ, "type: true_false", "type: true_fals")
    assert "did you mean 'true_false'" in the_problem(course_dir, "unknown question type")


def test_case_study_missing_section_and_unclosed_block(course_dir: Path):
    case = "modules/01-m1/cases/m1-c1.md"
    edit(course_dir, case, "::: takeaways\n- 要点\n:::\n", "::: takeaways\n- 要点\n")
    assert the_problem(course_dir, "block is never closed").startswith(case)


def test_missing_course_file(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    assert the_problem(tmp_path / "empty", "no course.yaml")


def test_newer_schema_version_is_explained(course_dir: Path):
    edit(course_dir, "course.yaml", "schema_version: 1", "schema_version: 9")
    assert "update Courseware Studio" in the_problem(course_dir, "schema version 9 is newer")


def test_draw_from_missing_quiz_and_too_few_questions(course_dir: Path):
    quiz = course_dir / QUIZ
    text = quiz.read_text(encoding="utf-8")
    text = text.replace("questions:\n", "draws:\n- from_quiz: nope\n  count: 2\nquestions:\n", 1)
    quiz.write_text(text, encoding="utf-8")
    assert the_problem(course_dir, "draws from quiz 'nope'")


def test_duplicate_yaml_key(course_dir: Path):
    edit(course_dir, QUIZ, "title: 测验\n", "title: 测验\ntitle: 又一个\n")
    assert the_problem(course_dir, "key 'title' appears twice")
