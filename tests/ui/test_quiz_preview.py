"""Taking a quiz in preview: every question type answered with its widget, flag, navigate,
submit, then the review as the settings allow — and nothing recorded in the results store."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtWidgets import QWidget

from courseware import model as m
from tests.courseware.course_builder import sample_course
from ui.quiz_preview.answer_widgets import (
    ChoiceAnswer,
    EssayAnswer,
    FillBlankAnswer,
    MatchingAnswer,
    OrderingAnswer,
)
from ui.quiz_preview.quiz_dialog import QuizPreviewDialog


def _course(per_page: int = 1, timing: m.Timing = m.Timing.AFTER_SUBMIT) -> m.Course:
    course = sample_course()
    quiz = course.all_quizzes()[0]
    quiz.settings.questions_per_page = per_page
    quiz.settings.feedback_timing = timing
    quiz.settings.answers_timing = timing
    return course


@pytest.fixture
def parent(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    yield widget
    widget.deleteLater()


def _dialog(parent: QWidget, course: m.Course) -> QuizPreviewDialog:
    dialog = QuizPreviewDialog(parent, course, course.all_quizzes()[0], seed=3)
    dialog.confirm_submit = lambda summary: True
    return dialog


def _answer_right(dialog: QuizPreviewDialog, question: m.Question) -> None:
    """Answer as a trainee would, through the question's widget (right answers)."""
    card = dialog.card_for(question.id)
    widget = card.answer
    if isinstance(question, m.ScenarioQuestion):
        while card.scenario and card.scenario.buttons:
            card.scenario.buttons[0].click()
        return
    if isinstance(widget, ChoiceAnswer):
        for index, value in enumerate(widget.values):
            right = (value is question.answer if isinstance(question, m.TrueFalseQuestion)
                     else any(o.id == value and o.correct for o in question.options))
            if right:
                widget.choose(index)
    elif isinstance(widget, FillBlankAnswer):
        for edit, blank in zip(widget.edits, question.blanks, strict=True):
            edit.setText(blank.accepted[0])
            edit.editingFinished.emit()
    elif isinstance(widget, MatchingAnswer):
        for pair in question.pairs:
            combo = widget.combos[pair.left]
            combo.setCurrentIndex(combo.findData(pair.right))
            combo.activated.emit(combo.currentIndex())
    elif isinstance(widget, OrderingAnswer):
        for target, item in enumerate(question.items):
            row = next(r for r in range(widget.list.count()) if widget.list.item(r).text() == item)
            widget.list.setCurrentRow(row)
            for _ in range(row - target):
                widget.move_current(-1)
    elif isinstance(widget, EssayAnswer):
        widget.edit.setPlainText("I would listen first.")


def test_take_every_question_type_one_per_page_then_review(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = _course()
    dialog = _dialog(parent, course)
    preview = dialog.preview
    types = set()
    for page in range(preview.page_count()):
        assert preview.page_index() == page and len(dialog.cards) == 1
        question = dialog.cards[0].question
        types.add(question.type_name)
        _answer_right(dialog, question)
        if page == 0:
            dialog.cards[0].flag.setChecked(True)
        if page + 1 < preview.page_count():
            dialog.next.click()
    assert types == set(m.QUESTION_TYPES)
    summary = preview.session.summary()
    assert summary.unanswered == [] and len(summary.flagged) == 1
    dialog.previous.click()  # free navigation: back again, answers still shown
    assert preview.page_index() == preview.page_count() - 2
    dialog.submit.click()
    assert preview.is_finished and dialog.stack.currentIndex() == 1
    review = preview.review()
    assert review.summary.pending  # the essay waits for the trainer
    auto = [q for q in review.questions if q.question_type != "essay"]
    assert all(q.status is not None and q.status.value == "right" for q in auto), auto
    text = dialog.review.toPlainText()
    assert "Right answer" in text and "Waiting for the trainer" in text
    dialog.close()


def test_all_on_one_page_and_answers_hidden_when_never(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = _course(per_page=0, timing=m.Timing.NEVER)
    dialog = _dialog(parent, course)
    assert dialog.preview.page_count() == 1
    assert len(dialog.cards) == len(course.all_quizzes()[0].questions)
    _answer_right(dialog, dialog.cards[0].question)
    dialog.submit.click()
    review = dialog.preview.review()
    assert all(q.correct_answer is None and q.feedback is None for q in review.questions)
    assert "Right answer" not in dialog.review.toPlainText()
    dialog.close()


def test_immediate_feedback_shows_and_locks(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = _course(timing=m.Timing.IMMEDIATE)
    dialog = _dialog(parent, course)
    card = dialog.cards[0]
    _answer_right(dialog, card.question)
    assert not card.feedback.isHidden() and "Right" in card.feedback.text()
    dialog.close()


def test_nothing_is_recorded_in_the_results_store(parent, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import courseware.results as results

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the preview opened the results store")

    monkeypatch.setattr(results, "open_store", refuse)
    course = _course()
    dialog = _dialog(parent, course)
    original = copy.deepcopy(course)
    _answer_right(dialog, dialog.cards[0].question)
    dialog.submit.click()
    assert course == original  # the author's course is untouched
    assert len(dialog.preview.repository.list_attempts(dialog.preview.quiz.id)) == 1
    dialog.close()


def test_preview_action_opens_the_quiz_to_take(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = workspace.document.course.modules[0].quizzes[0]
    workspace.select_object(quiz)
    workspace.window.action("preview").trigger()
    dialog = workspace.window.findChild(QuizPreviewDialog)
    assert dialog is not None and dialog.cards
    dialog.close()
