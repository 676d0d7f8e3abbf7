"""The class view's reading progress and "where is the trainee now", from a SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from courseware import model as m
from courseware.classroom.console_reading import ModuleReading, reading_progress
from courseware.classroom.console_session import ConsoleSession
from courseware.classroom.console_status import TraineeStatus, summary_counts
from courseware.classroom.console_where import Activity
from courseware.engine import AttemptService, ManualClock
from courseware.results import ResultsStore, Trainee, open_store
from tests.courseware.classroom.test_console_status import (
    RIGHT,
    TRAINEES,
    console_course,
    take_quiz,
)

NINE = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


def reading_course() -> m.Course:
    """The console's course with an introduction and a second module of one lesson."""
    course = console_course()
    course.introduction = m.Lesson(id="intro", title="课程导学")
    course.modules.append(m.Module(id="m2", title="模块二",
                                   items=[m.Lesson(id="m2-l1", title="第二课")]))
    return course


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NINE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ResultsStore]:
    with open_store(f"sqlite:///{tmp_path / 'class.db'}") as opened:
        opened.rosters.add_many(TRAINEES)
        yield opened


@pytest.fixture
def console(store: ResultsStore, clock: ManualClock) -> ConsoleSession:
    return ConsoleSession(reading_course(), store, clock)


@pytest.fixture
def service(console: ConsoleSession, store: ResultsStore, clock: ManualClock) -> AttemptService:
    return AttemptService(console.course, store.attempts, clock)


def read(store: ResultsStore, trainee_id: str, item_id: str, minutes: float) -> None:
    store.progress.mark_read(trainee_id, "sample", item_id, NINE + timedelta(minutes=minutes))


def rows_of(console: ConsoleSession) -> dict[str, TraineeStatus]:
    return {row.trainee_id: row for row in console.class_rows()}


def test_reading_counts_lessons_and_case_studies_in_the_course_and_per_module() -> None:
    progress = reading_progress(reading_course(), {"intro", "m1-c1", "m2-l1", "removed-item"})
    assert (progress.read, progress.total) == (3, 4)  # the quiz is not reading
    assert progress.modules == (ModuleReading("模块一", 1, 2), ModuleReading("模块二", 1, 1))
    assert progress.share == pytest.approx(0.75)


def test_rows_carry_each_trainees_reading_from_the_store(store: ResultsStore,
                                                         console: ConsoleSession) -> None:
    for item_id in ("intro", "m1-l1", "m1-c1"):
        read(store, "t1", item_id, 1)
    read(store, "t1", "m1-l1", 5)  # read again: still one item
    read(store, "t2", "m2-l1", 2)
    store.progress.mark_read("t3", "another-course", "m1-l1", NINE)
    rows = rows_of(console)
    assert (rows["t1"].reading.read, rows["t1"].reading.total) == (3, 4)
    assert rows["t2"].reading.modules == (ModuleReading("模块一", 0, 2),
                                          ModuleReading("模块二", 1, 1))
    assert rows["t3"].reading.read == 0 and rows["t3"].now is None


def test_someone_who_has_only_read_is_signed_in_but_in_no_quiz(store: ResultsStore,
                                                                console: ConsoleSession) -> None:
    read(store, "t2", "m1-l1", 3)
    rows = rows_of(console)
    assert rows["t2"].signed_in and not rows["t2"].in_quiz and rows["t2"].page == 0
    assert not rows["t1"].signed_in
    assert summary_counts(list(rows.values())) == (1, 0, 3)


def test_now_is_the_lesson_opened_after_the_last_answer(
        store: ResultsStore, console: ConsoleSession, service: AttemptService,
        clock: ManualClock) -> None:
    read(store, "t1", "m1-l1", 0)
    clock.advance(minutes=10)
    take_quiz(service, "t1", {"q1": "a"}, submit=False)  # answered at 9:10
    read(store, "t1", "m1-c1", 12)
    read(store, "t1", "m1-l1", 11)  # reopened, but before the case study
    now = rows_of(console)["t1"].now
    assert now is not None and now.activity is Activity.READING
    assert (now.item_id, now.title) == ("m1-c1", "案例")
    assert now.at == NINE + timedelta(minutes=12)


def test_now_is_the_quiz_page_when_answering_came_last(
        store: ResultsStore, console: ConsoleSession, service: AttemptService,
        clock: ManualClock) -> None:
    read(store, "t2", "m1-c1", 5)
    clock.advance(minutes=2)
    session = take_quiz(service, "t2", {}, submit=False)  # started at 9:02, before the reading
    session.go_to_page(4)
    clock.advance(minutes=6)
    session.answer(session.attempt.question_ids[4], "a")  # 9:08, after it
    now = rows_of(console)["t2"].now
    assert now is not None and now.activity is Activity.QUIZ
    assert (now.title, now.page, now.one_question_per_page) == ("测验", 5, True)


def test_a_started_quiz_without_answers_counts_from_its_start(
        store: ResultsStore, console: ConsoleSession, service: AttemptService,
        clock: ManualClock) -> None:
    read(store, "t2", "m1-l1", 1)
    clock.advance(minutes=3)
    take_quiz(service, "t2", {}, submit=False)
    now = rows_of(console)["t2"].now
    assert now is not None and (now.activity, now.page) == (Activity.QUIZ, 1)


def test_a_submitted_quiz_counts_from_its_submission(
        store: ResultsStore, console: ConsoleSession, service: AttemptService,
        clock: ManualClock) -> None:
    take_quiz(service, "t1", RIGHT)  # 9:00
    read(store, "t1", "m2-l1", 20)
    take_quiz(service, "t3", {}, submit=False)
    clock.advance(minutes=30)
    take_quiz(service, "t3", RIGHT)  # a second attempt, submitted at 9:30
    read(store, "t3", "m1-l1", 20)
    rows = rows_of(console)
    assert rows["t1"].now is not None and rows["t1"].now.title == "第二课"
    assert rows["t3"].now is not None
    assert (rows["t3"].now.activity, rows["t3"].now.title) == (Activity.SUBMITTED, "测验")


def test_the_now_order_follows_the_course(store: ResultsStore, console: ConsoleSession,
                                          service: AttemptService) -> None:
    read(store, "t1", "m2-l1", 1)
    read(store, "t2", "intro", 1)
    take_quiz(service, "t3", {}, submit=False)
    orders = {tid: row.now.order for tid, row in rows_of(console).items() if row.now}
    assert orders["t2"] < orders["t3"] < orders["t1"]


@contextmanager
def counted_queries(store: ResultsStore) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def queries_for_a_refresh(console: ConsoleSession) -> int:
    with counted_queries(console.store) as statements:
        console.class_rows()
    return len(statements)


def test_a_refresh_asks_the_same_number_of_queries_for_3_or_30_trainees(
        store: ResultsStore, console: ConsoleSession, service: AttemptService) -> None:
    take_quiz(service, "t1", {"q1": "a"}, submit=False)
    read(store, "t1", "m1-l1", 1)
    few = queries_for_a_refresh(console)
    store.rosters.add_many([Trainee(f"学员{i}", f"X{i:02d}", "营业部", id=f"x{i}")
                            for i in range(27)])
    for i in range(27):
        take_quiz(service, f"x{i}", {"q1": "a"}, submit=i % 2 == 0)
        read(store, f"x{i}", "m1-l1", 2)
        read(store, f"x{i}", "m1-c1", 3)
    assert len(console.class_rows()) == 30
    assert queries_for_a_refresh(console) == few
