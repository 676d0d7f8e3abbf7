"""Checking a database URL before switching to it: one short connection, nothing written."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import NullPool

from courseware.results.errors import StoreUnavailable

PROBE_TIMEOUT_S = 5


def hidden_password(url: str) -> str:
    """The URL as it may be shown: any password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_connection(url: str, timeout_s: int = PROBE_TIMEOUT_S) -> None:
    """Connect once (giving up after ``timeout_s`` on a server) and run ``SELECT 1``.

    Raises :class:`StoreUnavailable` with a readable message; the password is never shown.
    """
    shown = hidden_password(url)
    try:
        parsed = make_url(url)
        arguments = {"connect_timeout": timeout_s} \
            if parsed.get_backend_name() == "postgresql" else {"timeout": timeout_s}
        engine = create_engine(parsed, poolclass=NullPool, connect_args=arguments)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise StoreUnavailable("store.bad_url", url=shown, error=error) from error
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as error:
        raise StoreUnavailable("store.cannot_open", url=shown,
                               error=first_line(error.orig or error)) from error
    finally:
        engine.dispose()


def first_line(error: BaseException) -> str:
    message = str(error).strip()
    return message.splitlines()[0] if message else type(error).__name__
