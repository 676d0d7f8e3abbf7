"""Each review rule finds its flaw once, where it is; a clean course has nothing to find."""

from __future__ import annotations

from collections import Counter

from courseware.review import Severity, review_course
from courseware.review.location import chinese_number
from courseware.review.report import report_to_json, texts
from tests.courseware.review.review_courses import FLAWS, clean_course, flawed_course


def test_clean_course_has_no_findings() -> None:
    findings = review_course(clean_course())
    assert [(f.code, f.location.text("en")) for f in findings] == []


def test_every_flaw_is_found_once_where_it_is() -> None:
    findings = review_course(flawed_course())
    counts = Counter(f.code for f in findings)
    assert counts == Counter(dict.fromkeys(FLAWS, 1))
    for finding in findings:
        module, quiz_id, number = FLAWS[finding.code]
        where = finding.location
        assert (where.module, where.quiz_id, where.question) == (module, quiz_id, number), \
            finding.code


def test_locations_read_like_the_trainer_says_them() -> None:
    found = {f.code: f for f in review_course(flawed_course())}
    assert found["negative_stem"].location.text("zh") == "模块一 › 第一单元测验 › 题目2"
    assert found["negative_stem"].location.text("en") == "Module 1 › 第一单元测验 › Question 2"
    assert found["exam_exposure"].location.text("zh") == "结业考试"
    assert found["placeholder_certificate"].location.text("en") == "Course"
    assert chinese_number(12) == "十二" and chinese_number(20) == "二十"


def test_finding_details_name_the_clue() -> None:
    found = {f.code: f for f in review_course(flawed_course())}
    assert found["key_repeats_stem"].values["word"] == "挂失"
    assert found["absolute_words"].values["words"] == "总是"
    assert found["key_position"].values == {"letter": "D", "count": 4, "total": 4}
    assert found["near_duplicate"].values["other_id"] == "b1-q2"
    assert found["duplicate"].values["other_id"] == "m1-q4"
    assert found["module_not_drawn"].values["module"] == 4
    assert found["module_may_be_missed"].values["module"] == 3
    assert found["drawn_total_varies"].values == {"low": 6, "high": 7}
    assert found["exam_exposure"].values["source_id"] == "m1-quiz"
    assert found["true_false_balance"].severity is Severity.WARNING
    assert "“错误”" in texts(found["true_false_balance"], "zh")["title"]


def test_json_report_is_complete_in_both_languages() -> None:
    report = report_to_json("flawed", review_course(flawed_course()))
    assert report["summary"]["findings"] == len(FLAWS)
    assert set(report["summary"]["by_code"]) == set(FLAWS)
    for item in report["findings"]:
        assert set(item) >= {"code", "severity", "location", "file", "line", "values", "zh",
                             "en"}
        for language in ("zh", "en"):
            assert all(item[language][part] for part in ("title", "why", "fix"))
            assert item["location"][language]


def test_an_exam_that_is_its_own_bank_covers_the_modules_its_categories_name() -> None:
    from courseware import model as m
    from tests.courseware.review.review_courses import sc

    course = clean_course()
    one, two = course.modules
    course.final_exam = m.Quiz(
        id="exam", title="结业考试",
        settings=m.QuizSettings(feedback_timing=m.Timing.NEVER, answers_timing=m.Timing.NEVER),
        questions=[sc("x1", "开具存款证明需要本人到场吗？", ["需要", "不需要", "看金额", "看网点"],
                      0),
                   sc("x2", "调整转账限额前要核实什么？", ["签名", "身份", "住址", "职业"], 1)],
        draws=[m.Draw(count=1, from_quiz="exam", category=one.title),
               m.Draw(count=1, from_quiz="exam", category=two.id)])
    course.final_exam.questions[0].category = one.title
    course.final_exam.questions[1].category = two.id
    codes = {f.code for f in review_course(course)}
    assert "module_not_drawn" not in codes and "module_may_be_missed" not in codes
    course.final_exam.draws.pop()  # the second module is no longer drawn
    codes = {f.code for f in review_course(course)}
    assert "module_not_drawn" in codes
