"""Console fixtures: a SQLite store with a class roster, the console's session, a fake clock."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService, ManualClock
from courseware.results import ResultsStore, open_store
from tests.courseware.classroom.test_console_status import TRAINEES, console_course


@pytest.fixture(autouse=True)
def no_query_left_running() -> Iterator[None]:
    """Every console test ends with the thread pool idle (no background query leaks)."""
    yield
    assert QThreadPool.globalInstance().waitForDone(5000), "a background query never ended"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2024, 5, 6, 9, 0, tzinfo=UTC))


@pytest.fixture
def class_store(tmp_path: Path) -> Iterator[ResultsStore]:
    with open_store(f"sqlite:///{tmp_path / 'class.db'}") as store:
        store.rosters.add_many(TRAINEES)
        yield store
        QThreadPool.globalInstance().waitForDone(5000)  # no query still running on close


@pytest.fixture
def console(class_store: ResultsStore, clock: ManualClock) -> ConsoleSession:
    return ConsoleSession(console_course(), class_store, clock)


@pytest.fixture
def service(console: ConsoleSession, class_store: ResultsStore,
            clock: ManualClock) -> AttemptService:
    return AttemptService(console.course, class_store.attempts, clock)
