"""The preview's controller: one attempt in memory, nothing ever recorded.

Wraps :class:`courseware.engine.AttemptSession` (with an :class:`InMemoryRepository`, never the
results store) for the preview dialog; the engine decides everything, refusals come back as
``refused`` with the engine's translated message.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from courseware import model as m
from courseware.engine import (
    AttemptReview,
    AttemptService,
    EngineError,
    InMemoryRepository,
    JSONValue,
    QuestionReview,
    ScenarioPosition,
    trainee_review,
)
from ui.attempt_reading import AttemptReading

PREVIEW_TRAINEE = "preview"


class PreviewSession(QObject, AttemptReading):
    refused = Signal(str)  # the engine's message for a refused action
    closed = Signal()  # submitted, or the time ran out

    def __init__(self, course: m.Course, quiz_id: str, seed: int | None = None) -> None:
        super().__init__()
        self.course = copy.deepcopy(course)  # the author may keep editing meanwhile
        quiz = self.course.find_quiz(quiz_id)
        assert quiz is not None, quiz_id
        self.quiz = quiz
        self.repository = InMemoryRepository()
        self.service = AttemptService(self.course, self.repository)
        self.session = self.service.start(quiz, PREVIEW_TRAINEE, seed)

    # -- reading

    def review(self, quiz_closed: bool = False) -> AttemptReview:
        """What the trainee may see now, by the quiz's settings."""
        return trainee_review(self.session.attempt, self.quiz, self._questions(), quiz_closed)

    def question_review(self, question_id: str) -> QuestionReview | None:
        return next((q for q in self.review().questions if q.question_id == question_id), None)

    def _questions(self) -> dict[str, m.Question]:
        return {q.id: q for q in self.session.questions}

    @property
    def certainty_based_marking(self) -> bool:
        return self.quiz.settings.certainty_based_marking

    # -- acting (each returns None when the engine refused)

    def answer(self, question_id: str, value: JSONValue, certainty: int | None = None) -> Any:
        return self._try(lambda: self.session.answer(question_id, value, certainty))

    def flag(self, question_id: str, flagged: bool) -> Any:
        return self._try(lambda: self.session.flag(question_id, flagged))

    def scenario(self, question_id: str) -> ScenarioPosition:
        return self.session.scenario(question_id)

    def choose(self, question_id: str, index: int,
               certainty: int | None = None) -> ScenarioPosition | None:
        return self._try(lambda: self.session.choose(question_id, index, certainty))

    def go_to_page(self, page: int) -> Any:
        return self._try(lambda: self.session.go_to_page(page))

    def submit(self) -> Any:
        return self._try(self.session.submit)

    def check_time(self) -> bool:
        if self.is_finished:
            return True
        if self.session.check_time():
            self.closed.emit()
            return True
        return False

    def _try(self, action: Callable[[], Any]) -> Any:
        was_open = not self.is_finished
        try:
            result = action()
        except EngineError as error:
            self.refused.emit(str(error))
            result = None
        if was_open and self.is_finished:
            self.closed.emit()
        return result
