"""Screenshots of trainee mode for the documentation and for looking at every page.

    python -m tests.ui.trainee.screenshots docs/screenshots
    python -m tests.ui.trainee.screenshots docs/screenshots certainty   # only that one
    python -m tests.ui.trainee.screenshots docs/screenshots certificate # only that one
    python -m tests.ui.trainee.screenshots OUT all --lang en --size 1366x768  # every page

``all`` also grabs every question type, the reader and the page at the window size given
(QT_SCALE_FACTOR=1.5 for 150 % scaling).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from courseware import model as m
from courseware.classroom import build_package, open_package
from courseware.classroom.kiosk_password import hash_password
from courseware.format import load_course
from courseware.i18n import set_language
from courseware.results import Trainee, open_store
from tests.e2e.class_plan import TraineePlan, planned_answer
from tests.e2e.trainee_pc import give
from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in
from ui.app import create_application
from ui.app_settings import AppSettings
from ui.quiz_preview.answer_widgets import ChoiceAnswer
from ui.trainee.app import build_kiosk
from ui.trainee.database_dialog import DatabaseDialog
from ui.trainee.kiosk import KioskWindow
from ui.trainee.question_card import TraineeQuestionCard
from ui.trainee.strings import tr
from ui.trainee.trainer_menu import TrainerMenu

ROOT = Path(__file__).resolve().parents[3]
SIZE = (1366, 768)
# every answer from the key; the essay a full model answer
KEY_PLAN = TraineePlan("张𠮷", "E1001", "营业部", wrong=0,
                       essay="先倾听并认同客户的感受，再把规则讲清楚，承诺回电时间并按时跟进。")


def grab(widget: QWidget, target: Path) -> None:
    for _ in range(3):  # let word-wrapped text settle its height
        QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)


def grab_trainer_dialogs(window: KioskWindow, out: Path) -> None:
    """The trainer menu and the results-database dialog, as the trainer sees them."""
    url = "postgresql+psycopg://courseware:***@192.168.1.10/courseware"
    menu = TrainerMenu(window, url)
    menu.show()
    grab(menu, out / "trainee-trainer-menu.png")
    menu.close()
    dialog = DatabaseDialog(window, url, lambda _url: None, AppSettings())  # type: ignore
    dialog.show()
    dialog.status.setText(tr("trainee.db.reachable", url=url))
    dialog.status.setStyleSheet("color:#2e7d32;")
    grab(dialog, out / "trainee-database.png")
    dialog.close()


def choose_right_option(card: TraineeQuestionCard) -> None:
    question, widget = card.question, card.answer
    assert isinstance(question, m.SingleChoiceQuestion) and isinstance(widget, ChoiceAnswer)
    right = next(o.id for o in question.options if o.correct)
    widget.choose(widget.values.index(right))


def grab_certainty(course: m.Course, course_root: Path, work: Path, out: Path) -> None:
    """A choice question of module 1's quiz with certainty-based marking on: answered right,
    with "sure" picked."""
    quiz = course.find_quiz("m1-quiz")
    assert quiz is not None
    quiz.settings.certainty_based_marking = True
    build_package(course, course_root, work / "cbm.cwpkg", "课堂口令 2024 春季")
    package = open_package(work / "cbm.cwpkg", "课堂口令 2024 春季")
    with open_store(f"sqlite:///{work / 'cbm.db'}") as store:
        store.rosters.add(Trainee(name="张三", employee_id="E1001", department="营业部"))
        window = build_kiosk(package, store, hash_password("trainer-pw"))
        window.resize(*SIZE)
        window.show()
        sign_in(window, "E1001")
        page = open_quiz(window, "m1-quiz")
        first_choice = next(q.id for q in page.controller.session.questions
                            if isinstance(q, m.SingleChoiceQuestion))
        page.go_to_question(first_choice)  # questions are shuffled
        card = only_card(page)
        assert card.certainty_picker is not None
        card.certainty_picker.button(3).click()
        choose_right_option(card)
        card.certainty_picker.button(3).setFocus()
        grab(window, out / "trainee-certainty.png")
        window._may_close = True
        window.close()
    package.close()
    quiz.settings.certainty_based_marking = False


def answer_from_key(quiz: m.Quiz, card: TraineeQuestionCard) -> None:
    """The key's answer through the widgets (scenarios: the helper's path)."""
    if isinstance(card.question, m.ScenarioQuestion) or card.answer is None:
        answer_card(card)
        return
    give(card.answer, planned_answer(quiz, card.question, KEY_PLAN))


def grab_certificate_preview(course: m.Course, course_root: Path, work: Path,
                             out: Path) -> None:
    """The results page after passing the final exam with the answer key's answers: the note
    and the unsigned preview."""
    final = course.final_exam
    assert final is not None
    build_package(course, course_root, work / "final.cwpkg", "课堂口令 2024 春季")
    package = open_package(work / "final.cwpkg", "课堂口令 2024 春季")
    with open_store(f"sqlite:///{work / 'final.db'}") as store:
        store.rosters.add(Trainee(name="张𠮷", employee_id="E1001", department="营业部"))
        window = build_kiosk(package, store, hash_password("trainer-pw"))
        window.resize(*SIZE)
        window.show()
        sign_in(window, "E1001")
        page = open_quiz(window, final.id)
        for index in range(page.controller.page_count()):
            page.go_to_page(index)
            for card in page.cards.values():
                answer_from_key(final, card)
        page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
        ready: list[bool] = []
        window.results_page.preview_ready.connect(lambda: ready.append(True))
        page.submit()
        deadline = time.monotonic() + 20
        while not ready and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        assert ready, "the certificate preview was not drawn"
        grab(window, out / "trainee-certificate-preview.png")
        window._may_close = True
        window.close()
    package.close()


def grab_every_page(window: KioskWindow, out: Path) -> None:
    """The reader, each question of module 1's quiz (one per page) and the scenario mid-way."""
    window.home_page.open_item("m1-l1")
    grab(window, out / "trainee-reader.png")
    window.show_home()
    page = open_quiz(window, "m1-quiz")
    seen: set[str] = set()
    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        card = only_card(page)
        kind = card.question.type_name
        if kind in seen:
            continue
        seen.add(kind)
        answer_card(card)
        grab(window, out / f"trainee-q-{kind}.png")
    window.show_home()


def main() -> int:
    args = sys.argv[1:]
    options = {name: args[args.index(name) + 1] for name in ("--lang", "--size")
               if name in args}
    args = [a for a in args if a not in options and a not in options.values()]
    sys.argv[1:] = args
    global SIZE
    if "--size" in options:
        width, height = options["--size"].lower().split("x")
        SIZE = (int(width), int(height))
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    set_language(options.get("--lang", "zh"))
    create_application(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    course_root = ROOT / "content" / "bank-service-trust"
    course = load_course(course_root).course
    assert course is not None
    if sys.argv[2:] == ["certificate"]:
        grab_certificate_preview(course, course_root, work, out)
        return 0
    every = sys.argv[2:] == ["all"]
    if not every:
        grab_certainty(course, course_root, work, out)
        if sys.argv[2:] == ["certainty"]:
            return 0
        grab_certificate_preview(course, course_root, work, out)
    build_package(course, course_root, work / "class.cwpkg", "课堂口令 2024 春季")
    package = open_package(work / "class.cwpkg", "课堂口令 2024 春季")
    with open_store(f"sqlite:///{work / 'r.db'}") as store:
        for number, name in enumerate(["张三", "李四", "王五", "赵六", "孙七"], start=1):
            store.rosters.add(Trainee(name=name, employee_id=f"E10{number:02d}",
                                      department="营业部"))
        window = build_kiosk(package, store, hash_password("trainer-pw"))
        window.resize(*SIZE)
        window.show()
        grab(window, out / "trainee-signin.png")
        sign_in(window, "E1001")
        for item_id in ("m1-l1", "m1-l2"):
            window.classroom.mark_read(item_id)
        window.home_page.refresh()
        grab(window, out / "trainee-contents.png")
        if every:
            grab_every_page(window, out)
        page = open_quiz(window, "m1-quiz")
        answer_card(only_card(page))
        page.go_to_page(1)
        only_card(page).flag.click()
        page.go_to_page(2)
        grab(window, out / "trainee-question.png")
        window.show_home()
        scenario = open_quiz(window, "m2-scenario") if window.classroom.full_course.find_quiz(
            "m2-scenario") else open_quiz(window, "m1-scenario")
        card = only_card(scenario)
        assert isinstance(card.question, m.ScenarioQuestion) and card.scenario is not None
        for _ in range(2):  # mid-way: two choices made
            if card.scenario.buttons:
                card.scenario.buttons[0].click()
                for _ in range(3):
                    QApplication.processEvents()
        grab(window, out / "trainee-scenario.png")
        window.show_home()
        page = open_quiz(window, "m1-quiz")
        for index in range(page.controller.page_count()):
            page.go_to_page(index)
            answer_card(only_card(page))
        page.confirm_submit = lambda *args: True
        page.submit()
        grab(window, out / "trainee-results.png")
        grab_trainer_dialogs(window, out)
        window._may_close = True
        window.close()
    package.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
