"""Reading progress in the results store: idempotent, timestamped, per trainee and course."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import inspect

from courseware.results import ResultsStore, open_store
from courseware.results.progress import ReadingRecord
from tests.courseware.results.results_testing import START


def test_mark_read_is_idempotent_and_keeps_the_first_time(store: ResultsStore) -> None:
    progress = store.progress
    progress.mark_read("t1", "course", "m1-l1", at=START)
    progress.mark_read("t1", "course", "m1-l1", at=START + timedelta(hours=1))
    assert progress.read_items("t1", "course") == {"m1-l1"}
    assert progress.records("course") == [
        ReadingRecord("t1", "m1-l1", START, START + timedelta(hours=1))]


def test_progress_is_per_trainee_and_per_course(store: ResultsStore) -> None:
    progress = store.progress
    progress.mark_read("t1", "course", "m1-l1", at=START)
    progress.mark_read("t1", "course", "m1-case", at=START)
    progress.mark_read("t2", "course", "m1-l1", at=START)
    progress.mark_read("t1", "other-course", "x", at=START)
    assert progress.read_items("t1", "course") == {"m1-l1", "m1-case"}
    assert progress.read_items("t3", "course") == set()
    assert progress.read_by_trainee("course") == {"t1": {"m1-l1", "m1-case"},
                                                  "t2": {"m1-l1"}}
    assert [r.item_id for r in progress.records("course", "t2")] == ["m1-l1"]


def test_mark_read_without_a_time_uses_now_in_utc(store: ResultsStore) -> None:
    store.progress.mark_read("t1", "course", "m1-l1")
    (record,) = store.progress.records("course")
    assert record.first_read_at.utcoffset() == timedelta(0)
    assert record.first_read_at > START


def test_progress_survives_reopening_the_store(store_url: str) -> None:
    with open_store(store_url) as store:
        store.progress.mark_read("t1", "course", "m1-l1", at=START)
    with open_store(store_url) as store:
        assert store.progress.read_items("t1", "course") == {"m1-l1"}


def test_upgrading_a_0002_store_adds_the_table_and_keeps_attempts(sqlite_store_url: str) -> None:
    from alembic import command

    from courseware.results.database import create_store_engine
    from courseware.results.migrate import alembic_config

    engine = create_store_engine(sqlite_store_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        assert "reading_progress" not in inspect(connection).get_table_names()
    engine.dispose()
    with open_store(sqlite_store_url) as store:
        store.progress.mark_read("t1", "course", "m1-l1", at=START)
        assert store.progress.read_by_trainee("course") == {"t1": {"m1-l1"}}
