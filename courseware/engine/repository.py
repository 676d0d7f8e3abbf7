"""Where attempts are kept. The engine talks to this protocol only; the results store implements
it on SQL (SQLite/PostgreSQL), :class:`InMemoryRepository` in memory for tests and previews.

Durability contract: when a method returns, what it was given is safely stored (the SQL store
commits). Returned attempts are copies: changing them changes nothing stored until saved.
"""

from __future__ import annotations

from typing import Protocol

from courseware.engine.attempt import AnswerRecord, Attempt, AttemptState
from courseware.engine.errors import AttemptConflict, AttemptNotFound


class AttemptRepository(Protocol):
    def create_attempt(self, attempt: Attempt) -> None:
        """Store a new open attempt (with its question order, option orders, seed and deadline).

        Raises AttemptConflict if the id, or the (quiz_id, trainee_id, attempt_number) triple,
        already exists — two PCs starting the same trainee's attempt at once get one each way.
        """
        ...

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        """Replace the answer record of one question (value, certainty, flag). Called on every
        answer and flag change, so it must be quick and durable."""
        ...

    def save_state(self, attempt: Attempt) -> None:
        """Store everything except the answers: position, state, submitted_at and results.
        Used for navigation, and for essay grading or regrading of a submitted attempt."""
        ...

    def load_attempt(self, attempt_id: str) -> Attempt:
        """The attempt with its answers and results; raises AttemptNotFound."""
        ...

    def find_open_attempt(self, quiz_id: str, trainee_id: str) -> Attempt | None:
        """The trainee's unfinished attempt at the quiz (for resuming), or None."""
        ...

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None) -> list[Attempt]:
        """Attempts at a quiz ordered by (trainee_id, attempt_number); all trainees if None."""
        ...

    def submit(self, attempt: Attempt) -> None:
        """Store the finished attempt in one transaction: answers, state (submitted or
        auto_submitted), submitted_at and the results of grading."""
        ...


class InMemoryRepository:
    """The protocol over a dict. Stores JSON copies, as a database would, so callers cannot
    depend on shared mutable objects."""

    def __init__(self) -> None:
        self._attempts: dict[str, dict[str, object]] = {}

    def create_attempt(self, attempt: Attempt) -> None:
        key = (attempt.quiz_id, attempt.trainee_id, attempt.attempt_number)
        taken = any((a.quiz_id, a.trainee_id, a.attempt_number) == key for a in self._all())
        if attempt.id in self._attempts or taken:
            raise AttemptConflict(attempt_id=attempt.id)
        self._attempts[attempt.id] = attempt.to_dict()

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        attempt = self.load_attempt(attempt_id)
        attempt.answers[question_id] = answer
        self._attempts[attempt_id] = attempt.to_dict()

    def save_state(self, attempt: Attempt) -> None:
        stored = self.load_attempt(attempt.id)
        stored.position = attempt.position
        stored.state = attempt.state
        stored.submitted_at = attempt.submitted_at
        stored.results = dict(attempt.results)
        self._attempts[attempt.id] = stored.to_dict()

    def load_attempt(self, attempt_id: str) -> Attempt:
        data = self._attempts.get(attempt_id)
        if data is None:
            raise AttemptNotFound(attempt_id=attempt_id)
        return Attempt.from_dict(data)

    def find_open_attempt(self, quiz_id: str, trainee_id: str) -> Attempt | None:
        return next((a for a in self.list_attempts(quiz_id, trainee_id)
                     if a.state is AttemptState.OPEN), None)

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None) -> list[Attempt]:
        found = [a for a in self._all() if a.quiz_id == quiz_id
                 and (trainee_id is None or a.trainee_id == trainee_id)]
        return sorted(found, key=lambda a: (a.trainee_id, a.attempt_number))

    def submit(self, attempt: Attempt) -> None:
        self.load_attempt(attempt.id)  # raises AttemptNotFound
        self._attempts[attempt.id] = attempt.to_dict()

    def _all(self) -> list[Attempt]:
        return [Attempt.from_dict(data) for data in self._attempts.values()]
