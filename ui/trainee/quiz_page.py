"""Taking a quiz: timer, navigator, a page of questions, previous/next and submit.

Layout and wiring only; :class:`ui.trainee.quiz_controller.QuizController` talks to the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.engine import AttemptSummary, JSONValue
from ui.quiz_preview.rich_text import NO_MEDIA, MediaPlace
from ui.theme import themed
from ui.trainee.answer_saver import DebouncedAnswers
from ui.trainee.navigator import QuestionNavigator
from ui.trainee.question_card import TraineeQuestionCard
from ui.trainee.quiz_controller import QuizController
from ui.trainee.strings import tr
from ui.trainee.text_size import enter_clicks

ConfirmSubmit = Callable[[AttemptSummary, list[int], list[int]], bool]
Notify = Callable[[str], None]
# in the last seconds before the deadline typed answers are saved at once, not on a pause
SAVE_AT_ONCE_BEFORE_DEADLINE = timedelta(seconds=3)
# dark red on pale red: 7:1 contrast; a thick border so it is seen from across the room
UNSAVED_STYLE = ("QLabel#unsaved-warning { background:#fde7e6; color:#8c1d18; "
                 "border:3px solid #b3261e; border-radius:6px; padding:10px; "
                 "font-weight:bold; }")


def format_remaining(remaining: timedelta) -> str:
    seconds = int(remaining.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def submit_message(summary: AttemptSummary, unanswered: list[int], flagged: list[int]) -> str:
    def numbers(values: list[int]) -> str:
        return "、".join(str(n) for n in values)

    lines = [tr("trainee.submit.unanswered", count=len(unanswered), total=summary.total,
                numbers=numbers(unanswered)) if unanswered
             else tr("trainee.submit.all_answered", total=summary.total)]
    if flagged:
        lines.append(tr("trainee.submit.flagged", numbers=numbers(flagged)))
    lines.append(tr("trainee.submit.final"))
    return "\n\n".join(lines)


class QuizPage(QWidget):
    finished = Signal(bool)  # timed out

    def __init__(self, controller: QuizController, parent: QWidget | None = None,
                 place: MediaPlace = NO_MEDIA) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-page")
        self.controller = controller
        self.place = place
        self.confirm_submit: ConfirmSubmit = self._ask_submit  # replaceable in tests
        self.notify: Notify = self._show_notice  # replaceable in tests
        self.confirm_leave_unsaved: Callable[[], bool] = self._ask_leave  # replaceable too
        self.cards: dict[str, TraineeQuestionCard] = {}
        self.typed = DebouncedAnswers(self._save_answer, parent=self)
        self._build(controller.quiz)
        controller.changed.connect(self._on_changed)
        controller.refused.connect(self.notify)
        controller.warning.connect(self._on_warning)
        controller.finished.connect(self._on_finished)
        controller.save_failed.connect(self._on_save_failed)
        controller.saved_again.connect(self._on_saved_again)
        controller.submit_failed.connect(lambda: self.notify(tr("trainee.quiz.submit_failed")))
        enter_clicks(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.show_page()

    # -- layout

    def _build(self, quiz: m.Quiz) -> None:
        title = QLabel(f"<h2>{escape(quiz.title)}</h2>")
        title.setWordWrap(True)
        title.setMinimumWidth(120)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.unsaved_banner = QLabel()
        self.unsaved_banner.setObjectName("unsaved-warning")
        self.unsaved_banner.setWordWrap(True)
        self.unsaved_banner.setStyleSheet(themed(UNSAVED_STYLE))
        self.unsaved_banner.setAccessibleName(tr("trainee.quiz.unsaved", numbers=""))
        self.unsaved_banner.hide()
        self.clock = QLabel()
        self.clock.setObjectName("quiz-clock")
        self.page_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.page_label)
        top.addSpacing(24)
        top.addWidget(self.clock)
        self.navigator = QuestionNavigator(self.controller.question_ids)
        self.navigator.question_chosen.connect(self.go_to_question)
        self.navigator.setFixedWidth(340)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(18)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("question-area")
        self.scroll_area.setWidgetResizable(True)
        # questions wrap to the page: never a sideways scroll bar
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)
        middle = QHBoxLayout()
        middle.addWidget(self.scroll_area, 1)
        middle.addWidget(self.navigator)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unsaved_banner)
        layout.addLayout(middle, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.previous = QPushButton(tr("trainee.quiz.previous"))
        self.next = QPushButton(tr("trainee.quiz.next"))
        self.submit_button = QPushButton(tr("trainee.quiz.submit"))
        self.submit_button.setObjectName("submit")
        self.previous.clicked.connect(lambda: self.go_to_page(self.controller.page_index() - 1))
        self.next.clicked.connect(lambda: self.go_to_page(self.controller.page_index() + 1))
        self.submit_button.clicked.connect(self.submit)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.previous.click)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, self.next.click)
        self.saved = QLabel()
        self.saved.setStyleSheet(themed("color:#1b5e20;"))
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addStretch(1)
        row.addWidget(self.saved)
        row.addSpacing(24)
        row.addWidget(self.submit_button)
        return row

    # -- pages

    def show_page(self) -> None:
        self._clear_cards()
        for question in self.controller.page_questions():
            card = self._card(question)
            self.body_layout.addWidget(card)
            self.cards[question.id] = card
        self.body_layout.addStretch(1)
        self._update_chrome()
        self._focus_first_card()

    def _card(self, question: m.Question) -> TraineeQuestionCard:
        """A question as the trainee left it: answer, flag, certainty (CBM), feedback."""
        controller = self.controller
        card = TraineeQuestionCard(question, controller.number_of(question.id),
                                   controller.option_order(question.id),
                                   controller.quiz.settings.certainty_based_marking,
                                   self.place)
        card.answered.connect(self._answer)
        card.flagged.connect(controller.flag)
        card.choice_made.connect(self._choose)
        card.certainty_chosen.connect(self._certainty_chosen)
        card.show_answer(controller.value(question.id), controller.is_flagged(question.id),
                         controller.certainty(question.id))
        if card.scenario is not None:
            card.show_position(controller.scenario(question.id))
        self._show_feedback(card)
        enter_clicks(card)
        return card

    def _clear_cards(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = {}

    def _focus_first_card(self) -> None:
        """The keyboard focus on the first control of the first question (Tab order)."""
        if not self.cards:
            return
        card = next(iter(self.cards.values()))
        widget = card.nextInFocusChain()
        while widget is not card and widget is not None:
            if card.isAncestorOf(widget) and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                    widget.isVisibleTo(card):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _update_chrome(self) -> None:
        index, count = self.controller.page_index(), self.controller.page_count()
        self.page_label.setText(tr("trainee.quiz.page", page=index + 1, pages=count))
        self.previous.setEnabled(index > 0 and not self.controller.sequential)
        self.next.setEnabled(index < count - 1)
        self.refresh_navigator()
        self._update_clock()

    def refresh_navigator(self) -> None:
        current = {q.id for q in self.controller.page_questions()}
        for question_id in self.controller.question_ids:
            self.navigator.show_state(question_id, self.controller.is_answered(question_id),
                                      self.controller.is_flagged(question_id),
                                      question_id in current,
                                      question_id in self.controller.unsaved)
            self.navigator.buttons[question_id].setEnabled(
                not self.controller.sequential or question_id in current)

    def go_to_page(self, page: int) -> None:
        self.flush()
        if 0 <= page < self.controller.page_count() and \
                self.controller.go_to_page(page) is not None:
            self.show_page()

    def go_to_question(self, question_id: str) -> None:
        self.flush()
        page = self.controller.page_of(question_id)
        if page != self.controller.page_index():
            self.go_to_page(page)
        card = self.cards.get(question_id)
        if card is not None:
            self.scroll_area.ensureWidgetVisible(card)

    # -- answering

    def _answer(self, question_id: str, value: JSONValue) -> None:
        if self.controller.is_finished:  # e.g. a blank losing the focus as the page closes
            return
        if self.controller.is_typed(question_id) and not self._deadline_near():
            self.typed.put(question_id, value)  # saved when typing pauses
            return
        self.flush()
        self._save_answer(question_id, value)

    def _save_answer(self, question_id: str, value: JSONValue) -> None:
        self.controller.answer(question_id, value, self._certainty_of(question_id))

    def _certainty_of(self, question_id: str) -> int | None:
        """The certainty the card shows; the recorded one when the card is gone."""
        card = self.cards.get(question_id)
        return card.certainty() if card is not None else self.controller.certainty(question_id)

    def _certainty_chosen(self, question_id: str, level: int) -> None:
        """A new certainty for an answer already given is saved with it at once (a click,
        not typing: no pause to wait for); before the answer it waits in the card."""
        value = self.controller.value(question_id)
        if value is None:
            return
        if self.controller.answer(question_id, value, level) is None:  # refused: locked
            card = self.cards.get(question_id)
            if card is not None:
                card.show_certainty(self.controller.certainty(question_id))

    def flush(self) -> None:
        """Save typed answers still waiting for a pause in typing."""
        if not self.controller.is_finished:
            self.typed.flush()

    def _deadline_near(self) -> bool:
        remaining = self.controller.remaining()
        return remaining is not None and remaining <= SAVE_AT_ONCE_BEFORE_DEADLINE

    def _choose(self, question_id: str, index: int) -> None:
        position = self.controller.choose(question_id, index, self._certainty_of(question_id))
        card = self.cards.get(question_id)
        if position is not None and card is not None:
            card.show_position(position)

    def _show_feedback(self, card: TraineeQuestionCard) -> None:
        """Immediate feedback as the settings allow; a scenario's once it reaches its ending
        (on the way, the dialogue itself shows each choice's feedback)."""
        question_id = card.question.id
        if card.scenario is not None and not self.controller.scenario(question_id).finished:
            card.show_feedback(None)
            return
        card.show_feedback(self.controller.question_review(question_id))

    def _on_changed(self, question_id: str) -> None:
        if question_id:
            card = self.cards.get(question_id)
            if card is not None:
                if card.scenario is not None:
                    card.show_position(self.controller.scenario(question_id))
                self._show_feedback(card)
            if not self.controller.unsaved:  # never "saved" while anything is not
                self.saved.setText(tr("trainee.quiz.saved", time=_now_text()))
        self.refresh_navigator()

    # -- answers the store did not take

    def _on_save_failed(self, question_id: str) -> None:
        card = self.cards.get(question_id)
        if card is not None and card.scenario is not None:
            card.scenario.set_locked(True)  # until the choice is stored
        self._show_unsaved()
        self.refresh_navigator()

    def _show_unsaved(self) -> None:
        numbers = "、".join(str(n) for n in self.controller.unsaved_numbers()) or \
            str(self.controller.page_index() + 1)
        text = tr("trainee.quiz.unsaved", numbers=numbers)
        self.unsaved_banner.setText("⚠ " + text)
        self.unsaved_banner.setAccessibleName(text)
        self.unsaved_banner.show()
        self.saved.clear()

    def _on_saved_again(self) -> None:
        self.unsaved_banner.hide()
        self.saved.setText(tr("trainee.quiz.saved_again", time=_now_text()))
        self.refresh_navigator()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Number keys choose an option wherever the focus is, when one question shows."""
        if len(self.cards) == 1:
            card = next(iter(self.cards.values()))
            card.keyPressEvent(event)
            if event.isAccepted():
                return
        super().keyPressEvent(event)

    # -- time and submitting

    def tick(self) -> None:
        if self._deadline_near():
            self.flush()  # before the clock closes the attempt
        self.controller.tick()
        self._update_clock()

    def _update_clock(self) -> None:
        remaining = self.controller.remaining()
        if remaining is None:
            self.clock.setText(tr("trainee.quiz.time_left", time=tr("trainee.quiz.no_limit")))
            return
        urgent = remaining <= timedelta(minutes=5)
        self.clock.setText(tr("trainee.quiz.time_left", time=format_remaining(remaining)))
        self.clock.setStyleSheet(themed("color:#c62828;" if urgent else "color:#1d2430;"))

    def _on_warning(self, minutes: int) -> None:
        self.notify(tr("trainee.quiz.warning", count=minutes))

    def submit(self) -> None:
        self.flush()
        self.controller.retry_unsaved()
        if self.controller.unsaved:
            numbers = "、".join(str(n) for n in self.controller.unsaved_numbers())
            self.notify(tr("trainee.quiz.submit_unsaved", numbers=numbers or "—"))
            return
        summary = self.controller.summary()
        unanswered = [self.controller.number_of(q) for q in summary.unanswered]
        flagged = [self.controller.number_of(q) for q in summary.flagged]
        if self.confirm_submit(summary, unanswered, flagged):
            self.controller.submit()

    def _ask_submit(self, summary: AttemptSummary, unanswered: list[int],
                    flagged: list[int]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("trainee.submit.title"),
                          submit_message(summary, unanswered, flagged), parent=self)
        submit = box.addButton(tr("trainee.submit.confirm"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(tr("trainee.submit.cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is submit

    def _on_finished(self, timed_out: bool) -> None:
        self.timer.stop()
        self.typed.discard()
        if timed_out:
            self.notify(tr("trainee.quiz.time_up"))
        self.finished.emit(timed_out)

    def _ask_leave(self) -> bool:
        numbers = "、".join(str(n) for n in self.controller.unsaved_numbers()) or "—"
        box = QMessageBox(QMessageBox.Icon.Warning, tr("trainee.window_title"),
                          tr("trainee.quiz.leave_unsaved", numbers=numbers), parent=self)
        stay = box.addButton(tr("trainee.quiz.stay"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(tr("trainee.quiz.leave_anyway"),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def _show_notice(self, text: str) -> None:
        QMessageBox.information(self, tr("trainee.window_title"), text)


def _now_text() -> str:
    from datetime import datetime

    return datetime.now().strftime("%H:%M:%S")
