"""One shared store, two courses that both have a quiz called ``final``: nothing mixes.

Before the fix, ``start()`` in course A resumed course B's open attempt, attempt counts and
numbers mixed both courses, and the passers of course A's ``final`` included course B's.
"""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import text

from courseware import model as m
from courseware.certificates.passers import quiz_passers
from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptNotFound, AttemptService, ManualClock
from courseware.results import ResultsStore, Trainee, open_store
from courseware.results.database import create_store_engine
from courseware.results.migrate import alembic_config
from tests.courseware.engine.builders import choice

CLOCK_START = ManualClock().now()


def course(course_id: str) -> m.Course:
    final = m.Quiz(id="final", title="结业考试", settings=m.QuizSettings(attempts_allowed=2),
                   questions=[choice("q1"), choice("q2")])
    module = m.Module(id="m1", title="模块", items=[final])
    return m.Course(id=course_id, title=course_id, modules=[module])


def services(store: ResultsStore) -> tuple[AttemptService, AttemptService]:
    clock = ManualClock()
    return (AttemptService(course("course-a"), store.attempts, clock),
            AttemptService(course("course-b"), store.attempts, clock))


def final_of(service: AttemptService) -> m.Quiz:
    quiz = service.course.find_quiz("final")
    assert quiz is not None
    return quiz


def test_start_never_resumes_another_courses_attempt(store: ResultsStore) -> None:
    a, b = services(store)
    in_b = b.start(final_of(b), "t1")
    in_a = a.start(final_of(a), "t1")
    assert in_a.attempt.id != in_b.attempt.id
    assert in_a.attempt.course_id == "course-a"
    assert a.open_session(final_of(a), "t1").attempt.id == in_a.attempt.id  # type: ignore[union-attr]


def test_another_courses_attempt_is_not_resumed_graded_or_reviewed_by_id(
        store: ResultsStore) -> None:
    a, b = services(store)
    in_b = b.start(final_of(b), "t1").attempt.id
    for action in (lambda: a.resume(in_b), lambda: a.review(in_b, quiz_closed=True),
                   lambda: a.grade_essay(in_b, "q1", [1.0])):
        with pytest.raises(AttemptNotFound):
            action()


def test_attempt_counts_and_numbers_are_per_course(store: ResultsStore) -> None:
    a, b = services(store)
    b.start(final_of(b), "t1").submit()
    b.start(final_of(b), "t1").submit()
    assert b.attempts_left(final_of(b), "t1") == 0
    assert a.attempts_left(final_of(a), "t1") == 2
    first_in_a = a.start(final_of(a), "t1")
    assert first_in_a.attempt.attempt_number == 1


def test_passers_and_statistics_are_per_course(store: ResultsStore) -> None:
    store.rosters.add(Trainee(name="只学了B课程", employee_id="E9", id="t1"))
    _, b = services(store)
    session = b.start(final_of(b), "t1")
    session.answer("q1", "a")
    session.answer("q2", "a")
    session.submit()
    assert quiz_passers(store, "course-b", "final", 50) != []
    assert quiz_passers(store, "course-a", "final", 50) == []
    console = ConsoleSession(course("course-a"), store)
    assert console.item_statistics("final").attempts == 0
    [row] = console.class_rows()
    assert (row.trainee_id, row.signed_in, row.quiz_id, row.finished) == ("t1", False, "", False)


def test_migration_gives_old_rows_the_course_they_belong_to(store_url: str) -> None:
    url = store_url
    engine = create_store_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
        insert = ("INSERT INTO attempts (id, quiz_id, course_id, trainee_id, attempt_number, "
                  "seed, started_at, state, presentation, position) VALUES "
                  "(:id, :quiz, :course, 't1', :n, 0, '2024-01-01 09:00:00', 'open', '{}', 0)")
        for row in [("a1", "m1-quiz", "bank", 1), ("a2", "m1-quiz", "", 2),
                    ("a3", "shared", "x", 1), ("a4", "shared", "y", 2), ("a5", "shared", "", 3),
                    ("a6", "lonely", "", 1)]:
            connection.execute(text(insert), dict(zip(("id", "quiz", "course", "n"), row,
                                                      strict=True)))
        connection.execute(text("INSERT INTO answers (attempt_id, question_id, recorded, value, "
                                "flagged, question_type, essay_comment, graded_by) VALUES "
                                "('a1', 'q1', TRUE, '\"b\"', FALSE, '', '', '')"))
    engine.dispose()
    with open_store(url) as store, store.engine.connect() as connection:
        courses = dict(connection.execute(text("SELECT id, course_id FROM attempts")).all())
        kept = connection.execute(text("SELECT attempt_id, value FROM answers")).all()
    # rebuilding the table on SQLite lost nothing (PostgreSQL hands JSONB back decoded)
    assert [(row[0], row[1] if row[1] == "b" else json.loads(row[1])) for row in kept] == [
        ("a1", "b")]
    # a2: only course "bank" has quiz m1-quiz; a5: two courses have "shared", so it stays
    # unattributed; a6: no course known at all
    assert courses == {"a1": "bank", "a2": "bank", "a3": "x", "a4": "y", "a5": "", "a6": ""}
