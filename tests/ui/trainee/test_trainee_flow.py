"""The trainee's way through a class: sign in, read, take a quiz, see the result."""

from __future__ import annotations

from datetime import timedelta

from courseware import model as m
from courseware.engine import AttemptState
from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in


def test_sign_in_by_employee_id(kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.stack.currentWidget() is kiosk.signin_page
    sign_in(kiosk, "ｅ１００１")  # full-width, lower case: typed with a Chinese IME
    assert kiosk.stack.currentWidget() is kiosk.home_page
    assert "张三" in kiosk.who.text()


def test_an_unknown_employee_id_is_refused(kiosk) -> None:  # type: ignore[no-untyped-def]
    page = kiosk.signin_page
    sign_in(kiosk, "E404")
    assert "not on the class roster" in page.error.text()
    assert kiosk.stack.currentWidget() is page and kiosk.classroom.trainee is None


def test_reading_a_lesson_shows_no_trainer_block(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    kiosk.home_page.open_item("m1-l1")
    text = kiosk.reader_page.browser.toPlainText()
    assert "正文" in text and "讲师备注" not in text
    kiosk.reader_page.back.emit()
    module_row = kiosk.home_page.tree.topLevelItem(0)
    assert module_row.text(1) == "1 of 3 done"


def test_answer_every_question_type_each_saved_at_once(kiosk, store, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    types = set()

    def saved(question_id: str) -> bool:
        answers = store.attempts.load_attempt(page.controller.attempt_id).answers
        return question_id in answers and answers[question_id].answered

    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        card = only_card(page)
        answer_card(card)
        types.add(card.question.type_name)
        if isinstance(card.question, m.EssayQuestion):  # typed: saved once typing pauses
            essay = card.question.id
            qtbot.waitUntil(lambda essay=essay: saved(essay), timeout=3000)
        assert saved(card.question.id), card.question.type_name
    # the classroom course has no numerical question: test_numerical_kiosk.py takes one
    assert types == set(m.QUESTION_TYPES) - {"numerical"}
    assert all(page.navigator.buttons[q].property("answered")
               for q in page.controller.question_ids)


def test_navigator_and_flag(kiosk, store) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    third = page.controller.question_ids[2]
    page.navigator.buttons[third].click()
    assert page.controller.page_index() == 2
    card = only_card(page)
    card.flag.click()
    assert page.navigator.buttons[third].property("flagged")
    assert store.attempts.load_attempt(page.controller.attempt_id).answers[third].flagged
    page.next.click()
    assert page.controller.page_index() == 3
    page.previous.click()
    assert only_card(page).flag.isChecked()


def test_submit_lists_unanswered_then_shows_the_result(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    answer_card(only_card(page))
    seen = {}

    def confirm(summary, unanswered, flagged):  # type: ignore[no-untyped-def]
        seen["unanswered"] = unanswered
        return True

    page.confirm_submit = confirm
    page.submit_button.click()
    assert seen["unanswered"] == list(range(2, 9))
    assert kiosk.stack.currentWidget() is kiosk.results_page
    banner = kiosk.results_page.banner.text()
    assert "请复习本模块" in banner  # the feedback band for a low score
    assert "1 / 9 points" in banner and "Not passed" in banner
    review = kiosk.results_page.browser.toPlainText()
    assert "Question 1 ✓ Right" in review and "✗ Wrong" in review


def test_time_out_submits_automatically(kiosk, clock, store) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    notices: list[str] = []
    page.notify = notices.append
    attempt_id = page.controller.attempt_id
    clock.advance(minutes=5, seconds=1)
    page.tick()
    assert "5 minute" in notices[-1] and "#c62828" in page.clock.styleSheet()
    clock.advance(minutes=4)
    page.tick()
    assert "1 minute" in notices[-1]
    clock.advance(minutes=1)
    page.tick()
    assert "Time is up" in notices[-1]
    assert store.attempts.load_attempt(attempt_id).state is AttemptState.AUTO_SUBMITTED
    assert kiosk.stack.currentWidget() is kiosk.results_page


def test_timer_shows_remaining_time(kiosk, clock) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    clock.advance(seconds=75)
    page.tick()
    assert "08:45" in page.clock.text()
    assert page.controller.remaining() == timedelta(minutes=8, seconds=45)


def test_scenario_is_played_one_node_at_a_time(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    scenario_id = next(q for q in page.controller.question_ids
                       if isinstance(page.controller.session._questions[q], m.ScenarioQuestion))
    page.go_to_question(scenario_id)
    dialogue = only_card(page).scenario
    assert dialogue is not None and len(dialogue.buttons) == 2
    dialogue.buttons[0].click()
    assert dialogue.buttons == []  # an ending: no more choices
    assert page.controller.scenario(scenario_id).finished


def test_resuming_in_the_same_session_keeps_answers(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    answer_card(only_card(page))
    first = page.controller.question_ids[0]
    kiosk.sign_out()
    sign_in(kiosk)
    page = open_quiz(kiosk)
    assert page.controller.is_answered(first)
