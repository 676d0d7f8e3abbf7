"""The engine's :class:`~courseware.engine.AttemptRepository` on SQL (SQLite or PostgreSQL).

Every method runs in its own transaction and returns only after the commit, so an answer that
was saved survives a crash or a power cut (SQLite: WAL with ``synchronous=FULL``).

Two PCs on one attempt: every write checks the stored state inside its transaction. SQLite
transactions begin IMMEDIATE (one writer at a time); on PostgreSQL an answer takes a shared
lock on the attempt's row (answers do not wait for each other) and a submit an exclusive one,
so a submit sees every answer committed before it and no answer slips in after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, RowMapping, and_, select, update
from sqlalchemy.exc import IntegrityError

from courseware.engine import (
    AnswerRecord,
    Attempt,
    AttemptChanged,
    AttemptConflict,
    AttemptNotFound,
    AttemptState,
)
from courseware.engine.repository import closed_error, knows_every_answer
from courseware.results.attempt_rows import (
    ANSWER_COLUMNS,
    EMPTY_GRADE,
    GRADE_COLUMNS,
    answer_record_from,
    answer_values,
    attempt_from_rows,
    attempt_values,
    question_rows,
    state_values,
)
from courseware.results.schema import answers_table, attempts_table
from courseware.results.upsert import upsert

ANSWER_KEY = ("attempt_id", "question_id")

PassMarks = Callable[[str], float | None]  # quiz id → pass percent, None when unknown


def no_pass_marks(_quiz_id: str) -> float | None:
    return None


class SqlAttemptRepository:
    """Attempts and their answers, one transaction per call."""

    def __init__(self, engine: Engine, pass_marks: PassMarks = no_pass_marks) -> None:
        self._engine = engine
        self.pass_marks = pass_marks

    # ------------------------------------------------------------ writes

    def create_attempt(self, attempt: Attempt) -> None:
        try:
            with self._engine.begin() as connection:
                connection.execute(attempts_table.insert(), [self._attempt_values(attempt)])
                rows = question_rows(attempt, with_answers=True)
                if rows:
                    connection.execute(answers_table.insert(), rows)
        except IntegrityError as error:
            raise AttemptConflict(attempt_id=attempt.id) from error

    def save_answer(self, attempt_id: str, question_id: str, answer: AnswerRecord) -> None:
        row = {"attempt_id": attempt_id, "question_id": question_id, **EMPTY_GRADE,
               **answer_values(answer)}
        with self._engine.begin() as connection:
            state = self._locked_state(connection, attempt_id, exclusive=False)
            if state is not AttemptState.OPEN:
                raise closed_error(state)
            upsert(connection, answers_table, [row], ANSWER_KEY, ANSWER_COLUMNS)

    def save_state(self, attempt: Attempt) -> None:
        with self._engine.begin() as connection:
            self._update_attempt(connection, attempt, attempt.state)
            self._replace_grades(connection, attempt)

    def submit(self, attempt: Attempt) -> None:
        """Only an open attempt, graded on a copy that holds every stored answer; answers
        saved by anyone are never deleted or replaced by a stale copy's."""
        with self._engine.begin() as connection:
            state = self._locked_state(connection, attempt.id, exclusive=True)
            if state is not AttemptState.OPEN:
                raise closed_error(state)
            if not knows_every_answer(attempt, self._stored_answers(connection, attempt.id)):
                raise AttemptChanged(attempt_id=attempt.id)
            self._update_attempt(connection, attempt, AttemptState.OPEN)
            connection.execute(update(answers_table)
                               .where(answers_table.c.attempt_id == attempt.id)
                               .values(EMPTY_GRADE))
            upsert(connection, answers_table, question_rows(attempt, with_answers=True),
                   ANSWER_KEY, ANSWER_COLUMNS + GRADE_COLUMNS)

    # ------------------------------------------------------------ reads

    def load_attempt(self, attempt_id: str) -> Attempt:
        found = self._load_where(attempts_table.c.id == attempt_id)
        if not found:
            raise AttemptNotFound(attempt_id=attempt_id)
        return found[0]

    def find_open_attempt(self, quiz_id: str, trainee_id: str,
                          course_id: str | None = None) -> Attempt | None:
        found = self._load_where(and_(scope(quiz_id, course_id),
                                      attempts_table.c.trainee_id == trainee_id,
                                      attempts_table.c.state == AttemptState.OPEN.value))
        return found[0] if found else None

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None,
                      course_id: str | None = None) -> list[Attempt]:
        condition = scope(quiz_id, course_id)
        if trainee_id is not None:
            condition = and_(condition, attempts_table.c.trainee_id == trainee_id)
        return self._load_where(condition)

    def list_all(self, quiz_id: str | None = None,
                 course_id: str | None = None) -> list[Attempt]:
        """Every attempt in the store, or of one course, or at one course's quiz (exports,
        the console, offline results files)."""
        return self._load_where(scope(quiz_id, course_id))

    def verdicts(self) -> dict[str, bool | None]:
        """Attempt id → passed (None where no pass mark was known when it was graded)."""
        query = select(attempts_table.c.id, attempts_table.c.passed)
        with self._engine.connect() as connection:
            return {row.id: row.passed for row in connection.execute(query)}

    def quiz_ids(self, course_id: str | None = None) -> list[str]:
        query = select(attempts_table.c.quiz_id).distinct().order_by(attempts_table.c.quiz_id)
        if course_id is not None:
            query = query.where(attempts_table.c.course_id == course_id)
        with self._engine.connect() as connection:
            return list(connection.scalars(query))

    def course_ids(self, quiz_id: str | None = None) -> list[str]:
        """The courses with attempts in the store (at a quiz of that id, if given)."""
        query = (select(attempts_table.c.course_id).distinct()
                 .order_by(attempts_table.c.course_id))
        if quiz_id is not None:
            query = query.where(attempts_table.c.quiz_id == quiz_id)
        with self._engine.connect() as connection:
            return list(connection.scalars(query))

    # ------------------------------------------------------------ helpers

    def _attempt_values(self, attempt: Attempt) -> dict[str, Any]:
        return attempt_values(attempt, self.pass_marks(attempt.quiz_id))

    def _update_attempt(self, connection: Connection, attempt: Attempt,
                        expected: AttemptState) -> None:
        """Write the state columns, only if the stored attempt is still in ``expected``."""
        values = state_values(attempt, self.pass_marks(attempt.quiz_id))
        updated = connection.execute(
            update(attempts_table).where(attempts_table.c.id == attempt.id,
                                         attempts_table.c.state == expected.value)
            .values(values))
        if updated.rowcount != 1:
            stored = self._locked_state(connection, attempt.id, exclusive=False)
            raise closed_error(stored)

    @staticmethod
    def _locked_state(connection: Connection, attempt_id: str,
                      exclusive: bool) -> AttemptState:
        """The stored state, its row locked until the commit (PostgreSQL; SQLite's
        IMMEDIATE transaction already holds the database's write lock)."""
        query = (select(attempts_table.c.state).where(attempts_table.c.id == attempt_id)
                 .with_for_update(read=not exclusive))
        state = connection.scalar(query)
        if state is None:
            raise AttemptNotFound(attempt_id=attempt_id)
        return AttemptState(state)

    @staticmethod
    def _stored_answers(connection: Connection, attempt_id: str) -> dict[str, AnswerRecord]:
        query = select(answers_table).where(answers_table.c.attempt_id == attempt_id,
                                            answers_table.c.recorded.is_(True))
        return {row["question_id"]: answer_record_from(row)
                for row in connection.execute(query).mappings()}

    def _replace_grades(self, connection: Connection, attempt: Attempt) -> None:
        connection.execute(update(answers_table)
                           .where(answers_table.c.attempt_id == attempt.id)
                           .values(EMPTY_GRADE))
        upsert(connection, answers_table, question_rows(attempt, with_answers=False),
               ANSWER_KEY, GRADE_COLUMNS)

    def _load_where(self, condition: ColumnElement[bool]) -> list[Attempt]:
        order = (attempts_table.c.trainee_id, attempts_table.c.attempt_number,
                 attempts_table.c.id)
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(attempts_table).where(condition).order_by(*order)).mappings().all()
            answers = self._answers_by_attempt(connection, condition)
        return [attempt_from_rows(row, answers.get(row["id"], [])) for row in rows]

    @staticmethod
    def _answers_by_attempt(connection: Connection,
                            condition: Any) -> Mapping[str, list[RowMapping]]:
        query = (select(answers_table)
                 .join(attempts_table, attempts_table.c.id == answers_table.c.attempt_id)
                 .where(condition))
        grouped: dict[str, list[RowMapping]] = defaultdict(list)
        for row in connection.execute(query).mappings():
            grouped[row["attempt_id"]].append(row)
        return grouped


def scope(quiz_id: str | None, course_id: str | None) -> ColumnElement[bool]:
    """The attempts of a course's quiz; ``None`` for either leaves that part open."""
    condition: ColumnElement[bool] = attempts_table.c.id.is_not(None)
    if course_id is not None:
        condition = and_(condition, attempts_table.c.course_id == course_id)
    if quiz_id is not None:
        condition = and_(condition, attempts_table.c.quiz_id == quiz_id)
    return condition
