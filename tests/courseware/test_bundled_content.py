"""The bundled course keeps the minimums of its brief (issue 3)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from courseware import model as m
from courseware.format import load_course
from courseware.validation import draw_candidates


@pytest.fixture(scope="module")
def course() -> m.Course:
    from tests.conftest import BUNDLED_COURSE

    result = load_course(BUNDLED_COURSE)
    assert result.ok, [str(p) for p in result.problems]
    return result.course


def test_five_modules_with_introduction_and_exam(course: m.Course):
    assert [mod.title for mod in course.modules] == [
        "信任建立", "积极回应公式", "信用卡客户信任建立", "服务心法", "同理心建立"]
    assert course.introduction is not None
    assert course.certificate is not None and course.certificate.hours > 0


def test_each_module_has_objectives_lessons_cases_glossary_notes(course: m.Course):
    for module in course.modules:
        assert 3 <= len(module.objectives) <= 5, module.id
        assert all(o.startswith("能够") for o in module.objectives), module.id
        assert 2 <= len(module.lessons) <= 4, module.id
        assert len(module.case_studies) >= 2, module.id
        assert len(module.glossary) >= 5, module.id
        assert module.trainer_notes.strip(), module.id
        assert any("::: trainer" in lesson.body for lesson in module.lessons), module.id


def test_case_studies_are_complete(course: m.Course):
    for case in course.all_case_studies():
        assert len(case.discussion_questions) >= 3, case.id
        assert case.sections.get("analysis", "").strip(), case.id
        assert case.sections.get("takeaways", "").strip(), case.id


def _module_quiz(module: m.Module) -> m.Quiz:
    return next(q for q in module.quizzes if q.id == f"{module.id}-quiz")


def test_module_quizzes_have_12_questions_of_4_types(course: m.Course):
    for module in course.modules:
        quiz = _module_quiz(module)
        assert len(quiz.questions) >= 12, quiz.id
        assert len({q.type_name for q in quiz.questions}) >= 4, quiz.id


def test_every_option_and_question_has_feedback(course: m.Course):
    for question in course.all_questions():
        if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
            assert all(o.feedback.strip() for o in question.options), question.id
        if isinstance(question, m.TrueFalseQuestion):
            assert question.true_feedback.strip() and question.false_feedback.strip(), question.id
        if not isinstance(question, m.ScenarioQuestion):
            assert question.feedback.strip(), question.id


def test_at_least_three_branching_scenarios_with_three_endings(course: m.Course):
    scenarios = [q for q in course.all_questions() if isinstance(q, m.ScenarioQuestion)]
    assert len(scenarios) >= 3
    for scenario in scenarios:
        endings = [n for n in scenario.nodes if n.ending is not None]
        assert len(endings) >= 3, scenario.id
        assert all(n.ending.feedback.strip() for n in endings), scenario.id
        assert len({n.ending.score_percent for n in endings}) >= 2, scenario.id


def test_final_exam_draws_30_questions_pass_80_in_45_minutes(course: m.Course):
    exam = course.final_exam
    assert exam is not None
    assert sum(d.count for d in exam.draws) == 30
    assert exam.settings.pass_percent == 80
    assert exam.settings.time_limit_minutes == 45
    for draw in exam.draws:
        assert len(draw_candidates(course, exam, draw)) >= draw.count


def test_final_exam_has_its_own_unseen_bank_with_even_points(course: m.Course):
    """The exam draws only from its own bank of ≥ 40 questions: none of them appears in a
    practice quiz, every module is drawn in proportion, and every question weighs the same."""
    exam = course.final_exam
    assert exam is not None and exam.is_pool and len(exam.questions) >= 40
    assert all(draw.from_quiz == exam.id for draw in exam.draws)
    practice = [q for quiz in course.all_quizzes() if quiz is not exam for q in quiz.questions]
    practice_prompts = {q.prompt.strip() for q in practice}
    assert not practice_prompts & {q.prompt.strip() for q in exam.questions}
    assert {q.points for q in exam.questions} == {2}
    assert all(q.auto_graded for q in exam.questions)
    counts = {draw.category: draw.count for draw in exam.draws}
    assert len(counts) == len(course.modules) and len(set(counts.values())) == 1
    assert exam.settings.answers_timing == exam.settings.feedback_timing == m.Timing.AFTER_CLOSE


def test_exam_true_false_keys_are_balanced(course: m.Course):
    exam = course.final_exam
    assert exam is not None
    keys = [q.answer for q in exam.questions if isinstance(q, m.TrueFalseQuestion)]
    assert abs(keys.count(True) - keys.count(False)) <= 1


def test_exam_single_choice_keys_are_never_the_longest_option(course: m.Course):
    exam = course.final_exam
    assert exam is not None
    for q in exam.questions:
        if isinstance(q, m.SingleChoiceQuestion):
            key = next(o for o in q.options if o.correct)
            assert len(key.text) < max(len(o.text) for o in q.options if not o.correct), q.id


def test_pretest_is_ungraded_and_hides_answers_until_closed(course: m.Course):
    pretest = course.find_quiz("pretest")
    assert pretest is not None and len(pretest.questions) >= 8
    assert pretest.settings.pass_percent == 0
    assert pretest.settings.answers_timing == m.Timing.AFTER_CLOSE
    exam = course.final_exam
    assert exam is not None
    assert not {q.prompt for q in pretest.questions} & {q.prompt for q in exam.questions}


BOILERPLATE = ("免责声明", "企业微信", "上一篇", "下一篇")
FLOW_LIST = re.compile(r"^\s*(-\s+)?\w+:\s*\[.*\]\s*$")  # YAML lists like accepted: [甲, 乙]


def test_no_web_boilerplate_and_no_half_width_punctuation_in_chinese(course: m.Course):
    from tests.conftest import BUNDLED_COURSE

    for path in Path(BUNDLED_COURSE).rglob("*"):
        if path.suffix not in (".md", ".yaml"):
            continue
        text = path.read_text(encoding="utf-8")
        for word in BOILERPLATE:
            assert word not in text, f"{path}: {word}"
        prose = "\n".join(line for line in text.splitlines() if not FLOW_LIST.match(line))
        bad = re.findall(r"[\u4e00-\u9fff][,;?!]|[,;?!][\u4e00-\u9fff]", prose)
        assert not bad, f"{path}: half-width punctuation next to Chinese: {bad[:5]}"


def test_the_bundled_course_is_stored_canonically(bundled_course: Path):
    """Load → save changes no byte: the shipped files are exactly what the app would write."""
    from courseware.format.writer import course_files

    result = load_course(bundled_course)
    assert result.course is not None
    changed = [path for path, text in course_files(result.course).items()
               if (bundled_course / path).read_text(encoding="utf-8") != text]
    assert changed == []


FIGURE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")


def test_figures_have_alt_text_and_print_at_300_ppi(bundled_course: Path):
    """At least 8 figures with alt text, wide enough for 300 ppi across the handout's text."""
    from PIL import Image

    found: dict[str, str] = {}
    for path in bundled_course.rglob("*.md"):
        for alt, target in FIGURE.findall(path.read_text(encoding="utf-8")):
            found[(path.parent / target).resolve().name] = alt
    assert len(found) >= 8
    for name, alt in found.items():
        assert len(alt) >= 10, f"{name}: alt text too short"
        with Image.open(bundled_course / "media" / name) as image:
            assert image.width >= 2010, f"{name}: {image.width} px is under 300 ppi at 17 cm"


def test_figures_are_drawn_again_identically_by_their_script(bundled_course: Path,
                                                             tmp_path: Path):
    import subprocess
    import sys

    from PIL import Image, ImageChops

    from tests.conftest import REPO_ROOT

    script = REPO_ROOT / "scripts" / "draw_course_figures.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=300)
    drawn = sorted(p.name for p in tmp_path.glob("*.png"))
    assert drawn and drawn == sorted(p.name for p in (bundled_course / "media").glob("*.png"))
    for name in drawn:
        with Image.open(tmp_path / name) as again, \
                Image.open(bundled_course / "media" / name) as kept:
            difference = ImageChops.difference(again.convert("RGB"), kept.convert("RGB"))
            assert difference.getbbox() is None, name


def test_exam_bank_and_pretest_pass_the_item_review(course: m.Course):
    """No item-writing flaw in the questions trainees are graded (and pre-tested) on."""
    from courseware.review import review_course

    findings = [f for f in review_course(course)
                if f.location.final_exam or f.location.quiz_id == "pretest"]
    assert findings == []


def test_the_whole_course_passes_the_item_review(course: m.Course):
    """Practice quizzes and scenarios too. The course names no certificate issuer: each bank
    issues under the organisation name of its own settings."""
    from courseware.review import review_course

    assert [f.code for f in review_course(course)] == []
    assert course.certificate is not None and course.certificate.issuer == ""


def test_the_one_day_agenda_adds_up_to_the_certificate_hours(course: m.Course):
    """Introduction plus the five modules' planned minutes are the 6 contact hours; the
    optional extensions and the one-and-a-half-day variant are in the trainer notes."""
    assert course.introduction is not None and course.certificate is not None
    minutes = (course.introduction.duration_minutes or 0) + sum(
        module.duration_minutes or 0 for module in course.modules)
    assert minutes == course.certificate.hours * 60 == 360
    for module in course.modules:  # lessons and cases leave 8–12 minutes for the scenario
        taught = sum(item.duration_minutes or 0 for item in [*module.lessons,
                                                            *module.case_studies])
        assert 8 <= (module.duration_minutes or 0) - taught <= 12, module.id
    trainer = course.introduction.body.split("::: trainer", 1)[1]
    assert "可选扩展" in trainer and trainer.count("| ▲") >= 5
    assert "一天半的课程安排" in trainer and "第二天" in trainer


RULE = re.compile(r"《[^》]{2,40}(?:法|办法|通知|规定|条例|意见|指引)》")


def test_every_rule_the_course_cites_is_listed_in_the_trainer_sources(bundled_course: Path):
    """The trainer handout lists the source of every regulatory statement: each rule named
    anywhere in the course appears in the sources table of the introduction's trainer notes."""
    intro = (bundled_course / "introduction.md").read_text(encoding="utf-8")
    sources = intro.split("法规与资料来源", 1)[1]
    cited = {rule for path in bundled_course.rglob("*") if path.suffix in (".md", ".yaml")
             for rule in RULE.findall(path.read_text(encoding="utf-8"))}
    assert len(cited) >= 3
    assert sorted(rule for rule in cited if rule not in sources) == []
