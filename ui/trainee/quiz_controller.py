"""The quiz controller: one trainee's attempt through the engine, saved in the results store.

Views never talk to the engine: they call this controller, which asks
:class:`courseware.engine.AttemptSession` (every answer is committed by the repository the
moment it is given) and reports back with signals. Refusals come back as ``refused`` with the
engine's translated message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from courseware import model as m
from courseware.engine import (
    AttemptReview,
    AttemptService,
    AttemptSummary,
    EngineError,
    JSONValue,
    QuestionReview,
    ScenarioPosition,
)
from ui.attempt_reading import AttemptReading

WARNING_MINUTES = (5, 1)


class QuizController(QObject, AttemptReading):
    changed = Signal(str)  # question id whose answer or flag changed ("" for the page)
    refused = Signal(str)
    finished = Signal(bool)  # True when the time ran out
    warning = Signal(int)  # minutes left

    def __init__(self, service: AttemptService, quiz: m.Quiz, trainee_id: str) -> None:
        super().__init__()
        self.service = service
        self.quiz = quiz
        self.session = service.start(quiz, trainee_id)
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
                         question_id)

    def flag(self, question_id: str, flagged: bool) -> Any:
        return self._act(lambda: self.session.flag(question_id, flagged), question_id)

    def choose(self, question_id: str, index: int,
               certainty: int | None = None) -> ScenarioPosition | None:
        result: ScenarioPosition | None = self._act(
            lambda: self.session.choose(question_id, index, certainty), question_id)
        return result

    def go_to_page(self, page: int) -> Any:
        return self._act(lambda: self.session.go_to_page(page), "")

    def submit(self) -> Any:
        return self._act(self.session.submit, "")

    def tick(self) -> None:
        """Called every second: auto-submit at the deadline, warn at 5 and 1 minutes."""
        if self.is_finished:
            return
        if self.session.check_time():
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

    def _act(self, action: Callable[[], Any], question_id: str) -> Any:
        was_open = not self.is_finished
        try:
            result = action()
        except EngineError as error:
            self.refused.emit(str(error))
            result = None
        if was_open and self.is_finished:
            timed_out = self.session.attempt.state.value == "auto_submitted"
            self.finished.emit(timed_out)
        elif result is not None:
            self.changed.emit(question_id)
        return result
