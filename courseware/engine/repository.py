"""Where attempts are kept. The engine talks to this protocol only; the results store implements
it on SQL (SQLite/PostgreSQL), :class:`InMemoryRepository` in memory for tests and previews.

Durability contract: when a method returns, what it was given is safely stored (the SQL store
commits). Returned attempts are copies: changing them changes nothing stored until saved.

Course scope: one store may hold many courses, and two courses may both have a quiz called
``final``. Every look-up by quiz therefore takes the course id; :class:`CourseAttempts` binds
it once, and :class:`~courseware.engine.AttemptService` always works through one.

Stale copies: the same attempt may be open on two PCs. ``save_answer``, ``save_state`` and
``submit`` check, atomically in the store, that the stored attempt is still in the state the
caller's copy is in; otherwise they raise :class:`AttemptClosed` (it was finished meanwhile)
or :class:`AttemptChanged` (answers were saved meanwhile) and change nothing.
"""

from __future__ import annotations

from typing import Protocol

from courseware.engine.attempt import AnswerRecord, Attempt, AttemptState
from courseware.engine.errors import (
    AttemptChanged,
    AttemptClosed,
    AttemptConflict,
    AttemptNotFound,
    TimeUp,
)


class AttemptRepository(Protocol):
    def create_attempt(self, attempt: Attempt) -> None:
        """Store a new open attempt (with its question order, option orders, seed and deadline).

        Raises AttemptConflict if the id, or the (course_id, quiz_id, trainee_id,
        attempt_number) key, already exists — two PCs starting the same trainee's attempt
        at once get one each way.
        """
        ...

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        """Replace the answer record of one question (value, certainty, flag). Called on every
        answer and flag change, so it must be quick and durable. Raises AttemptClosed (or
        TimeUp when it was auto-submitted) if the stored attempt is no longer open."""
        ...

    def save_state(self, attempt: Attempt) -> None:
        """Store everything except the answers: position, state, submitted_at and results.
        Used for navigation, and for essay grading or regrading of a submitted attempt.
        Raises AttemptClosed if the stored attempt is not in ``attempt.state`` any more."""
        ...

    def load_attempt(self, attempt_id: str) -> Attempt:
        """The attempt with its answers and results; raises AttemptNotFound."""
        ...

    def find_open_attempt(self, quiz_id: str, trainee_id: str,
                          course_id: str | None = None) -> Attempt | None:
        """The trainee's unfinished attempt at the course's quiz (for resuming), or None.
        ``course_id`` None: any course (only for stores known to hold one course)."""
        ...

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None,
                      course_id: str | None = None) -> list[Attempt]:
        """Attempts at a course's quiz ordered by (trainee_id, attempt_number); all trainees
        if ``trainee_id`` is None; any course if ``course_id`` is None."""
        ...

    def submit(self, attempt: Attempt) -> None:
        """Store the finished attempt in one transaction: its answers, state (submitted or
        auto_submitted), submitted_at and the results of grading. Only if the stored attempt
        is still open (else AttemptClosed) and every answer stored is in ``attempt`` as stored
        (else AttemptChanged: it was graded on a stale copy); stored answers are never
        deleted."""
        ...


class CourseAttempts:
    """A repository seen through one course: look-ups by quiz find that course's only."""

    def __init__(self, repository: AttemptRepository, course_id: str) -> None:
        inner = repository.inner if isinstance(repository, CourseAttempts) else repository
        self.inner: AttemptRepository = inner
        self.course_id = course_id

    def create_attempt(self, attempt: Attempt) -> None:
        self.inner.create_attempt(attempt)

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        self.inner.save_answer(attempt_id, question_id, answer)

    def save_state(self, attempt: Attempt) -> None:
        self.inner.save_state(attempt)

    def load_attempt(self, attempt_id: str) -> Attempt:
        return self.inner.load_attempt(attempt_id)

    def find_open_attempt(self, quiz_id: str, trainee_id: str,
                          course_id: str | None = None) -> Attempt | None:
        return self.inner.find_open_attempt(quiz_id, trainee_id, course_id or self.course_id)

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None,
                      course_id: str | None = None) -> list[Attempt]:
        return self.inner.list_attempts(quiz_id, trainee_id, course_id or self.course_id)

    def submit(self, attempt: Attempt) -> None:
        self.inner.submit(attempt)


def knows_every_answer(attempt: Attempt, stored: dict[str, AnswerRecord]) -> bool:
    """Whether the copy holds every stored answer unchanged (it may hold more)."""
    return all(attempt.answers.get(question_id) == record
               for question_id, record in stored.items())


def closed_error(state: AttemptState) -> AttemptClosed:
    """What to raise when a stale copy tries to change an attempt stored as ``state``."""
    return TimeUp() if state is AttemptState.AUTO_SUBMITTED else AttemptClosed()


class InMemoryRepository:
    """The protocol over a dict. Stores JSON copies, as a database would, so callers cannot
    depend on shared mutable objects."""

    def __init__(self) -> None:
        self._attempts: dict[str, dict[str, object]] = {}

    def create_attempt(self, attempt: Attempt) -> None:
        taken = any(_number_key(a) == _number_key(attempt) for a in self._all())
        if attempt.id in self._attempts or taken:
            raise AttemptConflict(attempt_id=attempt.id)
        self._attempts[attempt.id] = attempt.to_dict()

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        attempt = self.load_attempt(attempt_id)
        if attempt.state is not AttemptState.OPEN:
            raise closed_error(attempt.state)
        attempt.answers[question_id] = answer
        self._attempts[attempt_id] = attempt.to_dict()

    def save_state(self, attempt: Attempt) -> None:
        stored = self.load_attempt(attempt.id)
        if stored.state is not attempt.state:
            raise closed_error(stored.state)
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

    def find_open_attempt(self, quiz_id: str, trainee_id: str,
                          course_id: str | None = None) -> Attempt | None:
        return next((a for a in self.list_attempts(quiz_id, trainee_id, course_id)
                     if a.state is AttemptState.OPEN), None)

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None,
                      course_id: str | None = None) -> list[Attempt]:
        found = [a for a in self._all() if a.quiz_id == quiz_id
                 and (trainee_id is None or a.trainee_id == trainee_id)
                 and (course_id is None or a.course_id == course_id)]
        return sorted(found, key=lambda a: (a.trainee_id, a.attempt_number))

    def submit(self, attempt: Attempt) -> None:
        stored = self.load_attempt(attempt.id)  # raises AttemptNotFound
        if stored.state is not AttemptState.OPEN:
            raise closed_error(stored.state)
        if not knows_every_answer(attempt, stored.answers):
            raise AttemptChanged(attempt_id=attempt.id)
        self._attempts[attempt.id] = attempt.to_dict()

    def _all(self) -> list[Attempt]:
        return [Attempt.from_dict(data) for data in self._attempts.values()]


def _number_key(attempt: Attempt) -> tuple[str, str, str, int]:
    return (attempt.course_id, attempt.quiz_id, attempt.trainee_id, attempt.attempt_number)
