"""Fixtures: a results store on SQLite (a temporary file) and on a real PostgreSQL server.

PostgreSQL tests read ``COURSEWARE_TEST_PG_URL`` (default: the role and database that
``.ci/postgres-setup`` creates) and skip, saying why, when no server answers. Each test gets a
fresh schema, dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from courseware.i18n import set_language
from courseware.results import ResultsStore, open_store
from courseware.results.database import sqlite_url
from tests.courseware.results.results_testing import (
    fresh_pg_schema,
    pg_base_url,
    pg_unavailable_reason,
)


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


@pytest.fixture(scope="session")
def pg_server() -> str:
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    return pg_base_url()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL whose connections work in a new, empty schema (dropped after the test)."""
    with fresh_pg_schema(pg_server) as url:
        yield url


@pytest.fixture
def sqlite_store_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "results.sqlite3")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "results.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[ResultsStore]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()
