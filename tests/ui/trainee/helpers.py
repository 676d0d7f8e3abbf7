"""Driving trainee mode as a trainee would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from courseware import model as m
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
    """Give an answer of the right kind through the widget, as a trainee would."""
    question = card.question
    widget = card.answer
    if isinstance(question, m.ScenarioQuestion):
        assert card.scenario is not None
        while card.scenario.buttons:
            card.scenario.buttons[0].click()
        return
    if isinstance(widget, ChoiceAnswer):
        widget.choose(0)
        if isinstance(question, m.MultipleChoiceQuestion):
            widget.choose(1)
    elif isinstance(widget, FillBlankAnswer):
        widget.edits[0].setText("认同")
        widget.edits[0].editingFinished.emit()
    elif isinstance(widget, MatchingAnswer):
        for combo in widget.combos.values():
            combo.setCurrentIndex(1)
            combo.activated.emit(1)
    elif isinstance(widget, OrderingAnswer):
        widget.list.setCurrentRow(1)
        widget.move_current(-1)
    elif isinstance(widget, EssayAnswer):
        widget.edit.setPlainText("先倾听客户，再回应需求。")
    else:
        raise AssertionError(type(widget))


def key_click(widget: object, key: Qt.Key) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(widget, key)  # type: ignore[arg-type]
