"""The engine's :class:`~courseware.engine.AttemptRepository` on SQL (SQLite or PostgreSQL).

Every method runs in its own transaction and returns only after the commit, so an answer that
was saved survives a crash or a power cut (SQLite: WAL with ``synchronous=FULL``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, and_, delete, select, update
from sqlalchemy.exc import IntegrityError

from courseware.engine import AnswerRecord, Attempt, AttemptConflict, AttemptNotFound, AttemptState
from courseware.results.attempt_rows import (
    ANSWER_COLUMNS,
    EMPTY_GRADE,
    GRADE_COLUMNS,
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
        try:
            with self._engine.begin() as connection:
                upsert(connection, answers_table, [row], ANSWER_KEY, ANSWER_COLUMNS)
        except IntegrityError as error:  # the attempt does not exist (foreign key)
            raise AttemptNotFound(attempt_id=attempt_id) from error

    def save_state(self, attempt: Attempt) -> None:
        with self._engine.begin() as connection:
            self._update_attempt(connection, attempt)
            self._replace_grades(connection, attempt)

    def submit(self, attempt: Attempt) -> None:
        with self._engine.begin() as connection:
            self._update_attempt(connection, attempt)
            connection.execute(delete(answers_table)
                               .where(answers_table.c.attempt_id == attempt.id))
            rows = question_rows(attempt, with_answers=True)
            if rows:
                connection.execute(answers_table.insert(), rows)

    # ------------------------------------------------------------ reads

    def load_attempt(self, attempt_id: str) -> Attempt:
        found = self._load_where(attempts_table.c.id == attempt_id)
        if not found:
            raise AttemptNotFound(attempt_id=attempt_id)
        return found[0]

    def find_open_attempt(self, quiz_id: str, trainee_id: str) -> Attempt | None:
        found = self._load_where(and_(attempts_table.c.quiz_id == quiz_id,
                                      attempts_table.c.trainee_id == trainee_id,
                                      attempts_table.c.state == AttemptState.OPEN.value))
        return found[0] if found else None

    def list_attempts(self, quiz_id: str, trainee_id: str | None = None) -> list[Attempt]:
        condition = attempts_table.c.quiz_id == quiz_id
        if trainee_id is not None:
            condition = and_(condition, attempts_table.c.trainee_id == trainee_id)
        return self._load_where(condition)

    def list_all(self, quiz_id: str | None = None) -> list[Attempt]:
        """Every attempt in the store, or at one quiz (exports, offline results files)."""
        if quiz_id is not None:
            return self.list_attempts(quiz_id)
        return self._load_where(attempts_table.c.id.is_not(None))

    def verdicts(self) -> dict[str, bool | None]:
        """Attempt id → passed (None where no pass mark was known when it was graded)."""
        query = select(attempts_table.c.id, attempts_table.c.passed)
        with self._engine.connect() as connection:
            return {row.id: row.passed for row in connection.execute(query)}

    def quiz_ids(self) -> list[str]:
        with self._engine.connect() as connection:
            return list(connection.scalars(
                select(attempts_table.c.quiz_id).distinct().order_by(attempts_table.c.quiz_id)))

    # ------------------------------------------------------------ helpers

    def _attempt_values(self, attempt: Attempt) -> dict[str, Any]:
        return attempt_values(attempt, self.pass_marks(attempt.quiz_id))

    def _update_attempt(self, connection: Connection, attempt: Attempt) -> None:
        values = state_values(attempt, self.pass_marks(attempt.quiz_id))
        updated = connection.execute(
            update(attempts_table).where(attempts_table.c.id == attempt.id).values(values))
        if updated.rowcount != 1:
            raise AttemptNotFound(attempt_id=attempt.id)

    def _replace_grades(self, connection: Connection, attempt: Attempt) -> None:
        connection.execute(update(answers_table)
                           .where(answers_table.c.attempt_id == attempt.id)
                           .values(EMPTY_GRADE))
        upsert(connection, answers_table, question_rows(attempt, with_answers=False),
               ANSWER_KEY, GRADE_COLUMNS)

    def _load_where(self, condition: Any) -> list[Attempt]:
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
