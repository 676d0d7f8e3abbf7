"""A console failure in one line: the database's own first line, domain messages as they are."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from courseware.classroom.console_errors import FailureKind, describe_failure
from courseware.classroom.errors import WrongPassphrase
from courseware.results import StoreUnavailable


def test_a_database_error_gives_the_drivers_first_line() -> None:
    error = OperationalError("SELECT * FROM attempts", {},
                             ConnectionError("connection refused\n\tIs the server running?"))
    assert describe_failure(error) == (FailureKind.DATABASE, "connection refused")


def test_domain_errors_keep_their_translated_message() -> None:
    unavailable = StoreUnavailable("store.cannot_open", url="sqlite://", error="x")
    assert describe_failure(unavailable) == (FailureKind.REFUSED, str(unavailable))
    assert describe_failure(WrongPassphrase())[0] is FailureKind.REFUSED


def test_anything_else_gives_its_first_line_or_its_type() -> None:
    assert describe_failure(ValueError("bad\nmore")) == (FailureKind.UNEXPECTED, "bad")
    assert describe_failure(KeyError()) == (FailureKind.UNEXPECTED, "KeyError")
