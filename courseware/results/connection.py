"""A classroom server connection in plain words: host, port, database, user and password
become the database URL (and a URL typed by a power user is read back into them), and a
connection test answers in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from courseware.i18n import tr
from courseware.results.errors import StoreUnavailable
from courseware.results.probe import PROBE_TIMEOUT_S, check_connection

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "courseware"


@dataclass(frozen=True)
class ServerConnection:
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""
    password: str = ""

    def problems(self) -> list[str]:
        """What is missing or wrong, as messages for the user (empty when usable)."""
        found = []
        if not self.host.strip():
            found.append(tr("connection.no_host"))
        if not 0 < self.port < 65536:
            found.append(tr("connection.bad_port", port=self.port))
        if not self.database.strip():
            found.append(tr("connection.no_database_name"))
        return found


def build_url(server: ServerConnection) -> str:
    """The SQLAlchemy URL (user and password quoted as URLs need)."""
    url = URL.create(DRIVER, username=server.user.strip() or None,
                     password=server.password or None, host=server.host.strip(),
                     port=server.port, database=server.database.strip())
    return url.render_as_string(hide_password=False)


def parse_url(url: str) -> ServerConnection | None:
    """The fields of a PostgreSQL URL; None for an empty URL, another kind of database
    (a SQLite file) or text that is not a URL, which only the advanced field can hold."""
    if not url.strip():
        return None
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    return ServerConnection(host=parsed.host or "", port=parsed.port or DEFAULT_PORT,
                            database=parsed.database or "", user=parsed.username or "",
                            password=parsed.password or "")


# libpq's words (any language setting prints these in English) → what the trainer should do
_FAILURES = (
    ("password authentication failed", "connection.failed.login"),
    ("no password supplied", "connection.failed.login"),
    ("role \"", "connection.failed.login"),
    ("does not exist", "connection.failed.no_database"),
    ("could not translate host name", "connection.failed.unknown_host"),
    ("name or service not known", "connection.failed.unknown_host"),
    ("nodename nor servname", "connection.failed.unknown_host"),
    ("timeout expired", "connection.failed.timeout"),
    ("timed out", "connection.failed.timeout"),
    ("connection refused", "connection.failed.refused"),
    ("no route to host", "connection.failed.timeout"),
    ("network is unreachable", "connection.failed.timeout"),
)


def explain_failure(error: str) -> str:
    """A driver's error text as a message for the trainer (the raw text when unknown)."""
    lowered = error.lower()
    key = next((key for pattern, key in _FAILURES if pattern in lowered), "")
    return tr(key) if key else tr("connection.failed.other", error=error)


def try_connection(url: str, timeout_s: int = PROBE_TIMEOUT_S) -> str | None:
    """Connect once; None when the server answers, else what went wrong in plain words."""
    try:
        check_connection(url, timeout_s)
    except StoreUnavailable as error:
        if error.key == "store.bad_url":
            return str(error)
        return explain_failure(str(error.values.get("error", "")))
    return None
