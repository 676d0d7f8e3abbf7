"""Child process for the layout test: trainee mode at a given window size and scale (the
scale must be set before Qt starts, hence a process of its own). It walks every page of a quiz
with a long matching question, long options and a wide picture, and prints one JSON object:
``{"pages": N, "problems": [...], "image_widths": [...], "viewport": W}``.

    QT_SCALE_FACTOR=1.5 python -m tests.ui.trainee.layout_child 1920x1080
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from courseware import model as m
from courseware.classroom import build_package, open_package
from courseware.classroom.kiosk_password import hash_password
from courseware.format.writer import save_course
from courseware.i18n import set_language
from courseware.results import Trainee, open_store
from tests.ui.trainee.conftest import classroom_course
from tests.ui.trainee.helpers import only_card, open_quiz, sign_in
from ui.app import create_application
from ui.trainee.app import build_kiosk
from ui.trainee.kiosk import KioskWindow

LONG_LEFT = ("客户在柜台办理跨行转账时，柜员主动把这笔业务要收取的手续费、到账时间和可能的风险"
             "逐项讲清楚，并请客户确认后再办理，整个过程没有任何催促")
LONG_RIGHT = "透明沟通：主动、诚实、具体地说明客户需要知道的信息，尤其是收费、风险和时限"
PICTURE = "media/wide.png"


def long_course() -> m.Course:
    course = classroom_course()
    quiz = course.modules[0].quizzes[0]
    for question in quiz.questions:
        if isinstance(question, m.MatchingQuestion):
            question.pairs = [m.MatchPair(f"{n}. {LONG_LEFT}", f"{LONG_RIGHT}（{n}）")
                              for n in range(1, 5)]
        if isinstance(question, m.SingleChoiceQuestion):
            question.prompt = (f"看图回答：**哪种做法最好？**\n\n![柜台]({PICTURE})\n\n"
                               "| 做法 | 说明 |\n|---|---|\n| 甲 | 先倾听 |\n")
            question.options[0].text = LONG_LEFT + "，**这是加粗的部分**"
    return course


def problems_on(window: KioskWindow) -> list[str]:
    found = []
    page = window.quiz_page
    assert page is not None
    area = page.scroll_area
    viewport = area.viewport()
    if area.horizontalScrollBar().isVisible():
        found.append("horizontal scroll bar shown")
    body = area.widget()
    if body.width() > viewport.width():
        found.append(f"question body {body.width()} px wider than its view {viewport.width()}")
    for widget in body.findChildren(QWidget):
        if widget.isVisible() and widget.window() is window:
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            if right > viewport.width() + 1:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} ends at "
                             f"{right} > {viewport.width()}")
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.window() is window:
            right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
            if right > window.width() + 1:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} outside the "
                             f"window ({right} > {window.width()})")
    return found


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def main() -> int:
    width, height = (int(n) for n in sys.argv[1].split("x"))
    set_language(sys.argv[2] if len(sys.argv) > 2 else "zh")
    create_application(sys.argv[:1])
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    work = Path(tempfile.mkdtemp())
    course = long_course()
    root = work / "course"
    save_course(course, root)
    quiz = course.modules[0].quizzes[0]
    picture = root / Path(quiz.path).parent / PICTURE
    picture.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(2400, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fd1"))
    image.save(str(picture))
    build_package(course, root, work / "c.cwpkg", "layout passphrase")
    package = open_package(work / "c.cwpkg", "layout passphrase")
    result: dict[str, object] = {"problems": []}
    with open_store(f"sqlite:///{work / 'r.db'}") as store:
        store.rosters.add(Trainee(name="张三", employee_id="E1001"))
        window = build_kiosk(package, store, hash_password("trainer-pw-long"))
        window.resize(round(width / scale), round(height / scale))
        window.show()
        sign_in(window)
        page = open_quiz(window)
        problems: list[str] = []
        widths: list[int] = []
        for index in range(page.controller.page_count()):
            page.go_to_page(index)
            settle()
            card = only_card(page)
            problems += [f"{card.question.type_name}: {p}" for p in problems_on(window)]
            if "<img" in card.prompt.html():
                widths.append(card.prompt.sizeHint().width())
                result["prompt_text"] = card.prompt.text()
        result.update(pages=page.controller.page_count(), problems=problems,
                      image_widths=widths, viewport=page.scroll_area.viewport().width())
        window._may_close = True
        window.close()
    package.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
