"""Where the store lives and how its engine is made (SQLite pragmas, PostgreSQL URLs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

APP_NAME = "CoursewareStudio"
STORE_FILE_NAME = "results.sqlite3"
SQLITE_BUSY_TIMEOUT_S = 30


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def default_store_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / STORE_FILE_NAME


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string()


def default_store_url() -> str:
    """The embedded store: a SQLite file in the user data directory (created on first use)."""
    path = default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_url(path)


def create_store_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, durable commits and foreign keys."""
    parsed = make_url(url)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:  # e.g. mysql://: no driver shipped
        raise ValueError(f"{parsed.get_backend_name()}: only sqlite:/// and postgresql:// "
                         "databases are supported")
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the sqlite3 module, decides where transactions begin (_begin_immediate).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # every commit reaches the disk
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _begin_immediate(connection: Any) -> None:
    # Take the write lock at the start: no deadlock when a read turns into a write, and DDL
    # (migrations) runs inside the transaction like everything else.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
