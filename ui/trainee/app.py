"""Starting trainee mode: open the package, the trainer unlocks it, then the kiosk runs.

The results database is ``--db`` if given, else the one saved in settings (the trainer menu
or the app's settings dialog), else this PC's own store.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from courseware.classroom import ClassroomPackage, PackageError, open_package
from courseware.classroom.kiosk_password import (
    KioskPasswordError,
    hash_password,
    load_password_record,
    save_password,
)
from courseware.passphrases import clean_passphrase
from courseware.results import ResultsStore, StoreUnavailable, open_store
from ui.trainee.classroom import Classroom
from ui.trainee.database_dialog import saved_store_url
from ui.trainee.kiosk import KioskWindow
from ui.trainee.password_dialogs import ask_secret
from ui.trainee.strings import tr


def unlock_package(package: ClassroomPackage, passphrase: str | None) -> str | None:
    """With a passphrase given (file): unlock or fail; otherwise ask the trainer.

    Returns the passphrase, cleaned like every passphrase (it signs exported results files,
    which the importer checks with a cleaned one), None when the trainer cancels.
    """
    if passphrase is not None:
        package.unlock(passphrase)
        return clean_passphrase(passphrase)

    typed = ask_secret(None, tr("trainee.passphrase.title"),
                       tr("trainee.passphrase.prompt", title=package.manifest.course_title),
                       package.try_unlock)
    return None if typed is None else clean_passphrase(typed)


def trainer_password_record(password_file: Path | None) -> str | None:
    """The stored kiosk password, or one the trainer sets now."""
    record = load_password_record(password_file)
    if record is not None:
        return record

    def check(text: str) -> str:
        try:
            hash_password(text)
        except KioskPasswordError as error:
            return str(error)
        return ""

    password = ask_secret(None, tr("trainee.password.set_title"),
                          tr("trainee.password.set_prompt"), check, confirm=True)
    if password is None:
        return None
    save_password(password, password_file)
    return load_password_record(password_file)


def build_kiosk(package: ClassroomPackage, store: ResultsStore, password_record: str,
                passphrase: str | None = None) -> KioskWindow:
    """The kiosk over ``store``; it may switch stores later (``window.classroom.store``)."""
    classroom = Classroom(package, store, passphrase=passphrase)
    return KioskWindow(classroom, password_record)


def run_trainee(package_path: Path, db_url: str | None, argv: list[str],
                passphrase: str | None = None, password_file: Path | None = None) -> int:
    from ui.app import create_application

    app = create_application(argv)
    try:
        package = open_package(package_path)
    except PackageError as error:
        QMessageBox.critical(None, tr("trainee.window_title"), str(error))
        return 1
    try:
        return _run(app, package, db_url or saved_store_url(), passphrase, password_file)
    finally:
        package.close()


def _run(app: QApplication, package: ClassroomPackage, db_url: str | None,
         passphrase: str | None, password_file: Path | None) -> int:
    try:
        passphrase = unlock_package(package, passphrase)
        if passphrase is None:
            return 1
    except PackageError as error:
        QMessageBox.critical(None, tr("trainee.window_title"), str(error))
        return 1
    record = trainer_password_record(password_file)
    if record is None:
        return 1
    course = package.full
    assert course is not None

    def pass_mark(quiz_id: str) -> float | None:
        quiz = course.find_quiz(quiz_id)
        return None if quiz is None else quiz.settings.pass_percent

    try:
        store = open_store(db_url, pass_marks=pass_mark)
    except StoreUnavailable as error:
        QMessageBox.critical(None, tr("trainee.window_title"),
                             tr("trainee.store_error", error=error))
        return 1
    window = build_kiosk(package, store, record, passphrase)
    try:
        window.showFullScreen()
        if os.environ.get("COURSEWARE_BENCHMARK_EXIT"):
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        window.classroom.store.close()  # the one in use (the trainer may have switched)
