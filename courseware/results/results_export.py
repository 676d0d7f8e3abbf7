"""Exporting results by file type: .xlsx, .csv (plus ``-questions.csv``) or the signed
offline results file; and importing a results file into the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from courseware.model import Course
from courseware.results.attempts import SqlAttemptRepository
from courseware.results.errors import ResultsError
from courseware.results.results_file import (
    SUFFIX,
    ResultsPayload,
    read_results_file,
    write_results_file,
)
from courseware.results.results_merge import MergeSummary, OnConflict, merge_results
from courseware.results.results_table import results_tables
from courseware.results.rosters import RosterRepository
from courseware.table_writers import registered_suffixes, table_writer


def export_suffixes() -> tuple[str, ...]:
    """.xlsx/.csv when exporters registered their writers, and the signed results file."""
    return (*registered_suffixes(), SUFFIX)


@dataclass(frozen=True)
class ExportSummary:
    files: list[Path]
    attempts: int


class ResultsFiles:
    """Results in and out of the store as files (the store's ``files``)."""

    def __init__(self, engine: Engine, attempts: SqlAttemptRepository,
                 rosters: RosterRepository) -> None:
        self._engine = engine
        self._attempts = attempts
        self._rosters = rosters

    def export(self, path: Path, quiz_id: str | None = None,
               passphrase: str | None = None, course_id: str | None = None) -> ExportSummary:
        """Write the attempts (all, one course's, or one course's quiz's) to ``path``; the
        suffix picks the format."""
        suffix = path.suffix.lower()
        if suffix not in export_suffixes():
            raise ResultsError("export.unknown_type", file=path.name,
                               suffixes=", ".join(export_suffixes()))
        if suffix == SUFFIX and not passphrase:
            raise ResultsError("export.passphrase_needed")
        payload = self.payload(quiz_id, course_id)
        if suffix == SUFFIX:
            write_results_file(path, payload, passphrase or "")
            return ExportSummary([path], len(payload.attempts))
        tables = results_tables(payload.attempts, payload.trainees, payload.passed)
        writer = table_writer(suffix)
        assert writer is not None  # export_suffixes() lists only registered writers
        return ExportSummary(writer(path, tables), len(payload.attempts))

    def payload(self, quiz_id: str | None = None,
                course_id: str | None = None) -> ResultsPayload:
        attempts = self._attempts.list_all(quiz_id, course_id)
        named = {attempt.trainee_id for attempt in attempts}
        trainees = [trainee for trainee in self._rosters.list() if trainee.id in named]
        verdicts = self._attempts.verdicts()
        return ResultsPayload(datetime.now(UTC), trainees, attempts,
                              {attempt.id: verdicts.get(attempt.id) for attempt in attempts})

    def import_file(self, path: Path, passphrase: str, course: Course,
                    on_conflict: OnConflict | None = None) -> MergeSummary:
        """Verify a signed results file and merge the course's attempts, regraded from the
        course. A bad file, or people in conflict with the roster while ``on_conflict`` is
        None (:class:`ImportConflicts`), raise, importing nothing."""
        payload = read_results_file(path, passphrase)
        return merge_results(self._engine, payload, course, on_conflict)
