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
    NumberAnswer,
    OrderingAnswer,
)
from ui.quiz_preview.quiz_dialog import QuizPreviewDialog


def _course(per_page: int = 1, timing: m.Timing = m.Timing.AFTER_SUBMIT) -> m.Course:
    course = sample_course()
    quiz = course.all_quizzes()[0]
    quiz.questions.append(m.NumericalQuestion(id="q9", prompt="手续费多少元？", answers=[
        m.NumericalAnswer(1200, 0.5)], units=[m.NumericalUnit("元")]))
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
    elif isinstance(widget, NumberAnswer):
        widget.edit.setText("１，２００ 元")  # full-width digits and comma, with the unit
        widget.edit.editingFinished.emit()


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


# -- certainty-based marking


def _cbm_course(timing: m.Timing = m.Timing.AFTER_SUBMIT) -> m.Course:
    course = _course(per_page=0, timing=timing)
    course.all_quizzes()[0].settings.certainty_based_marking = True
    return course


def _choose_option(dialog: QuizPreviewDialog, question_id: str, right: bool) -> None:
    card = dialog.card_for(question_id)
    assert isinstance(card.answer, ChoiceAnswer)
    question = card.question
    assert isinstance(question, m.SingleChoiceQuestion)
    correct = {o.id for o in question.options if o.correct}
    index = next(i for i, v in enumerate(card.answer.values) if (v in correct) == right)
    card.answer.choose(index)


def _points(dialog: QuizPreviewDialog, question_id: str) -> float | None:
    return next(q.points for q in dialog.preview.review().questions
                if q.question_id == question_id)


def test_certainty_control_only_in_a_cbm_quiz(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    plain = _dialog(parent, _course(per_page=0))
    assert all(card.certainty_picker is None for card in plain.cards)
    plain.close()
    dialog = _dialog(parent, _cbm_course())
    with_picker = {c.question.id for c in dialog.cards if c.certainty_picker is not None}
    assert with_picker == {q.id for q in dialog.preview.quiz.questions if q.auto_graded}
    assert "q6" not in with_picker  # CBM does not apply to essays
    dialog.close()


def test_certainty_is_recorded_with_the_answer_and_marks_it(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(parent, _cbm_course())
    q1 = dialog.card_for("q1")
    assert q1.certainty_picker is not None
    q1.certainty_picker.button(3).click()  # sure, before answering: goes with the answer
    assert dialog.preview.certainty("q1") is None
    _choose_option(dialog, "q1", right=False)
    assert dialog.preview.certainty("q1") == 3
    q1.certainty_picker.button(2).click()  # changed afterwards: recorded at once
    assert dialog.preview.certainty("q1") == 2
    _answer_right(dialog, dialog.card_for("q2").question)  # no certainty stated
    assert dialog.preview.certainty("q2") is None
    dialog.submit.click()
    q1_max = dialog.preview.quiz.questions[0].points
    assert _points(dialog, "q1") == pytest.approx(-2 / 3 * q1_max)  # wrong, fairly sure
    q2_max = dialog.preview.quiz.questions[1].points
    assert _points(dialog, "q2") == pytest.approx(q2_max / 3)  # right, counted as not sure
    text = dialog.review.toPlainText()
    assert "Certainty: Fairly sure" in text and "Certainty: not stated" in text
    assert "Certainty-based marking" in text
    dialog.close()


def test_shown_again_when_the_page_is_rebuilt(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = _cbm_course()
    course.all_quizzes()[0].settings.questions_per_page = 1
    dialog = _dialog(parent, course)
    first = dialog.cards[0].question.id
    picker = dialog.cards[0].certainty_picker
    assert picker is not None
    picker.button(3).click()
    _answer_right(dialog, dialog.cards[0].question)
    dialog.next.click()
    dialog.previous.click()
    assert dialog.card_for(first).certainty() == 3
    dialog.close()


def test_keyboard_moves_between_levels(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = _dialog(parent, _cbm_course())
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    picker = dialog.card_for("q1").certainty_picker
    assert picker is not None
    buttons = [picker.button(level) for level in (1, 2, 3)]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert picker.level() == 2 and buttons[1].hasFocus()
    assert dialog.preview.certainty("q1") is None  # not answered yet: nothing to record
    dialog.close()


def test_immediate_feedback_locks_the_certainty_too(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(parent, _cbm_course(timing=m.Timing.IMMEDIATE))
    card = dialog.card_for("q1")
    assert card.certainty_picker is not None
    card.certainty_picker.button(3).click()
    _choose_option(dialog, "q1", right=True)
    assert not card.certainty_picker.isEnabled()
    card.certainty_picker.button(1).click()  # disabled: nothing happens
    assert dialog.preview.certainty("q1") == 3
    dialog.submit.click()
    assert _points(dialog, "q1") == pytest.approx(dialog.preview.quiz.questions[0].points)
    dialog.close()


def test_certainty_labels_in_chinese(parent, qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from courseware.i18n import set_language

    set_language("zh")
    dialog = _dialog(parent, _cbm_course())
    picker = dialog.card_for("q1").certainty_picker
    assert picker is not None
    texts = [picker.title()] + [picker.button(level).text() for level in (1, 2, 3)]
    assert texts[1:] == ["1 没把握", "2 比较有把握", "3 很有把握"]
    assert not any(re.search("[A-Za-z]", text) for text in texts)
    dialog.close()


def test_markdown_and_pictures_in_a_question_render_like_a_lesson(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`![截图](media/counter.png)` shows the picture (scaled to the card), **bold** is bold,
    and a picture from outside the course folder is not loaded."""
    from PySide6.QtGui import QColor, QImage

    from courseware import model as m
    from ui.quiz_preview.question_card import QuestionCard
    from ui.quiz_preview.rich_text import MediaPlace

    (tmp_path / "quizzes" / "media").mkdir(parents=True)
    picture = QImage(1800, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f6fd1"))
    picture.save(str(tmp_path / "quizzes" / "media" / "counter.png"))
    outside = tmp_path.parent / "outside.png"
    picture.save(str(outside))
    question = m.SingleChoiceQuestion(
        id="q", prompt="**看图**：\n\n![截图](media/counter.png)\n\n![别处](../../outside.png)",
        options=[m.Option(id="a", text="选 *这个*", correct=True), m.Option(id="b", text="乙")])
    card = QuestionCard(question, 1, None, place=MediaPlace(tmp_path, "quizzes/q.yaml"))
    qtbot.addWidget(card)
    card.resize(600, 800)
    card.show()
    qtbot.waitExposed(card)
    html = card.prompt.text()
    assert "<strong>看图</strong>" in html and "![" not in html
    assert html.count("<img") == 1 and "counter.png" in html and "outside.png" not in html
    assert "[别处]" in html  # the refused picture leaves its alt text
    width = int(html.split('width="')[1].split('"')[0])
    assert width <= card.prompt.width()  # scaled to the card, not 1800 px
    assert "<em>这个</em>" in card.answer.rows[0].label.text()
