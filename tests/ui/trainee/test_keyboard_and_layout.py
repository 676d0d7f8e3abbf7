"""Keyboard-only use of a whole quiz (every question type), the scenario dialogue following
the conversation, and no sideways scrolling at the classroom PCs' screen sizes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPlainTextEdit

from courseware import model as m
from tests.ui.trainee.helpers import only_card, sign_in
from ui.quiz_preview.answer_widgets import ChoiceAnswer, MatchingAnswer
from ui.trainee.quiz_page import QuizPage
from ui.trainee.scenario_dialogue import FOLLOW_MS

ROOT = Path(__file__).resolve().parents[3]


def focused() -> object:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()  # as between two real key presses (new widgets show)


def tab_to(qtbot, target, limit: int = 60) -> None:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def answer_by_keyboard(qtbot, page: QuizPage) -> str:  # type: ignore[no-untyped-def]
    card = only_card(page)
    question = card.question
    if isinstance(question, m.ScenarioQuestion):
        assert card.scenario is not None
        while card.scenario.buttons:
            press(qtbot, Qt.Key.Key_1)  # the first reply, by its number
    elif isinstance(card.answer, ChoiceAnswer):
        press(qtbot, Qt.Key.Key_1)
        if isinstance(question, m.MultipleChoiceQuestion):
            press(qtbot, Qt.Key.Key_2)
    elif isinstance(question, m.FillBlankQuestion):
        assert isinstance(focused(), QLineEdit)
        qtbot.keyClicks(focused(), "renTong")
        press(qtbot, Qt.Key.Key_Tab)
    elif isinstance(question, m.MatchingQuestion):
        assert isinstance(card.answer, MatchingAnswer)
        for combo in card.answer.combos.values():
            if not combo.isEnabled():  # immediate feedback locks the answer once given
                break
            assert focused() is combo
            press(qtbot, Qt.Key.Key_Down)
            press(qtbot, Qt.Key.Key_Tab)
    elif isinstance(question, m.OrderingQuestion):
        assert isinstance(focused(), QListWidget)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif isinstance(question, m.EssayQuestion):
        assert isinstance(focused(), QPlainTextEdit)
        qtbot.keyClicks(focused(), "Listen first, then answer.")
    return question.type_name


def test_a_whole_quiz_by_keyboard_alone(kiosk, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    home = kiosk.home_page
    assert focused() is home.continue_button  # what next: one key away
    home.tree.setFocus()
    while home.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) is None or \
            home.tree.currentItem().data(0, Qt.ItemDataRole.UserRole).id != "m1-quiz":
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.intro_page
    assert focused() is kiosk.intro_page.start_button
    press(qtbot, Qt.Key.Key_Return)
    page = kiosk.quiz_page
    assert page is not None
    types = set()
    for index in range(page.controller.page_count()):
        assert page.controller.page_index() == index
        types.add(answer_by_keyboard(qtbot, page))
        if index < page.controller.page_count() - 1:
            press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    # the classroom course holds every type but numerical (a plain text box, tested in
    # tests/ui/trainee/test_numerical_kiosk.py)
    assert types == set(m.QUESTION_TYPES) - {"numerical"}
    page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
    tab_to(qtbot, page.submit_button)
    press(qtbot, Qt.Key.Key_Space)
    assert kiosk.stack.currentWidget() is kiosk.results_page
    answers = store.attempts.load_attempt(page.controller.attempt_id).answers
    assert all(answers[q].answered for q in page.controller.question_ids)
    assert focused() is kiosk.results_page.back_button
    press(qtbot, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.home_page


def test_every_control_on_a_question_page_has_a_name_and_a_44px_target(  # type: ignore[no-untyped-def]
        kiosk) -> None:
    sign_in(kiosk)
    kiosk.home_page.open_item("m1-quiz")
    kiosk.intro_page.start_button.click()
    page = kiosk.quiz_page
    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        card = only_card(page)
        if isinstance(card.answer, ChoiceAnswer):
            for row in card.answer.rows:
                assert row.button.accessibleName().strip()
                assert row.minimumHeight() >= 44
    for button in page.navigator.buttons.values():
        assert button.height() >= 44 and button.accessibleName()


def test_text_size_is_remembered_on_this_pc(kiosk, package, store, clock,  # type: ignore[no-untyped-def]
                                           password_record) -> None:
    from tests.ui.trainee.conftest import close_kiosk, open_kiosk

    before = kiosk.text_size.points
    kiosk.larger.click()
    assert kiosk.text_size.points > before
    assert f"font-size: {kiosk.text_size.points}pt" in kiosk.styleSheet()
    again = open_kiosk(package, store, clock, password_record)
    try:
        assert again.text_size.points == kiosk.text_size.points
    finally:
        close_kiosk(again)
    kiosk.smaller.click()
    assert kiosk.text_size.points == before


def test_the_scenario_scrolls_to_the_newest_choices(qtbot, kiosk_on_bundled_course) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_on_bundled_course
    sign_in(kiosk)
    scenario_quiz = next(q for q in kiosk.classroom.full_course.all_quizzes()
                         if any(isinstance(x, m.ScenarioQuestion) for x in q.questions))
    kiosk.home_page.open_item(scenario_quiz.id)
    kiosk.intro_page.start_button.click()
    page = kiosk.quiz_page
    card = next(c for c in page.cards.values() if c.scenario is not None)
    area = page.scroll_area

    def newest_in_view() -> bool:
        rows = card.scenario.rows
        if not rows:
            return False
        viewport = area.viewport()
        top = rows[0].mapTo(viewport, QPoint(0, 0)).y()
        bottom = rows[-1].mapTo(viewport, QPoint(0, rows[-1].height())).y()
        return top >= 0 and bottom <= viewport.height()

    question = next(x for x in scenario_quiz.questions if isinstance(x, m.ScenarioQuestion))
    nodes = {node.id: node for node in question.nodes}
    here = nodes[question.start]
    for _step in range(2):  # a choice that goes on (choices are not ordered by quality)
        index, choice = next((i, c) for i, c in enumerate(here.choices)
                             if nodes[c.next].ending is None)
        here = nodes[choice.next]
        with qtbot.waitSignal(card.scenario.scrolled, timeout=3000):
            card.scenario.buttons[index].click()
        qtbot.wait(FOLLOW_MS + 200)  # the page has settled its height
        assert card.scenario.rows, "the scenario ended too early for this test"
        assert newest_in_view()
    assert area.verticalScrollBar().value() > 0  # it had to scroll to get there


@pytest.mark.parametrize(("size", "scale"), [("1366x768", "1"), ("1920x1080", "1.5")])
def test_no_sideways_scrolling_with_a_long_matching_question(size: str, scale: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-m", "tests.ui.trainee.layout_child", size],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["pages"] == 8
    assert result["problems"] == []
    # the 2400 px picture in the prompt is scaled to the page, not shown as Markdown
    assert result["image_widths"] and max(result["image_widths"]) <= result["viewport"]
    assert "![" not in result["prompt_text"] and "<strong>" in result["prompt_text"]
