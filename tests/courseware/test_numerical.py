"""The numerical question type in the domain: on-disk format, validation, grading, review, info."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.course_info import course_summary
from courseware.engine.grading.numerical import accepted_lines, read_number
from courseware.engine.grading.questions import grade_fraction
from courseware.engine.review_text import answer_feedback, right_answer_lines
from courseware.format import load_course, save_course
from courseware.i18n import set_language
from courseware.problems import ProblemList
from courseware.validation import validate_course
from tests.courseware.course_builder import edit, sample_course

QUIZ = "modules/01-m1/m1-quiz.yaml"


def rate_question() -> m.NumericalQuestion:
    return m.NumericalQuestion(
        id="n1", prompt="分 12 期、每期手续费率 0.6%，折合年化利率约为多少（%）？", points=2,
        answers=[m.NumericalAnswer(13.0, 0.2, 100, "对：约 13%"),
                 m.NumericalAnswer(7.2, 0, 50, "这是名义费率 0.6%×12，未计本金递减")],
        units=[m.NumericalUnit("%", 1)])


def fee_question() -> m.NumericalQuestion:
    return m.NumericalQuestion(
        id="n2", prompt="手续费是多少？", answers=[m.NumericalAnswer(1200, 0.5)],
        units=[m.NumericalUnit("元", 1), m.NumericalUnit("万元", 0.0001)])


def course_with(*questions: m.Question) -> m.Course:
    course = sample_course()
    quiz = course.modules[0].quizzes[0]
    quiz.questions.extend(questions)
    return course


def test_load_save_is_lossless_and_byte_stable(tmp_path: Path):
    course = course_with(rate_question(), fee_question())
    save_course(course, tmp_path / "a")
    loaded = load_course(tmp_path / "a")
    assert loaded.ok, [str(p) for p in loaded.problems]
    assert loaded.course == course
    text = (tmp_path / "a" / QUIZ).read_text(encoding="utf-8")
    assert "type: numerical" in text and "tolerance: 0.2" in text and "multiplier: 0.0001" in text
    assert save_course(loaded.course, tmp_path / "a") == []  # nothing to rewrite


@pytest.mark.parametrize(("old", "new", "fragment"), [
    ("fraction: 50", "fraction: 150", "fraction"),
    ("tolerance: 0.2", "tolerance: -1", "tolerance"),
    ("multiplier: 0.0001", "multiplier: 0", "multiplier"),
    ("- value: 13", "- tolerance: 1", "value"),
])
def test_bad_fields_are_reported_with_their_line(tmp_path: Path, old: str, new: str,
                                                 fragment: str):
    save_course(course_with(rate_question(), fee_question()), tmp_path / "c")
    edit(tmp_path / "c", QUIZ, old, new)
    result = load_course(tmp_path / "c")
    found = [str(p) for p in result.problems if fragment in str(p)]
    assert found and found[0].startswith(f"{QUIZ}:"), [str(p) for p in result.problems]


def _problems(question: m.NumericalQuestion, tmp_path: Path, language: str = "en") -> list[str]:
    set_language(language)
    try:
        save_course(course_with(question), tmp_path / "c")
        return [str(p) for p in load_course(tmp_path / "c").problems]
    finally:
        set_language("en")


def test_validation_needs_an_answer_with_full_credit(tmp_path: Path):
    q = rate_question()
    q.answers = [m.NumericalAnswer(7.2, 0, 50)]
    assert any("no answer earns full credit" in p for p in _problems(q, tmp_path))
    q.answers = []
    assert any("数值题没有可接受的答案" in p for p in _problems(q, tmp_path / "zh", "zh"))


def test_values_the_editor_can_set_are_checked(tmp_path: Path):
    q = fee_question()
    q.answers[0].tolerance = -1
    q.units.append(m.NumericalUnit("", 0))
    problems = ProblemList()
    validate_course(course_with(q), None, problems)  # as the editor checks the course
    found = [str(p) for p in problems]
    assert any("answer 1: the tolerance must be 0 or more" in p for p in found)
    assert any("every unit needs a name and a multiplier above 0" in p for p in found)
    assert grade_fraction(q, "1200 ") == 1.0  # grading never divides by a zero multiplier


def test_validation_of_units(tmp_path: Path):
    q = fee_question()
    q.units = [m.NumericalUnit("万元", 0.0001), m.NumericalUnit("万元", 0.0001)]
    found = _problems(q, tmp_path)
    assert any('unit "万元" is listed twice' in p for p in found)
    assert any("base unit and must have multiplier 1" in p for p in found)


@pytest.mark.parametrize(("typed", "value"), [
    ("1234.5", 1234.5), ("1,234.5", 1234.5), ("１２３４．５", 1234.5), ("1，234.5", 1234.5),
    (" -3 ", -3.0), ("－3", -3.0), ("1.5e3", 1500.0), ("13.5%", 13.5), ("13.5％", 13.5),
    ("1,200 元", 1200.0), (".5", 0.5),
])
def test_reading_what_chinese_trainees_type(typed: str, value: float):
    assert read_number(typed).value == pytest.approx(value)


@pytest.mark.parametrize("typed", ["", "abc", "1,23", "12,3456", "1.2.3", "inf", "nan", "12 34",
                                   "1e999", "一千"])
def test_not_a_number(typed: str):
    assert read_number(typed).value is None


def test_units_convert_and_unknown_units_are_refused():
    units = fee_question().units
    assert read_number("0.12 万元", units).value == pytest.approx(1200)
    assert read_number("1200元", units).value == 1200
    assert read_number("1200 美元", units).value is None


@pytest.mark.parametrize(("typed", "fraction"), [
    ("13", 1.0), ("13.2", 1.0), ("12.8%", 1.0), ("13.3", 0.0), ("7.2", 0.5), ("７．２％", 0.5),
    ("", 0.0), ("约13", 0.0),
])
def test_grading_takes_the_best_matching_answer(typed: str, fraction: float):
    assert grade_fraction(rate_question(), typed) == fraction


def test_grading_with_units_and_corrupt_values():
    q = fee_question()
    assert grade_fraction(q, "0.12万元") == 1.0
    assert grade_fraction(q, "1,200.4 元") == 1.0
    assert grade_fraction(q, "1201") == 0.0
    assert grade_fraction(q, 1200) == 0.0  # stored JSON of the wrong shape grades 0
    assert grade_fraction(q, ["1200"]) == 0.0


def test_zero_tolerance_survives_float_rounding():
    q = m.NumericalQuestion(id="n", answers=[m.NumericalAnswer(0.3)])
    assert grade_fraction(q, str(0.1 + 0.2)) == 1.0


def test_review_shows_accepted_values_and_the_feedback_earned():
    q = rate_question()
    assert accepted_lines(q) == ("13 ± 0.2 %", "7.2 % (50%)")
    assert right_answer_lines(q, None) == accepted_lines(q)
    assert answer_feedback(q, "7.2", None) == ("这是名义费率 0.6%×12，未计本金递减",)
    assert answer_feedback(q, "99", None) == ()


def test_info_counts_numerical_questions():
    summary = course_summary(course_with(rate_question(), fee_question()))
    assert summary["questions_by_type"]["numerical"] == 2
    assert "numerical" in summary["module_details"][0]["quizzes"][0]["types"]


def test_numerical_is_auto_graded():
    assert rate_question().auto_graded


def test_participant_edition_leaves_the_answers_out():
    from courseware.classroom.redaction import Redactor

    quiz = course_with(rate_question()).modules[0].quizzes[0]
    text = Redactor().quiz_text(quiz)
    assert "type: numerical" in text and "unit: '%'" in text
    assert "13" not in text.split("type: numerical")[1] and "约 13%" not in text


def test_attempt_grades_at_once_and_statistics_count_it_as_auto_graded():
    from courseware.engine import AttemptService, InMemoryRepository, ManualClock
    from courseware.stats import quiz_statistics
    from tests.courseware.engine.builders import course_with as engine_course
    from tests.courseware.engine.builders import quiz

    the_quiz = quiz(questions=[rate_question(), fee_question()])
    service = AttemptService(engine_course(the_quiz), InMemoryRepository(), ManualClock())
    attempts = []
    for trainee, (rate, fee) in {"t1": ("13.1%", "1,200元"), "t2": ("7.2", "12"),
                                 "t3": ("", "0.12万元")}.items():
        session = service.start(the_quiz, trainee)
        if rate:
            session.answer("n1", rate)
        session.answer("n2", fee)
        attempts.append(session.submit())
    assert [a.raw_score for a in attempts] == [3.0, 1.0, 1.0]  # n1 is worth 2, 7.2 earns 50%
    assert all(a.graded for a in attempts)
    stats = quiz_statistics(attempts)
    by_id = {q.question_id: q for q in stats.questions}
    assert by_id["n1"].question_type == "numerical"
    assert by_id["n1"].facility_index == pytest.approx(100 * (2 + 1 + 0) / 3 / 2)
    assert by_id["n1"].no_answer == 1 and by_id["n1"].option_frequencies is None


def test_classroom_package_hides_the_answers_and_unlocks_them(tmp_path: Path):
    from courseware.classroom import build_package, open_package

    course = course_with(rate_question())
    save_course(course, tmp_path / "c")
    loaded = load_course(tmp_path / "c")
    assert loaded.ok
    output = tmp_path / "class.cwpkg"
    build_package(loaded.course, tmp_path / "c", output, "课堂口令 correct horse")
    assert "约 13%".encode() not in output.read_bytes()
    with open_package(output) as package:
        full = package.unlock("课堂口令 correct horse")  # nothing is parsed before this
        shown = package.participant.modules[0].quizzes[0].questions[-1]
        assert isinstance(shown, m.NumericalQuestion)
        assert shown.answers == [] and shown.units == [m.NumericalUnit("%", 1)]
        key = full.modules[0].quizzes[0].questions[-1]
        assert key == rate_question()
        assert grade_fraction(key, "１３％") == 1.0
