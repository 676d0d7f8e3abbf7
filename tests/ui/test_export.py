"""Exports from the dialog run in the background; the background runner reports outcomes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from courseware.tasks import report
from ui.tasks import Operation


def test_handout_export_from_dialog(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("exporters.pdf.handout")
    from ui.export_dialogs import HandoutExportDialog

    dialog = HandoutExportDialog(workspace.window, workspace.document, workspace.settings)
    output = tmp_path / "handout.pdf"
    dialog.output.setText(str(output))
    dialog.module.setCurrentIndex(1)  # the first module only: keeps the test fast
    dialog.start()
    assert dialog.operation is not None
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.error is not None,
                    timeout=60000)
    assert dialog.error is None
    assert output.read_bytes().startswith(b"%PDF")
    dialog.deleteLater()


def test_operation_reports_progress_success_and_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    threads: list[int] = []
    results: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        for done in range(3):
            report(progress, done, 3)
        return "done"

    operation = Operation(parent, work, label="x", on_success=results.append).start()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert results == ["done"] and threads[0] != threading.get_ident()
    failures: list[Exception] = []
    operation = Operation(parent, lambda progress: 1 / 0, label="x",
                          on_failure=failures.append).start()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert isinstance(failures[0], ZeroDivisionError)
    parent.deleteLater()


def test_operation_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    started = threading.Event()
    cancelled: list[bool] = []

    def work(progress):  # type: ignore[no-untyped-def]
        started.set()
        for done in range(10_000):
            report(progress, done, 10_000)
            threading.Event().wait(0.001)
        raise AssertionError("not cancelled")

    operation = Operation(parent, work, label="x", on_cancel=lambda: cancelled.append(True))
    operation.start()
    started.wait(5)
    operation.dialog.canceled.emit()  # what the progress dialog's Cancel button does
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert cancelled == [True]
    parent.deleteLater()
