"""A temporary copy of the bundled course with the cases the gallery must show: a question with
a picture and a long question with long options (the bundled course has neither)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from courseware import model as m
from courseware.format import load_course, save_course

BUNDLED = Path(__file__).resolve().parents[2] / "content" / "bank-service-trust"
IMAGE = "media/counter.png"
LONG_PROMPT = (
    "客户张先生上午十点来到网点，说自己上周在手机银行上办理的一笔跨行转账至今没有到账，"
    "对方催款已经三次，他情绪激动，一边拍柜台一边说“你们银行就是不负责任”。你查询后发现，"
    "这笔转账因为收款人户名与账号不符被退回，款项已于昨天退回他的账户，但短信通知没有发出。"
    "大堂里还有七八位客户在排队，其中几位已经开始看向这边。按照本模块学过的信任建立步骤，"
    "你接下来最先应该怎么做？请选出最恰当的一项，并想一想其他几项为什么不够好。"
)
LONG_OPTIONS = (
    "先请张先生到旁边的贵宾室坐下，倒一杯水，认同他着急的心情，再把退款的原因和到账时间一条一条讲清楚，"
    "最后当面帮他重新核对户名并发起转账",
    "马上告诉张先生这是他自己填错了户名造成的，与银行无关，请他以后注意核对收款人信息",
    "请大堂经理先处理排队的客户，等人少了再回来慢慢向张先生解释，以免影响其他客户的办理效率",
    "把客服热线号码写在纸上交给张先生，请他回家后打电话投诉，由后台部门统一核查并给出答复",
)


def prepared_course(work: Path) -> Path:
    """Copies the bundled course into ``work`` and adds a picture and a long question to the
    first quiz; returns the copy's folder."""
    root = work / "course"
    shutil.copytree(BUNDLED, root)
    course = load_course(root).course
    assert course is not None, "the bundled course does not load"
    quiz = first_quiz(course)
    choices = [q for q in quiz.questions if isinstance(q, m.SingleChoiceQuestion)]
    if not any("![" in q.prompt for q in course.all_questions()):
        _draw_picture(root / IMAGE)
        _draw_picture(root / Path(quiz.path).parent / IMAGE)  # relative to the quiz file too
        choices[0].prompt += f"\n\n![柜台前的客户]({IMAGE})\n"
    cbm_quiz(course).settings.certainty_based_marking = True
    choices[1].prompt = LONG_PROMPT
    for option, text in zip(choices[1].options, LONG_OPTIONS, strict=False):
        option.text = text
    save_course(course, root)
    return root


def first_quiz(course: m.Course) -> m.Quiz:
    """The first module's quiz with several kinds of questions (not its scenario)."""
    return max(course.modules[0].quizzes, key=lambda q: len({type(x) for x in q.questions}))


def cbm_quiz(course: m.Course) -> m.Quiz:
    """The second module's quiz, with certainty-based marking turned on in the copy."""
    return max(course.modules[1].quizzes, key=lambda q: len({type(x) for x in q.questions}))


def picture_question(course: m.Course) -> m.Question:
    return next(q for q in course.all_questions() if "![" in q.prompt)


def long_question(course: m.Course) -> m.Question:
    return next(q for q in course.all_questions() if q.prompt == LONG_PROMPT)


def _draw_picture(path: Path) -> None:
    """A 640×360 drawing of a counter, enough to show how pictures are scaled."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#e3f2fd"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 240, 640, 120), QColor("#8d6e63"))
    painter.fillRect(QRect(260, 90, 120, 150), QColor("#1565c0"))
    painter.setPen(QColor("#0d47a1"))
    painter.setFont(QFont(painter.font().family(), 28))
    painter.drawText(QRect(0, 20, 640, 60), Qt.AlignmentFlag.AlignCenter, "柜台 Counter 3")
    painter.end()
    image.save(str(path))
