"""Why a console query or action failed, in one line for the trainer (never a traceback)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.exc import SQLAlchemyError

from courseware.classroom.errors import PackageError
from courseware.results import ResultsError


class FailureKind(StrEnum):
    DATABASE = "database"  # the results database did not answer or refused the query
    REFUSED = "refused"  # a domain error whose message is already in the user's language
    UNEXPECTED = "unexpected"  # anything else: its first line


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def describe_failure(error: BaseException) -> tuple[FailureKind, str]:
    """The kind of failure and a one-line detail (the driver's message for the database)."""
    if isinstance(error, (ResultsError, PackageError)):
        return FailureKind.REFUSED, str(error)
    if isinstance(error, SQLAlchemyError):
        orig = getattr(error, "orig", None)
        return FailureKind.DATABASE, first_line(orig or error)
    return FailureKind.UNEXPECTED, first_line(error)
