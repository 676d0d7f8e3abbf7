"""The trainer menu behind the trainer password: export a results file, change the results
database, leave trainee mode, or go back."""

from __future__ import annotations

import errno
import socket
from datetime import date
from pathlib import Path

from courseware.results import open_store
from courseware.results.database import sqlite_url
from courseware.results.file_names import safe_name_part
from tests.ui.trainee.conftest import PASSPHRASE, TRAINER_PASSWORD, ZHANG
from tests.ui.trainee.helpers import answer_card, only_card, open_quiz, sign_in
from ui.app_settings import AppSettings
from ui.trainee.trainer_menu import TrainerAction, TrainerMenu


def menu_opened(kiosk) -> list[bool]:  # type: ignore[no-untyped-def]
    opened: list[bool] = []

    def choose() -> TrainerAction | None:
        opened.append(True)
        return None

    kiosk.choose_trainer_action = choose
    return opened


def take_quiz(kiosk) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    page = open_quiz(kiosk)
    answer_card(only_card(page))
    page.confirm_submit = lambda *args: True
    page.submit()
    kiosk.sign_out()


# -- the password and the menu


def test_wrong_or_no_password_never_opens_the_menu(kiosk) -> None:  # type: ignore[no-untyped-def]
    opened = menu_opened(kiosk)
    for given in ("wrong password", "", None):
        kiosk.ask_password = lambda given=given: given
        assert kiosk.open_trainer_menu() is None
    assert opened == []
    assert kiosk.isVisible()


def test_the_password_opens_the_menu_and_back_returns(kiosk) -> None:  # type: ignore[no-untyped-def]
    opened = menu_opened(kiosk)
    kiosk.ask_password = lambda: TRAINER_PASSWORD
    assert kiosk.open_trainer_menu() is None
    assert opened == [True]
    assert kiosk.isVisible()


def test_trainer_button_and_shortcut_open_the_menu(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    opened = menu_opened(kiosk)
    kiosk.findChild(QPushButton, "trainer-exit").click()
    kiosk.activateWindow()
    qtbot.keyClick(kiosk, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert opened == [True, True]
    assert kiosk.isVisible()  # back to the class, not closed


def test_leave_closes_the_kiosk(kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk.choose_trainer_action = lambda: TrainerAction.LEAVE
    assert kiosk.open_trainer_menu() is TrainerAction.LEAVE
    assert not kiosk.isVisible()


def test_menu_buttons_choose(kiosk) -> None:  # type: ignore[no-untyped-def]
    menu = TrainerMenu(kiosk, "sqlite:///results.db")
    try:
        for action in (TrainerAction.EXPORT, TrainerAction.DATABASE, TrainerAction.LEAVE, None):
            menu.buttons[action].click()
            assert menu.choice is action
    finally:
        menu.deleteLater()


# -- exporting a results file


def run_export(qtbot, kiosk, target: Path) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    reports: list[tuple[str, bool]] = []
    export = kiosk.results_export
    export.pick_path = lambda suggested: target
    export.report = lambda text, ok: reports.append((text, ok))
    kiosk.choose_trainer_action = lambda: TrainerAction.EXPORT
    assert kiosk.open_trainer_menu() is TrainerAction.EXPORT
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    return reports


def test_export_writes_a_results_file_that_imports(qtbot, kiosk, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    take_quiz(kiosk)
    exported = store.attempts.list_all()
    target = tmp_path / "stick" / "pc07"  # the suffix is added
    reports = run_export(qtbot, kiosk, target)
    written = target.with_name("pc07.cwresults")
    assert reports == [(f"Attempts written: 1\nFile: {written}", True)]
    with open_store(sqlite_url(tmp_path / "console.db")) as console:
        summary = console.files.import_file(written, PASSPHRASE, kiosk.classroom.full_course)
        assert summary.attempts_added == 1
        (imported,) = console.attempts.list_all()
        assert imported.id == exported[0].id
        assert imported.answers.keys() == exported[0].answers.keys()
        assert [t.name for t in console.rosters.list()] == [ZHANG.name]


def test_suggested_name_is_class_host_and_date(kiosk) -> None:  # type: ignore[no-untyped-def]
    path = kiosk.results_export.suggested_path(date(2024, 5, 6))
    assert path.name.startswith("sample_")
    assert path.name.endswith("_2024-05-06.cwresults")
    assert path.parent == Path.home()
    assert f"_{safe_name_part(socket.gethostname()) or 'pc'}_" in path.name


def test_export_failure_is_reported_and_loses_nothing(qtbot, kiosk, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    take_quiz(kiosk)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    reports = run_export(qtbot, kiosk, blocker / "pc07.cwresults")
    (text, ok), = reports
    assert not ok and "could not be written" in text and "Nothing was lost" in text
    assert len(store.attempts.list_all()) == 1


def test_read_only_stick_and_full_disk_messages(kiosk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from courseware.i18n import set_language
    from ui.trainee.export_results import export_error_message

    target = tmp_path / "E" / "pc07.cwresults"
    read_only = export_error_message(OSError(errno.EROFS, "Read-only file system"), target)
    full = export_error_message(OSError(errno.ENOSPC, "No space left on device"), target)
    assert "read-only" in read_only and str(target.parent) in read_only
    assert "full" in full and "Nothing was lost" in full
    set_language("zh")
    assert "只读" in export_error_message(OSError(errno.EACCES, "denied"), target)
    assert "空间已满" in export_error_message(OSError(errno.ENOSPC, "full"), target)
    assert "没有丢失" in export_error_message(OSError(errno.ENOSPC, "full"), target)


# -- the results database


def switch_to(qtbot, kiosk, url: str):  # type: ignore[no-untyped-def]
    dialog = kiosk.database_dialog()
    dialog.url.setText(url)
    operation = dialog.switch()
    assert operation.running  # in the background: the kiosk keeps drawing
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=20000)
    return dialog


def test_switching_the_database(qtbot, kiosk, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)  # signed in but not in a quiz: switching signs out
    new_url = sqlite_url(tmp_path / "classroom.db")
    dialog = switch_to(qtbot, kiosk, new_url)
    try:
        assert "now keeps results" in dialog.status.text()
        assert kiosk.classroom.store is not store
        assert kiosk.classroom.store.url == new_url
        assert AppSettings().get("results_db_url") == new_url
        assert kiosk.classroom.trainee is None
        assert kiosk.stack.currentWidget() is kiosk.signin_page
        assert kiosk.signin_page.names.count() == 0  # the new database has no roster yet
        kiosk.classroom.store.rosters.add(ZHANG)
        kiosk.signin_page.refresh()
        sign_in(kiosk)
        kiosk.home_page.open_item("m1-l1")
        assert kiosk.classroom.store.progress.read_items(ZHANG.id, "sample") == {"m1-l1"}
        assert store.progress.read_items(ZHANG.id, "sample") == set()
    finally:
        dialog.deleteLater()
        kiosk.classroom.store.close()


def test_unreachable_server_changes_nothing(qtbot, kiosk, store) -> None:  # type: ignore[no-untyped-def]
    dialog = switch_to(qtbot, kiosk, "postgresql+psycopg://u:secret@127.0.0.1:1/x")
    try:
        text = dialog.status.text()
        assert "cannot open the results database" in text and "Nothing was changed" in text
        assert "secret" not in text
        assert kiosk.classroom.store is store
        assert AppSettings().get("results_db_url") == ""
        assert dialog.switch_button.isEnabled()
    finally:
        dialog.deleteLater()


def test_test_connection_reports_success(qtbot, kiosk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = kiosk.database_dialog()
    try:
        dialog.url.setText(sqlite_url(tmp_path / "other.db"))
        dialog.test_connection()
        qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=20000)
        assert "Connection works" in dialog.status.text()
        assert AppSettings().get("results_db_url") == ""  # testing saves nothing
    finally:
        dialog.deleteLater()


def test_current_url_is_shown_without_the_password(kiosk) -> None:  # type: ignore[no-untyped-def]
    from ui.trainee.database_dialog import shown_url

    assert shown_url("postgresql+psycopg://u:secret@server/db") == \
        "postgresql+psycopg://u:***@server/db"
    dialog = kiosk.database_dialog()
    try:
        assert any(f"In use now: {kiosk.classroom.store.url}" in label.text()
                   for label in dialog.findChildren(type(dialog.status)))
    finally:
        dialog.deleteLater()


def test_no_switching_while_a_trainee_is_mid_quiz(kiosk, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sign_in(kiosk)
    open_quiz(kiosk)
    dialog = kiosk.database_dialog()
    try:
        assert not dialog.switch_button.isEnabled()
        assert any("taking a quiz" in label.text()
                   for label in dialog.findChildren(type(dialog.status)))
        other = open_store(sqlite_url(tmp_path / "other.db"))
        kiosk.switch_store(other)  # refused even if asked directly
        assert kiosk.classroom.store is store
        assert kiosk.quiz_page is not None
    finally:
        dialog.deleteLater()


def test_trainee_command_uses_the_saved_database(monkeypatch, package, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import ui.trainee.app as trainee_app

    saved = sqlite_url(tmp_path / "saved.db")
    settings = AppSettings()
    settings.set("results_db_url", saved)
    settings.sync()
    seen: list[str | None] = []
    monkeypatch.setattr(trainee_app, "_run", lambda app, pkg, url, *rest: seen.append(url) or 0)
    assert trainee_app.run_trainee(package.path, None, ["courseware"]) == 0
    assert trainee_app.run_trainee(package.path, "sqlite:///given.db", ["courseware"]) == 0
    assert seen == [saved, "sqlite:///given.db"]
