"""Certainty-based marking in trainee mode: the trainee says how sure they are with each answer,
it is saved with the answer, marks it, comes back with a resumed attempt and shows in the
review. A quiz without CBM shows no certainty control."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from courseware import model as m
from courseware.engine import Attempt
from courseware.i18n import set_language
from tests.ui.trainee.conftest import close_kiosk, open_kiosk
from tests.ui.trainee.helpers import answer_card, open_quiz, sign_in
from ui.quiz_preview.answer_widgets import ChoiceAnswer
from ui.quiz_preview.certainty import CertaintyPicker
from ui.trainee.question_card import TraineeQuestionCard
from ui.trainee.quiz_page import QuizPage

NOT_SURE, FAIRLY_SURE, SURE = 1, 2, 3


def card_of(page: QuizPage, question_id: str) -> TraineeQuestionCard:
    page.go_to_question(question_id)
    return page.cards[question_id]


def picker_of(card: TraineeQuestionCard) -> CertaintyPicker:
    assert card.certainty_picker is not None, card.question.id
    return card.certainty_picker


def choose(card: TraineeQuestionCard, right: bool) -> None:
    """Pick the right (or a wrong) option of a single-choice or true/false question."""
    widget = card.answer
    assert isinstance(widget, ChoiceAnswer)
    question = card.question
    right_values: set[object]
    if isinstance(question, m.TrueFalseQuestion):
        right_values = {question.answer}
    else:
        assert isinstance(question, m.SingleChoiceQuestion)
        right_values = {o.id for o in question.options if o.correct}
    widget.choose(next(i for i, v in enumerate(widget.values) if (v in right_values) == right))


def stored(store, page: QuizPage) -> Attempt:  # type: ignore[no-untyped-def]
    return store.attempts.load_attempt(page.controller.attempt_id)


def submit(page: QuizPage) -> None:
    page.confirm_submit = lambda *args: True
    page.submit()


def points(attempt: Attempt, question_id: str) -> float | None:
    return attempt.results[question_id].points


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_quiz_without_cbm_shows_no_certainty_control(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    for question_id in page.controller.question_ids:
        card = card_of(page, question_id)
        assert card.certainty_picker is None, question_id
        assert card.findChild(CertaintyPicker) is None


def test_cbm_quiz_asks_on_every_auto_graded_question(cbm_kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    with_control = {q for q in page.controller.question_ids
                    if card_of(page, q).certainty_picker is not None}
    auto_graded = {q.id for q in page.controller.session.questions if q.auto_graded}
    assert with_control == auto_graded
    assert "q1" in with_control and "q7" in with_control  # a scenario too
    assert "q6" not in with_control  # CBM does not apply to essays


def test_sure_and_right_earns_full_marks_sure_and_wrong_costs_double(  # type: ignore[no-untyped-def]
        cbm_kiosk, store) -> None:
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    q1 = card_of(page, "q1")
    picker_of(q1).button(SURE).click()  # before answering: it goes with the answer
    assert "q1" not in stored(store, page).answers
    choose(q1, right=True)
    assert stored(store, page).answers["q1"].certainty == SURE
    q2 = card_of(page, "q2")
    picker_of(q2).button(SURE).click()
    choose(q2, right=False)
    assert stored(store, page).answers["q2"].certainty == SURE
    q3 = card_of(page, "q3")
    answer_card(q3)  # right, no certainty stated: counts as "not sure"
    assert stored(store, page).answers["q3"].certainty is None
    submit(page)
    attempt = stored(store, page)
    assert attempt.state.finished
    assert points(attempt, "q1") == pytest.approx(1.0)  # the question's full point
    assert points(attempt, "q2") == pytest.approx(-2.0)  # −2 × the points
    assert points(attempt, "q3") == pytest.approx(1 / 3)


def test_the_review_shows_each_certainty(cbm_kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    q1 = card_of(page, "q1")
    picker_of(q1).button(FAIRLY_SURE).click()
    choose(q1, right=True)
    answer_card(card_of(page, "q2"))
    submit(page)
    assert cbm_kiosk.stack.currentWidget() is cbm_kiosk.results_page
    text = cbm_kiosk.results_page.browser.toPlainText()
    assert "Certainty-based marking" in text
    assert "Certainty: Fairly sure" in text
    assert "Certainty: not stated" in text  # q2


def test_a_change_after_answering_is_saved_at_once(cbm_kiosk, store) -> None:  # type: ignore[no-untyped-def]
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    q1 = card_of(page, "q1")
    picker_of(q1).button(SURE).click()
    choose(q1, right=False)
    assert stored(store, page).answers["q1"].certainty == SURE
    picker_of(q1).button(NOT_SURE).click()  # no pause awaited: saved on the click
    record = stored(store, page).answers["q1"]
    assert record.certainty == NOT_SURE and record.answered
    assert page.saved.text()
    submit(page)
    assert points(stored(store, page), "q1") == pytest.approx(0.0)  # wrong, not sure: 0


def test_the_certainty_comes_back_when_the_attempt_is_reopened(  # type: ignore[no-untyped-def]
        qtbot, cbm_kiosk, cbm_package, store, clock, password_record) -> None:
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    attempt_id = page.controller.attempt_id
    q1 = card_of(page, "q1")
    picker_of(q1).button(FAIRLY_SURE).click()
    choose(q1, right=True)
    cbm_kiosk.sign_out()
    window = open_kiosk(cbm_package, store, clock, password_record)  # as after a restart
    try:
        sign_in(window)
        resumed = open_quiz(window)
        assert resumed.controller.attempt_id == attempt_id
        assert resumed.controller.certainty("q1") == FAIRLY_SURE
        card = card_of(resumed, "q1")
        assert card.certainty() == FAIRLY_SURE
        assert picker_of(card).button(FAIRLY_SURE).isChecked()
        choose(card, right=False)  # a new answer keeps the certainty shown
        assert store.attempts.load_attempt(attempt_id).answers["q1"].certainty == FAIRLY_SURE
    finally:
        close_kiosk(window)


def test_a_scenario_choice_carries_the_certainty(cbm_kiosk, store) -> None:  # type: ignore[no-untyped-def]
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    card = card_of(page, "q7")
    picker_of(card).button(SURE).click()
    answer_card(card)  # the first choice each time: the good ending
    assert stored(store, page).answers["q7"].certainty == SURE
    submit(page)
    assert points(stored(store, page), "q7") == pytest.approx(1.0)


def test_immediate_feedback_locks_the_certainty(qtbot, tmp_path, store, clock,  # type: ignore[no-untyped-def]
                                               password_record) -> None:
    from tests.ui.trainee.conftest import cbm_course, packaged

    course = cbm_course()
    course.modules[0].quizzes[0].settings.feedback_timing = m.Timing.IMMEDIATE
    package = packaged(course, tmp_path / "immediate")
    window = open_kiosk(package, store, clock, password_record)
    try:
        sign_in(window)
        page = open_quiz(window)
        notices: list[str] = []
        page.notify = notices.append
        q1 = card_of(page, "q1")
        picker_of(q1).button(SURE).click()
        choose(q1, right=True)
        assert not picker_of(q1).isEnabled()  # locked with the answer it was given with
        picker_of(q1).button(NOT_SURE).click()
        assert stored(store, page).answers["q1"].certainty == SURE
        assert q1.certainty() == SURE and not notices
    finally:
        close_kiosk(window)
        package.close()


def test_keyboard_reaches_and_sets_the_certainty(cbm_kiosk, store, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    cbm_kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is cbm_kiosk, timeout=3000)
    card = card_of(page, "q1")
    picker = picker_of(card)
    assert isinstance(card.answer, ChoiceAnswer)
    card.answer.setFocus()  # then Tab, as a trainee would, until the certainty
    for _ in range(8):
        if picker.isAncestorOf(focus()):
            break
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert picker.isAncestorOf(focus()), focus()
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    assert picker.level() == NOT_SURE
    qtbot.keyClick(focus(), Qt.Key.Key_Right)
    qtbot.keyClick(focus(), Qt.Key.Key_Right)
    assert picker.level() == SURE and picker.button(SURE).hasFocus()
    choose(card, right=True)
    assert stored(store, page).answers["q1"].certainty == SURE


def test_kiosk_certainty_control_in_chinese_large_type(cbm_kiosk) -> None:  # type: ignore[no-untyped-def]
    set_language("zh")
    sign_in(cbm_kiosk)
    page = open_quiz(cbm_kiosk)
    picker = picker_of(card_of(page, "q1"))
    texts = [picker.title()] + [picker.button(level).text() for level in (1, 2, 3)]
    assert texts[1:] == ["1 没把握", "2 比较有把握", "3 很有把握"]
    assert not any(re.search("[A-Za-z]", text) for text in texts)
    QApplication.processEvents()
    for level in (1, 2, 3):
        button = picker.button(level)
        assert button.font().pointSizeF() >= 15  # the kiosk's large type
        assert button.width() >= button.sizeHint().width()  # the label is not clipped
