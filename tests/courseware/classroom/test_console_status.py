"""The console's class view rows, from a SQLite store filled through the engine.

The helpers here (``class_store``, ``take_quiz``) are reused by the console's Qt tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom.console_session import ConsoleSession
from courseware.classroom.console_status import summary_counts
from courseware.engine import AttemptService, AttemptSession, JSONValue, ManualClock
from courseware.results import ResultsStore, Trainee, open_store
from tests.courseware.course_builder import sample_course

TRAINEES = [Trainee("张三", "E1", "营业部", id="t1"), Trainee("李四", "E2", "营业部", id="t2"),
            Trainee("王五", "E3", "信用卡中心", id="t3")]
RIGHT: dict[str, JSONValue] = {"q1": "a", "q2": False, "q3": ["认同"],
                               "q4": {"甲": "一", "乙": "二"},
                               "q5": ["倾听", "认同", "回应", "跟进"], "q7": [0], "q8": ["a", "b"]}
WRONG: dict[str, JSONValue] = {"q1": "a", "q2": True, "q3": ["错"], "q4": {"甲": "二", "乙": "一"},
                               "q5": ["跟进", "回应", "认同", "倾听"], "q7": [1], "q8": ["c"]}


def console_course() -> m.Course:
    course = sample_course()
    course.modules[0].quizzes[0].settings.pass_percent = 60
    return course


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2024, 5, 6, 9, 0, tzinfo=UTC))


@pytest.fixture
def class_store(tmp_path: Path) -> Iterator[ResultsStore]:
    with open_store(f"sqlite:///{tmp_path / 'class.db'}") as store:
        store.rosters.add_many(TRAINEES)
        yield store


def take_quiz(service: AttemptService, trainee_id: str, answers: dict[str, JSONValue],
              submit: bool = True) -> AttemptSession:
    quiz = service.course.modules[0].quizzes[0]
    session = service.start(quiz, trainee_id, seed=1)
    for question_id, value in answers.items():
        session.answer(question_id, value)
    if submit:
        session.submit()
    return session


def session_for(store: ResultsStore, clock: ManualClock) -> ConsoleSession:
    return ConsoleSession(console_course(), store, clock)


def test_rows_show_who_signed_in_where_they_are_and_scores(
        class_store: ResultsStore, clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", {"q1": "b", "q2": False}, submit=False)
    rows = {r.trainee_id: r for r in console.class_rows()}
    # the essay was left empty: 7 of 9 points
    assert rows["t1"].finished and rows["t1"].percent == pytest.approx(100 * 7 / 9)
    assert rows["t1"].passed is True and not rows["t1"].awaiting_grading
    assert rows["t2"].signed_in and not rows["t2"].finished
    assert (rows["t2"].answered, rows["t2"].question_count) == (2, 8)
    assert rows["t2"].quiz_title == "测验" and rows["t2"].percent is None
    assert not rows["t3"].signed_in and rows["t3"].page == 0
    assert summary_counts(list(rows.values())) == (2, 1, 3)


def test_an_essay_answer_keeps_the_score_pending(class_store: ResultsStore,
                                                 clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", {**RIGHT, "q6": "先倾听，再回应。"})
    row = next(r for r in console.class_rows() if r.trainee_id == "t1")
    assert row.finished and row.awaiting_grading and row.percent is None and row.passed is None


def test_attempts_of_someone_not_on_the_roster_still_show(class_store: ResultsStore,
                                                          clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    take_quiz(AttemptService(console.course, class_store.attempts, clock), "guest", RIGHT)
    names = [r.name for r in console.class_rows()]
    assert "guest" in names and len(names) == 4
