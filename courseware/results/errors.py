"""Errors of the results store that the user can act on; ``str(error)`` is translated."""

from __future__ import annotations

from courseware.i18n import tr


class ResultsError(Exception):
    """A refused operation with a message for the user (CLI: exit code 1, no traceback)."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(key)

    def __str__(self) -> str:
        return tr(self.key, **self.values)


class StoreUnavailable(ResultsError):
    """The database cannot be opened (wrong URL, server down, not a results store)."""


class BadResultsFile(ResultsError):
    """An offline results file that is corrupt, tampered with or signed with another passphrase."""


class BadRosterFile(ResultsError):
    """A roster file that cannot be read at all (nothing is imported)."""


class CertificateExists(ResultsError):
    """A certificate with this id or number is already recorded (records are never changed)."""
