"""The quiz preview window: pages of question cards, navigation, submit, then the review.

Layout and wiring only; :class:`ui.quiz_preview.session.PreviewSession` talks to the engine.
``embedded`` makes it a plain widget inside the preview beside the editor (:mod:`ui.preview`),
which adds the trainee's question navigator and follows ``state_changed``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.engine import AttemptSummary, JSONValue
from ui.i18n import tr
from ui.quiz_preview.question_card import QuestionCard
from ui.quiz_preview.review_view import review_html
from ui.quiz_preview.rich_text import MediaPlace
from ui.quiz_preview.session import PreviewSession
from ui.theme import themed


class QuizPreviewDialog(QDialog):
    state_changed = Signal()  # a page shown, an answer given, a flag set: for the navigator

    def __init__(self, parent: QWidget, course: m.Course, quiz: m.Quiz,
                 seed: int | None = None, course_root: Path | None = None,
                 embedded: bool = False) -> None:
        super().__init__(parent)
        # images in the quiz's texts: from the course folder only, relative to the quiz file
        self.place = MediaPlace(course_root, quiz.path)
        self.setObjectName("quiz-preview")
        self.embedded = embedded
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # focus stays put
        else:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("preview.title", title=quiz.title or quiz.id))
        self.preview = PreviewSession(course, quiz.id, seed)
        self.preview.setParent(self)
        self.preview.refused.connect(self._show_refusal)
        self.preview.closed.connect(self.show_review)
        self.confirm_submit = self._ask_submit  # replaceable in tests
        self.cards: list[QuestionCard] = []
        self._build(quiz)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self.show_page()
        self.resize(820, 680)

    # -- layout

    def _build(self, quiz: m.Quiz) -> None:
        self.header = QLabel()
        self.clock = QLabel()
        note = QLabel(tr("preview.nothing_recorded"))
        note.setStyleSheet(themed("color: #5a6270;"))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.clock)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review = QTextBrowser()
        self.review.setAccessibleName(tr("review.title"))
        self.closed_quiz = QCheckBox(tr("preview.as_closed"))
        self.closed_quiz.toggled.connect(lambda _on: self.show_review())
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.closed_quiz)
        review_layout.addWidget(self.review, 1)
        # shown or hidden once it has a parent: a parentless widget made visible is a window
        self.closed_quiz.setVisible(quiz.settings.feedback_timing is m.Timing.AFTER_CLOSE
                                    or quiz.settings.answers_timing is m.Timing.AFTER_CLOSE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page_area)
        self.stack.addWidget(review_page)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.previous = QPushButton(tr("preview.previous"))
        self.next = QPushButton(tr("preview.next"))
        self.submit = QPushButton(tr("preview.submit"))
        self.restart = QPushButton(tr("preview.restart"))
        close = QPushButton(tr("button.close"))
        close.setVisible(not self.embedded)
        self.previous.clicked.connect(lambda: self.go_to(self.preview.page_index() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.preview.page_index() + 1))
        self.submit.clicked.connect(self.submit_attempt)
        self.restart.clicked.connect(self.start_again)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.previous, self.next):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.restart, self.submit, close):
            row.addWidget(button)
        return row

    # -- pages

    def show_page(self) -> None:
        self.status.clear()
        page = QWidget()
        column = QVBoxLayout(page)
        self.cards = [self._card(q) for q in self.preview.session.current_page]
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        self.page_area.setWidget(page)
        self.stack.setCurrentIndex(0)
        self._update_controls()
        self.state_changed.emit()

    def go_to_question(self, question_id: str) -> bool:
        """Show the page holding ``question_id`` and scroll to its card."""
        page = next((n for n, ids in enumerate(self.preview.session.pages)
                     if question_id in ids), None)
        if page is None:
            return False
        if page != self.preview.page_index():
            self.go_to(page)
        card = next((c for c in self.cards if c.question.id == question_id), None)
        if card is None:
            return False
        self._reveal(card)
        QTimer.singleShot(0, lambda: self._reveal(card))  # again once the page is laid out
        return True

    def _reveal(self, card: QuestionCard) -> None:
        """Scroll the page so that the card starts at the top (its number and text first)."""
        if any(card is shown for shown in self.cards):  # still on the page shown
            self.page_area.verticalScrollBar().setValue(max(card.y() - 6, 0))

    def current_question_id(self) -> str:
        return self.cards[0].question.id if self.cards else ""

    def _card(self, question: m.Question) -> QuestionCard:
        card = QuestionCard(question, self.preview.number_of(question.id),
                            self.preview.option_order(question.id),
                            self.preview.certainty_based_marking, self.place)
        card.show_answer(self.preview.value(question.id), self.preview.is_flagged(question.id),
                         self.preview.certainty(question.id))
        if isinstance(question, m.ScenarioQuestion):
            card.show_position(self.preview.scenario(question.id))
        card.show_feedback(self.preview.question_review(question.id))
        card.answered.connect(self._answered)
        card.flagged.connect(self._flagged)
        card.choice_made.connect(self._chose)
        card.certainty_chosen.connect(self._certainty_chosen)
        return card

    def card_for(self, question_id: str) -> QuestionCard:
        return next(card for card in self.cards if card.question.id == question_id)

    def _answered(self, question_id: str, value: JSONValue) -> None:
        card = self.card_for(question_id)
        if self.preview.answer(question_id, value, card.certainty()) is not None:
            card.show_feedback(self.preview.question_review(question_id))
        self.state_changed.emit()

    def _flagged(self, question_id: str, flagged: bool) -> None:
        self.preview.flag(question_id, flagged)
        self.state_changed.emit()

    def _certainty_chosen(self, question_id: str, level: int) -> None:
        """A new certainty for an answer already given is recorded with it at once; before
        the answer it waits in the card and goes with it."""
        value = self.preview.value(question_id)
        if value is None:
            return
        card = self.card_for(question_id)
        if self.preview.answer(question_id, value, level) is None:  # refused: locked
            card.show_certainty(self.preview.certainty(question_id))
        else:
            card.show_feedback(self.preview.question_review(question_id))

    def _chose(self, question_id: str, index: int) -> None:
        certainty = self.card_for(question_id).certainty()
        position = self.preview.choose(question_id, index, certainty)
        if position is not None:
            card = self.card_for(question_id)
            card.show_position(position)
            card.show_feedback(self.preview.question_review(question_id))

    def go_to(self, page: int) -> None:
        if 0 <= page < self.preview.page_count() and self.preview.go_to_page(page) is not None:
            self.show_page()

    def _update_controls(self) -> None:
        index, count = self.preview.page_index(), self.preview.page_count()
        self.header.setText(tr("preview.page", page=index + 1, pages=count))
        free = self.preview.quiz.settings.navigation is m.Navigation.FREE
        finished = self.preview.is_finished
        self.previous.setEnabled(free and index > 0 and not finished)
        self.next.setEnabled(index + 1 < count and not finished)
        self.submit.setEnabled(not finished)
        self.restart.setVisible(finished)
        self._tick()

    def _tick(self) -> None:
        remaining = self.preview.session.remaining()
        if remaining is None or self.preview.is_finished:
            self.clock.clear()
            return
        if self.preview.check_time():
            return
        minutes, seconds = divmod(int(remaining.total_seconds()), 60)
        self.clock.setText(tr("preview.remaining", time=f"{minutes:02d}:{seconds:02d}"))

    # -- submitting and the review

    def submit_attempt(self) -> None:
        if self.confirm_submit(self.preview.session.summary()):
            self.preview.submit()

    def show_review(self) -> None:
        review = self.preview.review(quiz_closed=self.closed_quiz.isChecked())
        self.review.setHtml(review_html(review, self.preview.certainty_based_marking,
                                        self.place))
        self.stack.setCurrentIndex(1)
        self._update_controls()
        self.header.setText(escape(tr("review.title")))

    def start_again(self) -> None:
        self.preview.deleteLater()
        self.preview = PreviewSession(self.preview.course, self.preview.quiz.id)
        self.preview.setParent(self)
        self.preview.refused.connect(self._show_refusal)
        self.preview.closed.connect(self.show_review)
        self.show_page()

    def _show_refusal(self, message: str) -> None:
        self.status.setText(message)

    def _ask_submit(self, summary: AttemptSummary) -> bool:
        text = tr("preview.confirm_submit", answered=summary.answered, total=summary.total)
        if summary.flagged:
            text += "\n" + tr("preview.flagged_left", count=len(summary.flagged))
        answer = QMessageBox.question(self, tr("preview.submit"), text)
        return answer == QMessageBox.StandardButton.Yes
