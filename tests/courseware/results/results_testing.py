"""Helpers shared by the results-store tests (and the child processes they start)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import psycopg
from sqlalchemy.engine import make_url

from courseware.engine import AnswerRecord, Attempt, QuestionResult
from courseware.model import (
    Course,
    Module,
    Option,
    Question,
    Quiz,
    QuizSettings,
    SingleChoiceQuestion,
)
from courseware.results import Trainee

DEFAULT_PG_URL = "postgresql+psycopg://courseware:courseware@localhost:5432/courseware_test"
START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def pg_base_url() -> str:
    return os.environ.get("COURSEWARE_TEST_PG_URL", DEFAULT_PG_URL)


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psycopg's own connection string."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def pg_unavailable_reason() -> str | None:
    """Why PostgreSQL tests cannot run here (None when the test server answers)."""
    try:
        psycopg.connect(libpq_url(pg_base_url()), connect_timeout=3).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return (f"no PostgreSQL server at {make_url(pg_base_url())!r} ({first_line}); "
                "run .ci/postgres-setup as root or set COURSEWARE_TEST_PG_URL")
    return None


@contextmanager
def fresh_pg_schema(server_url: str) -> Iterator[str]:
    """A URL whose connections work in a new, empty schema, dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq_url(server_url), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def results_course() -> Course:
    """The course the store tests' attempts belong to: quiz m1-quiz, q1…q5 keyed "a"."""
    questions: list[Question] = [
        SingleChoiceQuestion(id=f"q{n}", options=[Option(id=i, text=i, correct=i == "a")
                                                  for i in "abc"]) for n in range(1, 6)]
    quiz = Quiz(id="m1-quiz", title="测验", settings=QuizSettings(pass_percent=60),
                questions=questions)
    return Course(id="bank-service-trust", title="课程",
                  modules=[Module(id="m1", title="模块", items=[quiz])])


def make_attempt(trainee_id: str = "t1", quiz_id: str = "m1-quiz", number: int = 1,
                 questions: int = 5, minutes: float | None = 20,
                 started_at: datetime = START) -> Attempt:
    question_ids = [f"q{i}" for i in range(1, questions + 1)]
    return Attempt(
        id=str(uuid.uuid4()), quiz_id=quiz_id, course_id="bank-service-trust",
        trainee_id=trainee_id, attempt_number=number, seed=1234567,
        started_at=started_at,
        deadline=None if minutes is None else started_at + timedelta(minutes=minutes),
        question_ids=list(reversed(question_ids)),
        option_orders={q: ["c", "a", "b"] for q in question_ids},
    )


def answer(value: object, at: datetime = START, **extra: object) -> AnswerRecord:
    return AnswerRecord(value=value, answered_at=at, **extra)  # type: ignore[arg-type]


def grade_all(attempt: Attempt, points: float = 1.0) -> None:
    """Give every question a result of ``points`` out of 1 (simple, for store tests)."""
    for question_id in attempt.question_ids:
        attempt.results[question_id] = QuestionResult(
            question_id=question_id, question_type="single_choice", max_points=1.0,
            fraction=points, points=points)


def trainee(name: str, employee_id: str | None = None, department: str = "") -> Trainee:
    return Trainee(name=name, employee_id=employee_id, department=department)
