"""Trainer menu → Export results file: the signed ``.cwresults`` file of this PC's store, the
same file ``courseware results export -o FILE.cwresults`` writes, where the trainer chooses."""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from courseware.passphrases import clean_passphrase
from courseware.results import ResultsError
from courseware.results.file_names import results_file_name
from courseware.results.probe import first_line
from courseware.results.results_export import ExportSummary
from courseware.results.results_file import SUFFIX
from ui.app_settings import AppSettings
from ui.tasks import Operation, run_in_background
from ui.trainee.classroom import Classroom
from ui.trainee.password_dialogs import ask_secret
from ui.trainee.strings import tr

FOLDER_KEY = "trainee/export_folder"
READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

PickPath = Callable[[Path], "Path | None"]
Report = Callable[[str, bool], None]  # text, True for success


def export_error_message(error: BaseException, target: Path) -> str:
    """What went wrong, in the trainer's language, and that nothing was lost."""
    folder = str(target.parent)
    if isinstance(error, OSError) and error.errno in READ_ONLY:
        problem = tr("trainee.export.read_only", folder=folder)
    elif isinstance(error, OSError) and error.errno in FULL:
        problem = tr("trainee.export.disk_full", folder=folder)
    elif isinstance(error, ResultsError):
        problem = tr("trainee.export.failed", error=str(error))
    else:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else None
        problem = tr("trainee.export.failed", error=detail or first_line(error))
    return f"{problem}\n\n{tr('trainee.export.kept')}"


class ResultsExport(QObject):
    """Asks where, writes in the background, reports the count or a clear error."""

    def __init__(self, parent: QWidget, classroom: Classroom, settings: AppSettings) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.classroom = classroom
        self.settings = settings
        self.pick_path: PickPath = self._ask_path  # replaceable in tests
        self.report: Report = self._show_report  # replaceable in tests
        self.operation: Operation | None = None

    def suggested_path(self, today: date | None = None) -> Path:
        folder = str(self.settings.qsettings.value(FOLDER_KEY, "") or Path.home())
        name = results_file_name(self.classroom.course_id, socket.gethostname(),
                                 today or date.today())
        return Path(folder) / name

    def start(self) -> Operation | None:
        passphrase = self.classroom.passphrase or self._ask_passphrase()
        if not passphrase:
            return None
        chosen = self.pick_path(self.suggested_path())
        if chosen is None:
            return None
        target = chosen if chosen.suffix.lower() == SUFFIX else chosen.with_name(
            chosen.name + SUFFIX)
        store = self.classroom.store

        def work(_progress: object) -> ExportSummary:
            return store.files.export(target, passphrase=passphrase)

        self.operation = run_in_background(
            self.parent_widget, work, label=tr("trainee.export.working"),
            on_success=lambda summary: self._done(summary, target),
            on_failure=lambda error: self.report(export_error_message(error, target), False))
        return self.operation

    def _done(self, summary: ExportSummary, target: Path) -> None:
        self.settings.qsettings.setValue(FOLDER_KEY, str(target.parent))
        self.report(tr("trainee.export.done", count=summary.attempts, file=target), True)

    def _ask_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, tr("trainee.export.title"), str(suggested),
            tr("trainee.export.filter", suffix=SUFFIX))
        return Path(name) if name else None

    def _ask_passphrase(self) -> str | None:
        package = self.classroom.package
        passphrase = ask_secret(self.parent_widget, tr("trainee.passphrase.title"),
                                tr("trainee.passphrase.prompt",
                                   title=package.manifest.course_title), package.try_unlock)
        if passphrase is not None:
            passphrase = clean_passphrase(passphrase)  # as the importer cleans it
        self.classroom.passphrase = passphrase
        return passphrase

    def _show_report(self, text: str, ok: bool) -> None:
        show = QMessageBox.information if ok else QMessageBox.warning
        show(self.parent_widget, tr("trainee.export.title"), text)

