"""Migrations build exactly the tables of the models, on open, idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from courseware.results import StoreUnavailable, open_store
from courseware.results.database import create_store_engine, sqlite_url
from courseware.results.migrate import current_revision, head_revision, upgrade_to_head
from courseware.results.schema import Base


def test_open_creates_every_table_at_the_head_revision(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert {"trainees", "attempts", "answers", "certificates", "alembic_version"} <= tables
        assert current_revision(connection) == head_revision()


def test_migrated_schema_equals_the_models(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_opening_twice_migrates_once_and_keeps_data(store_url: str) -> None:
    with open_store(store_url) as store:
        store.rosters.add_many([])
        with store.engine.begin() as connection:
            connection.execute(text("INSERT INTO trainees (id, name, department, email) "
                                    "VALUES ('a', '张三', '', '')"))
    with open_store(store_url) as store:
        assert [t.name for t in store.rosters.list()] == ["张三"]


def test_sqlite_store_is_durable_wal_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(sqlite_url(tmp_path / "r.sqlite3")) as store, \
            store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_default_store_lives_in_the_user_data_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:
        assert store.url.endswith("CoursewareStudio/results.sqlite3")
    assert (tmp_path / "data" / "CoursewareStudio" / "results.sqlite3").is_file()


def test_downgrade_path_exists_for_every_revision(tmp_path: Path) -> None:
    from alembic import command

    from courseware.results.migrate import alembic_config

    engine = create_store_engine(sqlite_url(tmp_path / "d.sqlite3"))
    try:
        upgrade_to_head(engine)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        upgrade_to_head(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["nonsense://", "postgresql+psycopg://u:secret@127.0.0.1:1/x"])
def test_unusable_url_gives_a_clear_message_without_the_password(url: str) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        open_store(url)
    message = str(caught.value)
    assert "secret" not in message
    assert "database" in message
