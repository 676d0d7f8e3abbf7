"""Driving trainee mode through its public methods, as a trainee would (the gallery cannot
import the tests' helpers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QWidget

from courseware import model as m
from courseware.results.records import Trainee
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


def sign_in(kiosk: KioskWindow, employee_id: str,
            shoot_confirmation: Callable[[QWidget], None] = lambda _box: None) -> None:
    """Sign in by employee id; the "你是李四吗？" box is shown to ``shoot_confirmation`` and
    answered "yes" (a modal exec would wait for a click forever)."""
    page = kiosk.signin_page

    def confirm(trainee: Trainee) -> bool:
        box, _yes = page.confirm_box(trainee)
        box.show()
        shoot_confirmation(box)
        box.close()
        box.deleteLater()
        return True

    page.confirm = confirm  # type: ignore[method-assign]
    page.employee_id.setText(employee_id)
    page.submit_id()


def open_quiz(kiosk: KioskWindow, quiz_id: str) -> QuizPage:
    kiosk.home_page.open_item(quiz_id)
    kiosk.intro_page.start_button.click()
    assert kiosk.quiz_page is not None, f"quiz {quiz_id} did not start"
    return kiosk.quiz_page


def cards(page: QuizPage) -> list[TraineeQuestionCard]:
    return list(page.cards.values())


def question_of_type(page: QuizPage, cls: type[m.Question],
                     skip: tuple[str, ...] = ()) -> m.Question | None:
    """The first question of that type by id: the same one on every run, however the quiz
    shuffles its questions."""
    ordered = sorted(page.controller.session.questions, key=lambda q: q.id)
    return next((q for q in ordered if isinstance(q, cls) and q.id not in skip), None)


def scenario_choices(card: TraineeQuestionCard) -> list[QAbstractButton]:
    """The choice buttons the scenario dialogue offers now (none once it has ended)."""
    return list(getattr(card.scenario, "buttons", []))


def answer_all(page: QuizPage) -> None:
    for index in range(page.controller.page_count()):
        page.go_to_page(index)
        for card in cards(page):
            answer(card)


def answer(card: TraineeQuestionCard) -> None:
    """An answer of the right kind through the widget (the first option, the first match…)."""
    question, widget = card.question, card.answer
    if isinstance(question, m.ScenarioQuestion):
        while scenario_choices(card):
            scenario_choices(card)[0].click()
    elif isinstance(widget, ChoiceAnswer):
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
        widget.edit.setPlainText("先倾听并认同客户的感受，再把规则讲清楚，承诺回电时间并按时跟进。")


def pick_certainty(card: TraineeQuestionCard, level: int) -> bool:
    """Clicks a certainty level (quizzes with certainty-based marking); False without one."""
    picker = getattr(card, "certainty_picker", None)
    if picker is None:
        return False
    picker.button(level).click()
    return True


def choose_right_option(card: TraineeQuestionCard) -> None:
    question, widget = card.question, card.answer
    if isinstance(question, m.SingleChoiceQuestion) and isinstance(widget, ChoiceAnswer):
        right = next(o.id for o in question.options if o.correct)
        widget.choose(widget.values.index(right))
