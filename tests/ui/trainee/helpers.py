"""Driving trainee mode as a trainee would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from courseware import model as m
from ui.gallery.trainee_driver import answer
from ui.quiz_preview.answer_widgets import (
    ChoiceAnswer,
    EssayAnswer,
    FillBlankAnswer,
    MatchingAnswer,
    OrderingAnswer,
)
from ui.trainee.kiosk import KioskWindow
from ui.trainee.question_card import TraineeQuestionCard
from ui.trainee.quiz_page import QuizPage


def sign_in(kiosk: KioskWindow, employee_id: str = "E1001") -> None:
    """Type the employee id and sign in, answering "yes, that's me" to the confirmation."""
    page = kiosk.signin_page
    asked, page.confirm = page.confirm, lambda _trainee: True  # type: ignore[method-assign]
    try:
        page.employee_id.setText(employee_id)
        page.submit_id()
    finally:
        page.confirm = asked  # type: ignore[method-assign]


def open_quiz(kiosk: KioskWindow, quiz_id: str = "m1-quiz") -> QuizPage:
    kiosk.home_page.open_item(quiz_id)
    kiosk.intro_page.start_button.click()
    assert kiosk.quiz_page is not None
    return kiosk.quiz_page


def only_card(page: QuizPage) -> TraineeQuestionCard:
    assert len(page.cards) == 1
    return next(iter(page.cards.values()))


def answer_card(card: TraineeQuestionCard) -> None:
    """Give an answer of the right kind through the widget, as a trainee would (the gallery's
    driver does the same for its screens)."""
    known = (ChoiceAnswer, FillBlankAnswer, MatchingAnswer, OrderingAnswer, EssayAnswer)
    assert isinstance(card.question, m.ScenarioQuestion) or isinstance(card.answer, known), \
        type(card.answer)
    answer(card)


def key_click(widget: object, key: Qt.Key) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(widget, key)  # type: ignore[arg-type]
