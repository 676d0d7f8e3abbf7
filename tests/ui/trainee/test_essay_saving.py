"""Essays are saved when typing pauses, not on every keystroke, and never lost: page change,
navigator jump, submit, time-out, sign-out and closing save what was typed at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from courseware import model as m
from courseware.engine import AttemptState
from tests.ui.trainee.helpers import open_quiz, sign_in
from ui.trainee.answer_saver import IDLE_MS

TEXT = "先倾听客户的感受，再复述要点，然后给出两个可选方案。Listen first, then act!!"  # 50


@pytest.fixture
def essay_page(kiosk, store, monkeypatch):  # type: ignore[no-untyped-def]
    """The quiz open on its essay; ``page.saves`` lists every essay save made."""
    sign_in(kiosk)
    page = open_quiz(kiosk)
    essay = next(q.id for q in page.controller.session.questions
                 if isinstance(q, m.EssayQuestion))
    page.go_to_question(essay)
    page.essay_id = essay
    page.saves = []
    save = store.attempts.save_answer

    def counting(attempt_id, question_id, record):  # type: ignore[no-untyped-def]
        if question_id == essay:
            page.saves.append(record.value)
        return save(attempt_id, question_id, record)

    monkeypatch.setattr(store.attempts, "save_answer", counting)
    return page


def type_essay(qtbot, page, text: str = TEXT) -> None:  # type: ignore[no-untyped-def]
    edit = page.cards[page.essay_id].answer.edit
    for character in text:  # one key press at a time, as a trainee types (or an IME commits)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                   character))
    assert edit.toPlainText() == text


def stored_essay(store, page):  # type: ignore[no-untyped-def]
    record = store.attempts.load_attempt(page.controller.attempt_id).answers.get(page.essay_id)
    return None if record is None else record.value


def test_typing_50_characters_saves_once_after_a_pause(qtbot, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    assert len(TEXT) == 50
    type_essay(qtbot, essay_page)
    assert essay_page.saves == []  # nothing yet: still typing
    qtbot.waitUntil(lambda: bool(essay_page.saves), timeout=IDLE_MS * 4)
    qtbot.wait(IDLE_MS // 2)
    assert essay_page.saves == [TEXT]
    assert stored_essay(store, essay_page) == TEXT
    assert essay_page.navigator.buttons[essay_page.essay_id].property("answered")


def test_next_page_saves_at_once(qtbot, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    before = essay_page.controller.page_index()
    essay_page.next.click() if essay_page.next.isEnabled() else essay_page.previous.click()
    assert essay_page.controller.page_index() != before
    assert essay_page.saves == [TEXT]
    assert stored_essay(store, essay_page) == TEXT


def test_navigator_jump_saves_at_once(qtbot, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    first = essay_page.controller.question_ids[0]
    essay_page.navigator.buttons[first].click()
    assert stored_essay(store, essay_page) == TEXT


def test_submit_saves_first_and_counts_the_essay(qtbot, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    seen = {}

    def confirm(summary, unanswered, flagged):  # type: ignore[no-untyped-def]
        seen["unanswered"] = summary.unanswered
        return True

    essay_page.confirm_submit = confirm
    attempt_id = essay_page.controller.attempt_id
    essay_page.submit_button.click()
    assert essay_page.essay_id not in seen["unanswered"]
    stored = store.attempts.load_attempt(attempt_id)
    assert stored.state is AttemptState.SUBMITTED
    assert stored.answers[essay_page.essay_id].value == TEXT


def test_time_out_keeps_what_was_typed(qtbot, essay_page, store, clock) -> None:  # type: ignore[no-untyped-def]
    essay_page.notify = lambda text: None
    attempt_id = essay_page.controller.attempt_id
    clock.advance(minutes=9, seconds=50)
    essay_page.tick()  # the 5- and 1-minute warnings
    type_essay(qtbot, essay_page)  # still typing when the last seconds come
    clock.advance(seconds=8)
    essay_page.tick()  # 2 s left: what was typed is saved before the clock closes the quiz
    assert essay_page.saves == [TEXT]
    clock.advance(seconds=2)
    essay_page.tick()
    stored = store.attempts.load_attempt(attempt_id)
    assert stored.state is AttemptState.AUTO_SUBMITTED
    assert stored.answers[essay_page.essay_id].value == TEXT


def test_in_the_last_seconds_every_change_is_saved_at_once(qtbot, essay_page, store,  # type: ignore[no-untyped-def]
                                                          clock) -> None:
    essay_page.notify = lambda text: None
    clock.advance(minutes=9, seconds=58)
    type_essay(qtbot, essay_page, "来不及了")
    assert essay_page.saves == ["来", "来不", "来不及", "来不及了"]
    assert stored_essay(store, essay_page) == "来不及了"


def test_sign_out_saves_at_once(qtbot, kiosk, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    kiosk.sign_out()
    assert stored_essay(store, essay_page) == TEXT


def test_leaving_trainee_mode_saves_at_once(qtbot, kiosk, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    assert kiosk.request_exit()
    assert stored_essay(store, essay_page) == TEXT


def test_nothing_is_saved_twice_or_after_the_quiz_closed(qtbot, essay_page, store) -> None:  # type: ignore[no-untyped-def]
    type_essay(qtbot, essay_page)
    essay_page.flush()
    essay_page.flush()
    assert essay_page.saves == [TEXT]
    qtbot.wait(IDLE_MS + 200)
    assert essay_page.saves == [TEXT]
