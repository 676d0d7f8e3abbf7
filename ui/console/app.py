"""Starting the trainer console on a classroom package (unlocked) or a course folder.

The passphrase is asked through ``ask`` (the dialog by default): it gets the course title and
a ``check(text) -> error message or ""`` and returns the accepted passphrase, or None when the
trainer cancels. A wrong passphrase is said inside the dialog, which stays open for a retry.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from courseware import model as m
from courseware.classroom.console_session import ConsoleSession
from ui.console.class_view import DEFAULT_INTERVAL_S
from ui.console.window import ConsoleWindow
from ui.i18n import tr

if TYPE_CHECKING:
    from courseware.classroom import ClassroomPackage

INTERVAL_KEY = "console/refresh_seconds"
Check = Callable[[str], str]
AskPassphrase = Callable[[str, Check], "str | None"]


def refresh_interval() -> float:
    """The class view's refresh interval in seconds (setting ``console/refresh_seconds``)."""
    from ui.app_settings import AppSettings

    value = AppSettings().qsettings.value(INTERVAL_KEY, DEFAULT_INTERVAL_S)
    try:
        return max(0.5, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_S


def ask_passphrase(course_title: str, check: Check) -> str | None:
    """The passphrase dialog: errors from ``check`` show inside it until it is right."""
    from ui.trainee.password_dialogs import ask_secret

    return ask_secret(None, tr("console.passphrase.title"),
                      tr("console.passphrase.prompt", title=course_title), check)


def unlock(package: ClassroomPackage, passphrase: str | None, ask: AskPassphrase) -> bool:
    """With a passphrase given (file): unlock or raise; otherwise ask until right or cancelled."""
    if passphrase is not None:
        package.unlock(passphrase)
        return True
    return ask(package.manifest.course_title, package.try_unlock) is not None


def load_full_course(path: Path, passphrase: str | None,
                     ask: AskPassphrase = ask_passphrase) -> m.Course | None:
    """A course folder as it is; a package unlocked with the session passphrase (None when
    the trainer cancelled)."""
    if path.is_dir():
        from courseware.format import load_course

        result = load_course(path, validate=False)
        if result.course is None:
            raise ValueError("; ".join(str(p) for p in result.problems.sorted()[:3]))
        return result.course
    from courseware.classroom import open_package

    package = open_package(path)
    try:
        return package.full if unlock(package, passphrase, ask) else None
    finally:
        package.close()  # the console needs the course only, not the extracted files


def run_console(path: Path, db_url: str | None, argv: list[str],
                passphrase: str | None = None, ask: AskPassphrase = ask_passphrase) -> int:
    """Exit code: the application's, or 1 when the course cannot be opened or was not
    unlocked (said in a message box)."""
    from courseware.classroom import PackageError
    from courseware.results import ResultsError, open_store
    from ui.app import create_application

    app = create_application(argv)
    try:
        course = load_full_course(path, passphrase, ask)
        if course is None:
            return 1
        store = open_store(db_url, pass_marks=_pass_marks(course))
    except (PackageError, ResultsError, OSError, ValueError) as error:
        QMessageBox.critical(None, tr("console.window_title", title=path.name),
                             tr("console.open_failed", path=path, error=error))
        return 1
    with store:
        window = ConsoleWindow(ConsoleSession(course, store), refresh_interval())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.start()
        return app.exec()


def _pass_marks(course: m.Course) -> Callable[[str], float | None]:
    def pass_mark(quiz_id: str) -> float | None:
        quiz = course.find_quiz(quiz_id)
        return None if quiz is None else quiz.settings.pass_percent

    return pass_mark
