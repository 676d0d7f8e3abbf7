"""The results store: attempts and answers, rosters, certificate records, results files.

SQLAlchemy 2 over SQLite (embedded default, in the user data directory) or PostgreSQL (a
classroom, by URL). Pure Python, no Qt. Start with :func:`open_store`.
"""

from courseware.results.errors import (
    BadResultsFile,
    BadRosterFile,
    CertificateExists,
    ResultsError,
    StoreUnavailable,
)
from courseware.results.records import CertificateRecord, Trainee
from courseware.results.store import ResultsStore, open_store

__all__ = [
    "BadResultsFile",
    "BadRosterFile",
    "CertificateExists",
    "CertificateRecord",
    "ResultsError",
    "ResultsStore",
    "StoreUnavailable",
    "Trainee",
    "open_store",
]
