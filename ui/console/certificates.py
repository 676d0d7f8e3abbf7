"""Issue certificates to everyone who passed a quiz (the final exam by default), with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from courseware import model as m
from courseware.classroom.console_session import ConsoleSession
from courseware.tasks import ProgressCallback
from ui.app_settings import AppSettings
from ui.i18n import tr
from ui.tasks import run_in_background


class NobodyPassed(Exception):
    pass


class IssueCounts(NamedTuple):
    issued: int
    held: int  # passers left out: they hold a certificate for the course already
    new_key_folder: Path | None  # where the signing key was made by this run, if it was


def issue_to_passers(session: ConsoleSession, quiz: m.Quiz, output: Path,
                     progress: ProgressCallback) -> IssueCounts:
    """Runs on the worker thread: who passed, sign, record, print (domain and exporter calls).
    Passers who hold a certificate for the course already are left out."""
    from courseware.certificates import CertificateIssuer
    from courseware.certificates.batch import drafts_from_passers
    from courseware.certificates.holders import plan_issue
    from courseware.certificates.passers import quiz_passers
    from courseware.certificates.services import key_ring
    from courseware.certificates.store_registry import StoreRegistry
    from exporters.certificates import issue_certificates

    passers = quiz_passers(session.store, session.course.id, quiz.id,
                           quiz.settings.pass_percent)
    if not passers:
        raise NobodyPassed(tr("console.certs.nobody", quiz=quiz.title or quiz.id))
    registry = StoreRegistry(session.store)
    organisation = AppSettings().get("organisation")  # issues when the course names nobody
    plan = plan_issue(registry, drafts_from_passers(session.course, passers,
                                                    organisation=organisation))
    if not plan.drafts:
        raise NobodyPassed(tr("console.certs.all_hold", count=len(plan.held)))
    keys = key_ring()
    issuer = CertificateIssuer(keys, registry)
    issued = issue_certificates(issuer, plan.drafts, output, course_layout(session.course),
                                progress)
    return IssueCounts(len(issued), len(plan.held),
                       keys.folder if keys.created_new_key else None)


def course_layout(course: m.Course) -> Any:
    from exporters.certificates import (
        DESIGNS,
        CertificateText,
        Layout,
        default_chain,
        label_language,
    )

    settings = course.certificate
    text = CertificateText(label_language(course.language), settings.title if settings else "",
                           settings.statement if settings else "")
    return Layout(DESIGNS["formal"], default_chain(), text)


def done_message(counts: IssueCounts, output: Path) -> str:
    message = tr("console.certs.done", count=counts.issued, path=output)
    if counts.held:
        message += tr("console.certs.held", count=counts.held)
    if counts.new_key_folder is not None:  # the first certificates: the key needs a backup
        message += "\n\n" + tr("keys.created_notice", path=counts.new_key_folder)
    return message


class CertificateIssuing(QObject):
    """``finished(message)`` after the run ended (issued, nobody passed, or failed)."""

    finished = Signal(str)

    def __init__(self, session: ConsoleSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.parent_widget = session, parent

    def ask_quiz(self) -> m.Quiz | None:
        quizzes = self.session.quizzes()
        final = self.session.final_exam()
        titles = [q.title or q.id for q in quizzes]
        start = quizzes.index(final) if final in quizzes else 0
        title, ok = QInputDialog.getItem(self.parent_widget, tr("console.certs.title"),
                                         tr("console.certs.quiz"), titles, start, False)
        return quizzes[titles.index(title)] if ok and title in titles else None

    def ask_output(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, tr("console.certs.title"),
                                              "", tr("console.certs.filter"))
        return Path(path) if path else None

    def run(self) -> None:
        quiz = self.ask_quiz()
        output = self.ask_output() if quiz else None
        if quiz is not None and output is not None:
            self.issue(quiz, output)

    def issue(self, quiz: m.Quiz, output: Path) -> None:
        def failed(error: Exception) -> None:
            self.finished.emit(str(error) if isinstance(error, NobodyPassed)
                               else tr("console.certs.failed", error=error))

        run_in_background(
            self.parent_widget,
            lambda progress: issue_to_passers(self.session, quiz, output, progress),
            label=tr("console.certs.progress"),
            on_success=lambda counts: self.finished.emit(done_message(counts, output)),
            on_failure=failed)
