"""Fixtures: a results store on SQLite (a temporary file) and on a real PostgreSQL server.

PostgreSQL tests read ``COURSEWARE_TEST_PG_URL`` (default: the role and database that
``.ci/postgres-setup`` creates) and skip, saying why, when no server answers. Each test gets a
fresh schema, dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from courseware.i18n import set_language
from courseware.results import ResultsStore, open_store
from courseware.results.database import sqlite_url
from tests.courseware.results.results_testing import pg_base_url


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_unavailable_reason() -> str | None:
    try:
        psycopg.connect(_libpq_url(pg_base_url()), connect_timeout=3).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return (f"no PostgreSQL server at {make_url(pg_base_url())!r} ({first_line}); "
                "run .ci/postgres-setup as root or set COURSEWARE_TEST_PG_URL")
    return None


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


@pytest.fixture(scope="session")
def pg_server() -> str:
    reason = _pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    return pg_base_url()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL whose connections work in a new, empty schema (dropped after the test)."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(pg_server), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(pg_server).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq_url(pg_server), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


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
