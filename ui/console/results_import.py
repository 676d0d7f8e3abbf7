"""Import results files from offline PCs: pick the file, type the passphrase, see the counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from courseware.classroom.console_session import ConsoleSession
from courseware.results.results_merge import Conflict, ImportConflicts, OnConflict
from ui.i18n import tr
from ui.tasks import run_in_background

MAX_CONFLICTS_SHOWN = 12  # the dialog stays on a 1366×768 screen


class ResultsImporter(QObject):
    """``finished(message, added)`` after an import ended, successful or not."""

    finished = Signal(str, int)

    def __init__(self, session: ConsoleSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.parent_widget = session, parent

    def ask_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, tr("console.import.title"),
                                              "", tr("console.import.filter"))
        return Path(path) if path else None

    def ask_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(self.parent_widget, tr("console.import.title"),
                                        tr("console.import.passphrase"),
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def run(self) -> None:
        path = self.ask_path()
        passphrase = self.ask_passphrase() if path else None
        if path is not None and passphrase is not None:
            self.import_file(path, passphrase)

    def ask_conflict(self, conflicts: list[Conflict]) -> OnConflict | None:
        """The trainer decides what a 工号 under another name means (None: import nothing)."""
        shown = [f"{c.employee_id or '—'}: {c.file_name} ≠ {c.store_name}"
                 for c in conflicts[:MAX_CONFLICTS_SHOWN]]
        if len(conflicts) > MAX_CONFLICTS_SHOWN:
            shown.append(f"… (+{len(conflicts) - MAX_CONFLICTS_SHOWN})")
        lines = "\n".join(shown)
        choices = {tr(f"console.conflict.{how.value}"): how for how in OnConflict}
        label, ok = QInputDialog.getItem(self.parent_widget, tr("console.conflict.title"),
                                         tr("console.conflict.question", lines=lines),
                                         list(choices), 0, False)
        return choices.get(label) if ok else None

    def import_file(self, path: Path, passphrase: str,
                    on_conflict: OnConflict | None = None) -> None:
        def done(summary: object) -> None:
            added = int(getattr(summary, "attempts_added", 0))
            skipped = int(getattr(summary, "attempts_skipped", 0))
            self.finished.emit(tr("console.import.done", file=path.name, added=added,
                                  skipped=skipped), added)

        def failed(error: Exception) -> None:
            if isinstance(error, ImportConflicts) and on_conflict is None:
                chosen = self.ask_conflict(error.conflicts)
                if chosen is not None:
                    self.import_file(path, passphrase, chosen)
                    return
                self.finished.emit(tr("console.conflict.cancelled", file=path.name,
                                      count=len(error.conflicts)), 0)
                return
            self.finished.emit(tr("console.import.failed", file=path.name, error=error), 0)

        run_in_background(self.parent_widget,
                          lambda _progress: self.session.import_results(path, passphrase,
                                                                        on_conflict),
                          label=tr("console.import.title"), on_success=done, on_failure=failed)
