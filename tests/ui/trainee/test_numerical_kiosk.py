"""A numerical question in trainee mode: typed the Chinese way, saved at once, graded with the
key unlocked by the session passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom import ClassroomPackage
from tests.ui.trainee.conftest import classroom_course, close_kiosk, open_kiosk, packaged
from tests.ui.trainee.helpers import open_quiz, sign_in
from ui.quiz_preview.answer_widgets import NumberAnswer


@pytest.fixture
def numerical_package(tmp_path: Path) -> Iterator[ClassroomPackage]:
    course = classroom_course()
    quiz = course.modules[0].quizzes[0]
    quiz.questions.insert(0, m.NumericalQuestion(
        id="fee", prompt="分期手续费共多少元？", answers=[m.NumericalAnswer(1200, 0.5)],
        units=[m.NumericalUnit("元"), m.NumericalUnit("万元", 0.0001)]))
    opened = packaged(course, tmp_path)
    yield opened
    opened.close()


def test_typed_saved_and_graded(qtbot, numerical_package, store, clock,  # type: ignore[no-untyped-def]
                                password_record) -> None:
    kiosk = open_kiosk(numerical_package, store, clock, password_record)
    try:
        sign_in(kiosk)
        page = open_quiz(kiosk)
        card = page.cards["fee"]
        assert isinstance(card.answer, NumberAnswer)
        card.answer.edit.setText("０．１２ 万元")
        card.answer.edit.editingFinished.emit()
        assert card.answer.reading.text() == "Read as 1200 元"
        attempt = store.attempts.load_attempt(page.controller.attempt_id)
        assert attempt.answers["fee"].value == "０．１２ 万元"
        page.confirm_submit = lambda *args: True  # type: ignore[method-assign]
        page.submit_button.click()
        graded = store.attempts.load_attempt(page.controller.attempt_id)
        assert graded.results["fee"].points == 1.0
    finally:
        close_kiosk(kiosk)
