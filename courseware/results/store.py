"""The results store: one facade over small repositories, like Anki's ``Collection``.

>>> store = open_store()                       # the embedded SQLite file
>>> store = open_store("postgresql+psycopg://user:pw@server/courseware")   # a classroom
>>> store.attempts.save_answer(...)            # the engine's AttemptRepository
>>> store.progress.mark_read(trainee_id, course_id, item_id)   # reading progress
>>> store.close()
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from courseware.results.attempts import PassMarks, SqlAttemptRepository, no_pass_marks
from courseware.results.certificates import CertificateRepository
from courseware.results.database import create_store_engine, default_store_url
from courseware.results.errors import StoreUnavailable
from courseware.results.migrate import upgrade_to_head
from courseware.results.probe import first_line, hidden_password
from courseware.results.progress import ProgressRepository
from courseware.results.results_export import ResultsFiles
from courseware.results.roster_import import RosterImport, import_roster
from courseware.results.rosters import RosterRepository


class ResultsStore:
    """Attempts, rosters, certificates and results files over one database; close when done.

    ``attempts`` is the engine's AttemptRepository; ``rosters`` the trainees; ``certificates``
    the issued-certificate records; ``progress`` what each trainee has read; ``files`` exports
    and imports results files.
    """

    def __init__(self, engine: Engine, pass_marks: PassMarks = no_pass_marks) -> None:
        self.engine = engine
        self.attempts = SqlAttemptRepository(engine, pass_marks)
        self.rosters = RosterRepository(engine)
        self.certificates = CertificateRepository(engine)
        self.progress = ProgressRepository(engine)
        self.files = ResultsFiles(engine, self.attempts, self.rosters)

    @property
    def url(self) -> str:
        """The database URL with any password hidden (for messages and logs)."""
        return self.engine.url.render_as_string(hide_password=True)

    def import_roster(self, path: Path, dry_run: bool = False) -> RosterImport:
        """Add the new trainees of a CSV or .xlsx roster; the result reports every skipped row."""
        return import_roster(path, self.rosters, dry_run)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def open_store(url: str | None = None, pass_marks: PassMarks = no_pass_marks) -> ResultsStore:
    """Open (and create or upgrade) the results store at ``url``; the embedded one by default.

    ``pass_marks`` maps a quiz id to its pass percent so attempts record whether they passed.
    Raises :class:`StoreUnavailable` with a readable message when the database cannot be used.
    """
    target = url or default_store_url()
    shown = hidden_password(target)
    try:
        engine = create_store_engine(target)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise StoreUnavailable("store.bad_url", url=shown, error=error) from error
    try:
        upgrade_to_head(engine)
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise StoreUnavailable("store.cannot_open", url=shown,
                               error=first_line(error.orig or error)) from error
    return ResultsStore(engine, pass_marks)
