"""A small course whose answer keys and trainer texts carry unmistakable marker strings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom import build_package
from courseware.format.writer import save_course
from tests.courseware.course_builder import sample_course

PASSPHRASE = "课堂口令 correct horse"
CORRECT_OPTION = "唯一正确的那个选项文字丙"  # shown to trainees, but never marked correct
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")

# Every string below reveals an answer or is trainer-only: none may appear in clear.
SECRETS = {
    "option_feedback": "对：先听清楚再说话的理由甲",
    "general_feedback": "倾听优先的总反馈说明乙",
    "accepted_answer": "认同这个填空专用答案丁",
    "true_feedback": "判断题选对时的反馈戊",
    "model_answer": "参考答案：这是简答题的范文己",
    "rubric": "评分标准：指出隐性需求庚",
    "ending_feedback": "结局反馈：客户满意辛",
    "choice_feedback": "这一步的反馈：先认同情绪壬",
    "trainer_block": "讲师备注：这里要问学员一个问题癸",
    "trainer_notes": "模块讲师备注：时间安排子",
    "analysis": "参考分析：亚马逊这样做的原因丑",
    "facilitation": "引导要点：先让各组发言寅",
}


@dataclass
class SecretCourse:
    course: m.Course
    root: Path


def secret_course() -> m.Course:
    course = sample_course()
    module = course.modules[0]
    module.trainer_notes = SECRETS["trainer_notes"]
    lesson, case, quiz = module.items
    assert isinstance(lesson, m.Lesson) and isinstance(case, m.CaseStudy)
    assert isinstance(quiz, m.Quiz)
    lesson.body = ("## 小节\n\n正文。\n\n![图](../../../media/shown.png)\n\n::: trainer\n"
                   f"{SECRETS['trainer_block']}\n\n![秘](../../../media/trainer-only.png)\n:::\n")
    case.sections["analysis"] = SECRETS["analysis"]
    case.sections["facilitation"] = SECRETS["facilitation"]
    q1, q2, q3, _q4, _q5, q6, q7, _q8 = quiz.questions
    assert isinstance(q1, m.SingleChoiceQuestion)
    q1.options[0].text = CORRECT_OPTION
    q1.options[0].feedback = SECRETS["option_feedback"]
    q1.feedback = SECRETS["general_feedback"]
    assert isinstance(q2, m.TrueFalseQuestion)
    q2.true_feedback = SECRETS["true_feedback"]
    assert isinstance(q3, m.FillBlankQuestion)
    q3.blanks[0].accepted = [SECRETS["accepted_answer"]]
    assert isinstance(q6, m.EssayQuestion)
    q6.model_answer = SECRETS["model_answer"]
    q6.rubric[0].criterion = SECRETS["rubric"]
    assert isinstance(q7, m.ScenarioQuestion)
    q7.nodes[0].choices[0].feedback = SECRETS["choice_feedback"]
    good = q7.node("good")
    assert good is not None and good.ending is not None
    good.ending.feedback = SECRETS["ending_feedback"]
    return course


@pytest.fixture
def course_folder(tmp_path: Path) -> SecretCourse:
    root = tmp_path / "course"
    course = secret_course()
    save_course(course, root)
    (root / "media").mkdir()
    (root / "media" / "shown.png").write_bytes(PNG)
    (root / "media" / "trainer-only.png").write_bytes(PNG + b"trainer")
    return SecretCourse(course, root)


@pytest.fixture
def package_file(course_folder: SecretCourse, tmp_path: Path) -> Path:
    output = tmp_path / "out" / "class.cwpkg"
    build_package(course_folder.course, course_folder.root, output, PASSPHRASE)
    return output
