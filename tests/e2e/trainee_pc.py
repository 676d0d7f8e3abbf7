"""One classroom PC of the end-to-end test: the real trainee mode, driven as a trainee would.

``python -m tests.e2e.trainee_pc PACKAGE PASSPHRASE_FILE DB_URL PASSWORD_FILE EMPLOYEE_ID GO_ON``

Starts trainee mode through :func:`ui.trainee.app.run_trainee` (what ``courseware trainee
PACKAGE --db URL --passphrase-file F --password-file P`` runs: package opened and unlocked,
results store with pass marks, full-screen kiosk), then, inside its event loop, signs in with
the employee id, opens ``m1-quiz`` and answers page by page as :mod:`tests.e2e.class_plan`
says, through the answer widgets. Says on stdout, one JSON list per line:

- ``["opened", attempt_id, answered, start_button_text]`` once the quiz page shows;
- ``["half", answered]`` after HALF pages, then waits (event loop running) until GO_ON exists;
- ``["notice", text]`` for any message box the quiz page would have shown;
- ``["done", result_text]`` after submitting (the results page's summary), then the trainer
  leaves trainee mode with the kiosk password and the process exits 0.

A resumed attempt (after a crash) keeps what was answered: only unanswered questions are
answered again.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from courseware import model as m
from courseware.cli.classroom_commands import read_secret_file
from courseware.engine import JSONValue
from tests.e2e.class_plan import (
    HALF,
    QUIZ_ID,
    TRAINER_PASSWORD,
    TraineePlan,
    plan_for,
    planned_answer,
)
from ui.app import create_application
from ui.quiz_preview.answer_widgets import (
    AnswerWidget,
    ChoiceAnswer,
    EssayAnswer,
    FillBlankAnswer,
    MatchingAnswer,
    OrderingAnswer,
)
from ui.trainee.app import run_trainee
from ui.trainee.kiosk import KioskWindow
from ui.trainee.question_card import TraineeQuestionCard
from ui.trainee.quiz_page import QuizPage


def say(*words: object) -> None:
    print(json.dumps(list(words), ensure_ascii=False), flush=True)


def find_kiosk() -> KioskWindow:
    kiosks = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
    if not kiosks:
        shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        raise RuntimeError(f"trainee mode did not open its kiosk (visible: {shown})")
    return kiosks[0]


def wait_for(app: QApplication, go_on: Path) -> None:
    """Wait with the event loop running (the kiosk's clock keeps ticking)."""
    while not go_on.exists():
        app.processEvents()
        time.sleep(0.05)


def answered(page: QuizPage) -> int:
    controller = page.controller
    return sum(controller.is_answered(q) for q in controller.question_ids)


# -- giving answers through the widgets


def choose(widget: ChoiceAnswer, value: JSONValue) -> None:
    for chosen in value if isinstance(value, list) else [value]:
        widget.choose(widget.values.index(chosen))


def type_blanks(widget: FillBlankAnswer, value: JSONValue) -> None:
    assert isinstance(value, list)
    for edit, text in zip(widget.edits, value, strict=True):
        edit.setText(str(text))
        edit.editingFinished.emit()


def match(widget: MatchingAnswer, value: JSONValue) -> None:
    assert isinstance(value, dict)
    for left, right in value.items():
        combo = widget.combos[left]
        index = combo.findData(right)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def put_in_order(widget: OrderingAnswer, value: JSONValue) -> None:
    """Select each item in turn and move it up to its place (the 'move up' button)."""
    assert isinstance(value, list)
    for target, text in enumerate(value):
        current = widget.value()
        assert isinstance(current, list)
        row = current.index(text)
        widget.list.setCurrentRow(row)
        for _ in range(row - target):
            widget.move_current(-1)
    widget.keep.click()  # the order shown may have been right already: nothing moved


def write_essay(widget: EssayAnswer, value: JSONValue) -> None:
    if value:
        widget.edit.setPlainText(str(value))


def give(widget: AnswerWidget, value: JSONValue) -> None:
    if isinstance(widget, ChoiceAnswer):
        choose(widget, value)
    elif isinstance(widget, FillBlankAnswer):
        type_blanks(widget, value)
    elif isinstance(widget, MatchingAnswer):
        match(widget, value)
    elif isinstance(widget, OrderingAnswer):
        put_in_order(widget, value)
    elif isinstance(widget, EssayAnswer):
        write_essay(widget, value)
    else:
        raise AssertionError(f"no way to answer {type(widget).__name__}")


def answer_card(quiz: m.Quiz, card: TraineeQuestionCard, plan: TraineePlan) -> None:
    assert card.answer is not None, card.question.id
    give(card.answer, planned_answer(quiz, card.question, plan))


# -- the trainee's session


def open_quiz(kiosk: KioskWindow, plan: TraineePlan) -> QuizPage:
    kiosk.signin_page.confirm = lambda _trainee: True  # "你是…吗？" answered yes
    kiosk.signin_page.employee_id.setText(plan.employee_id)
    kiosk.signin_page.submit_id()
    if kiosk.classroom.trainee is None:
        raise RuntimeError(f"sign-in refused: {kiosk.signin_page.error.text()}")
    kiosk.home_page.open_item(QUIZ_ID)
    button = kiosk.intro_page.start_button.text()
    kiosk.intro_page.start_button.click()
    page = kiosk.quiz_page
    assert page is not None
    page.notify = lambda text: say("notice", text)
    page.confirm_submit = lambda _summary, _unanswered, _flagged: True
    say("opened", page.controller.attempt_id, answered(page), button)
    return page


def work_through(app: QApplication, page: QuizPage, plan: TraineePlan, go_on: Path) -> None:
    controller = page.controller
    page.go_to_page(0)  # a resumed attempt reopens where it was: start from the top
    pages = controller.page_count()
    for index in range(pages):
        for card in list(page.cards.values()):
            if not controller.is_answered(card.question.id):
                answer_card(controller.quiz, card, plan)
        if index + 1 < pages:
            page.next.click()  # changing page also flushes a pending essay save
        if index + 1 == HALF:
            say("half", answered(page))
            wait_for(app, go_on)
    page.submit_button.click()


def result_text(kiosk: KioskWindow) -> str:
    """The results banner as the trainee reads it (score, 合格/未合格, essays waiting)."""
    from PySide6.QtGui import QTextDocument

    banner = QTextDocument()
    banner.setHtml(kiosk.results_page.banner.text())
    lines = [line.strip() for line in banner.toPlainText().splitlines()]
    return " | ".join(line.replace("\u00a0", " ").strip() for line in lines if line.strip())


def take_the_quiz(app: QApplication, plan: TraineePlan, go_on: Path) -> None:
    kiosk = find_kiosk()
    page = open_quiz(kiosk, plan)
    work_through(app, page, plan, go_on)
    if kiosk.quiz_page is not None or not kiosk.results_page.isVisible():
        raise RuntimeError("submitting did not show the results page")
    say("done", result_text(kiosk))
    kiosk.ask_password = lambda: TRAINER_PASSWORD
    if not kiosk.request_exit():
        raise RuntimeError("the trainer password did not unlock the kiosk")


def drive(app: QApplication, plan: TraineePlan, go_on: Path) -> None:
    try:
        take_the_quiz(app, plan, go_on)
    except BaseException:  # a failing PC must end, not hang in its kiosk
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(3)


def main(argv: list[str]) -> int:
    package, passphrase_file, db_url, password_file, employee_id, go_on = argv
    app = create_application(sys.argv[:1])
    QTimer.singleShot(0, lambda: drive(app, plan_for(employee_id), Path(go_on)))
    passphrase = read_secret_file(Path(passphrase_file))
    return run_trainee(Path(package), db_url, sys.argv[:1], passphrase, Path(password_file))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
