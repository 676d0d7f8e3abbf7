"""The console window: tabs, importing a results file from an offline PC, certificates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService, ManualClock
from courseware.results import Trainee, open_store
from tests.courseware.classroom.test_console_status import RIGHT, take_quiz
from ui.console.window import ConsoleWindow

PASSPHRASE = "课堂口令 offline"


@pytest.fixture
def window(qtbot, console: ConsoleSession) -> Iterator[ConsoleWindow]:  # type: ignore[no-untyped-def]
    window = ConsoleWindow(console, interval_s=0.05)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def offline_results(tmp_path: Path, console: ConsoleSession, clock: ManualClock) -> Path:
    """A results file exported by a PC that had no network (its own store)."""
    with open_store(f"sqlite:///{tmp_path / 'pc07.db'}") as pc:
        pc.rosters.add(Trainee("赵六", "E9", "营业部", id="pc-zhao"))
        take_quiz(AttemptService(console.course, pc.attempts, clock), "pc-zhao", RIGHT)
        path = tmp_path / "pc07.cwresults"
        pc.files.export(path, passphrase=PASSPHRASE)
    return path


def test_tabs_and_grading_count(qtbot, window: ConsoleWindow,  # type: ignore[no-untyped-def]
                                service: AttemptService) -> None:
    assert window.tabs.count() == 3
    assert window.tabs.tabText(1) == "Essay grading (0)"
    take_quiz(service, "t1", {**RIGHT, "q6": "认同客户"})
    window.refresh_all()  # F5: every pane reloads in the background
    assert window.stats.summary.text() == "Computing the statistics…"
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Essay grading (1)", timeout=5000)
    # the essay waits for grading, so the attempt does not count yet
    qtbot.waitUntil(lambda: window.stats.summary.text() == "No graded attempts yet.",
                    timeout=5000)
    qtbot.waitUntil(lambda: any(r.finished for r in window.class_view.model.rows),
                    timeout=5000)


def test_import_a_results_file_adds_then_skips(qtbot, window: ConsoleWindow,  # type: ignore[no-untyped-def]
                                               console: ConsoleSession, clock: ManualClock,
                                               tmp_path: Path) -> None:
    path = offline_results(tmp_path, console, clock)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        window.importer.import_file(path, PASSPHRASE)
    assert done.args == ["pc07.cwresults: attempts added: 1; already there: 0.", 1]
    assert window.statusBar().currentMessage() == done.args[0]
    qtbot.waitUntil(lambda: any(r.name == "赵六" and r.finished
                                for r in window.class_view.model.rows), timeout=5000)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as again:
        window.importer.import_file(path, PASSPHRASE)
    assert again.args[1] == 0 and "attempts added: 0; already there: 1" in again.args[0]


@pytest.mark.parametrize(("choice", "owner"), [(None, None), ("keep-existing", "赵陆"),
                                               ("use-file", "赵六")])
def test_a_name_conflict_asks_the_trainer(qtbot, window: ConsoleWindow,  # type: ignore[no-untyped-def]
                                          console: ConsoleSession, clock: ManualClock,
                                          tmp_path: Path, choice: str | None,
                                          owner: str | None) -> None:
    from courseware.results.results_merge import OnConflict

    path = offline_results(tmp_path, console, clock)
    console.store.rosters.add(Trainee("赵陆", "E9", id="hq-zhao"))  # E9 is 赵六 in the file
    asked: list[list[str]] = []

    def ask(conflicts):  # type: ignore[no-untyped-def]
        asked.append([f"{c.file_name}≠{c.store_name}" for c in conflicts])
        return None if choice is None else OnConflict(choice)

    window.importer.ask_conflict = ask
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        window.importer.import_file(path, PASSPHRASE)
    assert asked == [["赵六≠赵陆"]]
    attempts = console.store.attempts.list_all()
    if owner is None:
        assert done.args == ["pc07.cwresults was not imported: 1 employee id belongs to "
                             "a person of another name", 0]
        assert attempts == []
        return
    assert done.args[1] == 1
    [attempt] = attempts
    assert attempt.trainee_id == "hq-zhao"
    assert console.store.rosters.get("hq-zhao").name == owner  # type: ignore[union-attr]


def test_a_wrong_passphrase_imports_nothing(qtbot, window: ConsoleWindow,  # type: ignore[no-untyped-def]
                                            console: ConsoleSession, clock: ManualClock,
                                            tmp_path: Path) -> None:
    path = offline_results(tmp_path, console, clock)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        window.importer.import_file(path, "not the passphrase")
    assert done.args[0].startswith("pc07.cwresults was not imported:") and done.args[1] == 0
    assert console.store.attempts.list_all() == []


def test_certificates_for_everyone_who_passed(qtbot, window: ConsoleWindow,  # type: ignore[no-untyped-def]
                                              console: ConsoleSession, service: AttemptService,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COURSEWARE_KEY_DIR", str(tmp_path / "keys"))
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", RIGHT)
    quiz = console.final_exam()
    assert quiz is not None
    output = tmp_path / "certificates.pdf"
    with qtbot.waitSignal(window.certificates.finished, timeout=60000) as done:
        window.certificates.issue(quiz, output)
    issued, notice = done.args[0].split("\n\n")
    assert issued == f"2 certificates issued: {output}"
    assert notice.startswith(f"A new certificate signing key was created in {tmp_path / 'keys'}")
    assert output.stat().st_size > 0
    assert len(console.store.certificates.list()) == 2
    take_quiz(service, "t3", RIGHT)  # issuing again: only the new passer gets one
    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(window.certificates.finished, timeout=60000) as done:
        window.certificates.issue(quiz, again)
    assert done.args == [f"1 certificate issued: {again} (2 already held one and were left out)"]
    assert len(console.store.certificates.list()) == 3
    with qtbot.waitSignal(window.certificates.finished, timeout=60000) as done:
        window.certificates.issue(quiz, tmp_path / "third.pdf")
    assert "(3) already holds a certificate" in done.args[0]
    assert not (tmp_path / "third.pdf").exists()
