"""The quiz controller: one trainee's attempt through the engine, saved in the results store.

Views never talk to the engine: they call this controller, which asks
:class:`courseware.engine.AttemptSession` (every answer is committed by the repository the
moment it is given) and reports back with signals. Refusals come back as ``refused`` with the
engine's translated message.

When the store cannot be written (disk full, database gone) nothing is pretended: the action
is kept in memory (``unsaved``), ``save_failed`` is emitted, and it is tried again every few
seconds (and before submitting) until the store takes it; then ``saved_again`` follows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from courseware import model as m
from courseware.engine import (
    AttemptReview,
    AttemptService,
    AttemptState,
    AttemptSummary,
    EngineError,
    JSONValue,
    QuestionReview,
    ScenarioPosition,
)
from ui.attempt_reading import AttemptReading

WARNING_MINUTES = (5, 1)
RETRY_MS = 3000
# what a store that cannot be written raises: the database (gone, locked, full) or the disk
STORAGE_ERRORS = (SQLAlchemyError, OSError)
log = logging.getLogger(__name__)
PAGE = ""  # the key of the page position among unsaved actions
_NOTHING: Any = object()  # no answer value goes with an action


class QuizController(QObject, AttemptReading):
    changed = Signal(str)  # question id whose answer or flag changed ("" for the page)
    refused = Signal(str)
    finished = Signal(bool)  # True when the time ran out
    warning = Signal(int)  # minutes left
    save_failed = Signal(str)  # question id ("" for the page) kept in memory, not stored
    saved_again = Signal()  # everything kept in memory is stored now
    submit_failed = Signal()

    def __init__(self, service: AttemptService, quiz: m.Quiz, trainee_id: str) -> None:
        super().__init__()
        self.service = service
        self.quiz = quiz
        self.session = service.start(quiz, trainee_id)
        # question id → the action that did not reach the store, and the answer it carries
        self.unsaved: dict[str, Callable[[], Any]] = {}
        self.unsaved_values: dict[str, JSONValue] = {}
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_unsaved)
        remaining = self.session.remaining()
        # warnings already past (a resumed attempt) are not shown again
        self._warned = {w for w in WARNING_MINUTES
                        if remaining is not None and remaining <= timedelta(minutes=w)}

    # -- reading

    @property
    def question_ids(self) -> list[str]:
        return [q.id for q in self.session.questions]

    def page_questions(self) -> list[m.Question]:
        return self.session.current_page

    def page_of(self, question_id: str) -> int:
        return next(n for n, page in enumerate(self.session.pages) if question_id in page)

    def is_typed(self, question_id: str) -> bool:
        """A free-text answer, typed key by key (saved when typing pauses)."""
        return any(isinstance(q, m.EssayQuestion) for q in self.session.questions
                   if q.id == question_id)

    def is_answered(self, question_id: str) -> bool:
        record = self.session.attempt.answers.get(question_id)
        return record is not None and record.answered

    def value(self, question_id: str) -> JSONValue:
        """The answer on screen: one not yet stored wins over the stored one."""
        if question_id in self.unsaved_values:
            return self.unsaved_values[question_id]
        return super().value(question_id)

    def unsaved_numbers(self) -> list[int]:
        return sorted(self.number_of(q) for q in self.unsaved if q != PAGE)

    def remaining(self) -> timedelta | None:
        return self.session.remaining()

    def summary(self) -> AttemptSummary:
        return self.session.summary()

    def scenario(self, question_id: str) -> ScenarioPosition:
        return self.session.scenario(question_id)

    def review(self) -> AttemptReview:
        return self.service.review(self.attempt_id, quiz_closed=False)

    def question_review(self, question_id: str) -> QuestionReview | None:
        review = self.review()
        if not review.visibility.anything:
            return None
        return next((q for q in review.questions if q.question_id == question_id), None)

    @property
    def sequential(self) -> bool:
        return self.quiz.settings.navigation is m.Navigation.SEQUENTIAL

    # -- acting (None when the engine refused)

    def answer(self, question_id: str, value: JSONValue, certainty: int | None = None) -> Any:
        """Record an answer with the certainty stated for it (CBM quizzes; None: not stated)."""
        return self._act(lambda: self.session.answer(question_id, value, certainty),
                         question_id, keep=value)

    def flag(self, question_id: str, flagged: bool) -> Any:
        if question_id in self.unsaved:  # the flag goes with the unsaved answer's retry
            action = self.unsaved[question_id]
            return self._act(lambda: (action(), self.session.flag(question_id, flagged)),
                             question_id, keep=self.unsaved_values.get(question_id, _NOTHING))
        return self._act(lambda: self.session.flag(question_id, flagged), question_id)

    def choose(self, question_id: str, index: int,
               certainty: int | None = None) -> ScenarioPosition | None:
        result: ScenarioPosition | None = self._act(
            lambda: self.session.choose(question_id, index, certainty), question_id)
        return result

    def go_to_page(self, page: int) -> Any:
        """Move to ``page``; when the store cannot record the move the page is shown anyway
        (the position is kept in memory and stored later)."""
        result = self._act(lambda: self.session.go_to_page(page), PAGE)
        if result is None and PAGE in self.unsaved:
            return self.session.current_page
        return result

    def submit(self) -> Any:
        """Submit (answers not yet stored are tried first; while any is unsaved: refused)."""
        self.retry_unsaved()
        if self.unsaved:
            return None
        attempt = self.session.attempt
        try:
            return self._act(self.session.submit, PAGE, retry=False)
        except STORAGE_ERRORS:
            self._reopen(attempt)
            return None

    def retry_unsaved(self) -> None:
        """Try every action kept in memory again, in the order they were made."""
        for key, action in list(self.unsaved.items()):
            try:
                action()
            except STORAGE_ERRORS as error:
                log.warning("still cannot save %s: %s", key or "the page", error)
                return
            except EngineError as error:  # e.g. the time ran out meanwhile
                self.refused.emit(str(error))
            self.unsaved.pop(key, None)
            self.unsaved_values.pop(key, None)
            self.changed.emit(key)
        if not self.unsaved:
            self.retry_timer.stop()
            self.saved_again.emit()

    def tick(self) -> None:
        """Called every second: auto-submit at the deadline, warn at 5 and 1 minutes."""
        if self.is_finished:
            return
        attempt = self.session.attempt
        try:
            closed = self.session.check_time()
        except STORAGE_ERRORS as error:  # auto-submit could not be stored: again next tick
            log.warning("cannot store the automatic submission: %s", error)
            self._reopen(attempt)
            return
        if closed:
            self.finished.emit(True)
            return
        remaining = self.remaining()
        if remaining is None:
            return
        for minutes in WARNING_MINUTES:
            if minutes not in self._warned and remaining <= timedelta(minutes=minutes):
                self._warned.update(w for w in WARNING_MINUTES if w >= minutes)
                self.warning.emit(minutes)
                break

    def _reopen(self, attempt: Any) -> None:
        """The engine closes the attempt in memory before storing it; the store refused, so
        in memory it is open again (the next submit or tick stores it)."""
        attempt.state = AttemptState.OPEN
        attempt.submitted_at = None
        self.submit_failed.emit()

    def _act(self, action: Callable[[], Any], question_id: str, keep: Any = _NOTHING,
             retry: bool = True) -> Any:
        was_open = not self.is_finished
        try:
            result = action()
        except EngineError as error:
            self.refused.emit(str(error))
            result = None
        except STORAGE_ERRORS as error:
            if not retry:
                raise
            log.warning("could not save %s: %s", question_id or "the page", error)
            self.unsaved[question_id] = action
            if keep is not _NOTHING:
                self.unsaved_values[question_id] = keep
            self.retry_timer.start()
            self.save_failed.emit(question_id)
            return None
        if was_open and self.is_finished:
            timed_out = self.session.attempt.state.value == "auto_submitted"
            self.finished.emit(timed_out)
        elif result is not None:
            if question_id in self.unsaved and action is not self.unsaved[question_id]:
                self.unsaved.pop(question_id)  # a newer answer was stored: the old is moot
                self.unsaved_values.pop(question_id, None)
                if not self.unsaved:
                    self.retry_timer.stop()
                    self.saved_again.emit()
            self.changed.emit(question_id)
        return result
