"""The classroom server connection: fields ↔ URL, and the connection test in plain words."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from courseware.i18n import set_language, tr
from courseware.results.connection import (
    ServerConnection,
    build_url,
    explain_failure,
    parse_url,
    try_connection,
)
from tests.courseware.results.results_testing import pg_base_url, pg_unavailable_reason


def test_fields_become_a_postgresql_url() -> None:
    url = build_url(ServerConnection("classroom-pc", 5433, "training", "teacher", "s3cret"))
    assert url == "postgresql+psycopg://teacher:s3cret@classroom-pc:5433/training"


def test_special_characters_in_the_password_survive_the_round_trip() -> None:
    server = ServerConnection("10.0.0.5", 5432, "课程", "王老师", "p@ss:/w#rd%")
    url = build_url(server)
    assert "p@ss" not in url  # quoted
    assert make_url(url).password == "p@ss:/w#rd%"
    assert parse_url(url) == server


def test_a_url_is_read_back_into_the_fields() -> None:
    parsed = parse_url("postgresql+psycopg://u@db.example.org/courseware")
    assert parsed == ServerConnection("db.example.org", 5432, "courseware", "u", "")
    assert parse_url("postgresql://a:b@h:6000/x") == ServerConnection("h", 6000, "x", "a", "b")


@pytest.mark.parametrize("url", ["", "   ", "sqlite:///C:/data/results.db", "not a url",
                                 "mysql://u@h/db"])
def test_urls_the_fields_cannot_hold(url: str) -> None:
    assert parse_url(url) is None


def test_missing_fields_are_named_in_the_users_language() -> None:
    set_language("zh")
    try:
        problems = ServerConnection("", 70000, "", "").problems()
    finally:
        set_language(None)
    assert problems == ["请填写服务器名称或地址。",
                        "端口 70000 无效：应为 1 到 65535（通常是 5432）。", "请填写数据库名称。"]
    assert ServerConnection("h").problems() == []


@pytest.mark.parametrize(("error", "key"), [
    ('connection failed: FATAL:  password authentication failed for user "x"',
     "connection.failed.login"),
    ('FATAL:  role "nobody" does not exist', "connection.failed.login"),
    ('FATAL:  database "nope" does not exist', "connection.failed.no_database"),
    ("could not translate host name \"x\" to address: Name or service not known",
     "connection.failed.unknown_host"),
    ("connection timeout expired", "connection.failed.timeout"),
    ("connection to server at \"127.0.0.1\", port 1 failed: Connection refused",
     "connection.failed.refused"),
])
def test_driver_errors_become_advice(error: str, key: str) -> None:
    assert explain_failure(error) == tr(key)


def test_an_unknown_error_keeps_its_text() -> None:
    assert "disk on fire" in explain_failure("disk on fire")


def test_a_local_sqlite_file_connects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert try_connection(f"sqlite:///{tmp_path / 'r.db'}") is None


def test_nothing_listening_on_the_port_is_explained() -> None:
    message = try_connection(build_url(ServerConnection("127.0.0.1", 1, "x", "u")), 3)
    assert message == tr("connection.failed.refused")


@pytest.fixture
def server() -> ServerConnection:
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    parsed = parse_url(pg_base_url())
    assert parsed is not None
    return parsed


def test_the_test_server_answers(server: ServerConnection) -> None:
    assert try_connection(build_url(server)) is None


def test_a_wrong_password_is_explained(server: ServerConnection) -> None:
    wrong = ServerConnection(server.host, server.port, server.database, server.user, "wrong!")
    message = try_connection(build_url(wrong))
    if message is None:
        pytest.skip("this test server trusts local connections (no password is checked)")
    assert message == tr("connection.failed.login")


def test_a_missing_database_is_explained(server: ServerConnection) -> None:
    wrong = ServerConnection(server.host, server.port, "no_such_db_xyz", server.user,
                             server.password)
    assert try_connection(build_url(wrong)) == tr("connection.failed.no_database")
