"""Checking a database URL quickly, with readable errors and no password shown."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from courseware.results import StoreUnavailable
from courseware.results.database import sqlite_url
from courseware.results.probe import check_connection, hidden_password


def test_a_reachable_database_passes(store_url: str) -> None:
    check_connection(store_url)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        check_connection(sqlite_url(tmp_path / "no such folder" / "r.sqlite3"))
    assert "cannot open the results database" in str(caught.value)


def test_an_unreachable_server_fails_fast_without_the_password() -> None:
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as caught:
        check_connection("postgresql+psycopg://u:secret@127.0.0.1:1/x", timeout_s=2)
    assert time.monotonic() - started < 10
    assert "secret" not in str(caught.value) and "127.0.0.1" in str(caught.value)


def test_nonsense_is_a_bad_url() -> None:
    with pytest.raises(StoreUnavailable) as caught:
        check_connection("nonsense://")
    assert "not a usable database URL" in str(caught.value)


def test_hidden_password() -> None:
    assert hidden_password("postgresql+psycopg://u:secret@h/db") == \
        "postgresql+psycopg://u:***@h/db"
