"""A failed console query or action as one line in the user's language."""

from __future__ import annotations

from courseware.classroom.console_errors import FailureKind, describe_failure
from ui.i18n import tr

FAILURE_KEYS = {FailureKind.DATABASE: "console.error.database",
                FailureKind.REFUSED: "console.error.refused",
                FailureKind.UNEXPECTED: "console.error.unexpected"}


def failure_text(error: object) -> str:
    """What went wrong, e.g. "The results database did not answer: …" (no traceback)."""
    if not isinstance(error, BaseException):
        return str(error)
    kind, detail = describe_failure(error)
    return tr(FAILURE_KEYS[kind], detail=detail)
