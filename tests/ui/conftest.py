"""GUI test set-up: offscreen Qt, isolated settings and data folders, no leaked widgets."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from courseware.i18n import set_language
from tests.ui.postgres import pg_store  # noqa: F401 - fixture for the classroom tests

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_COURSE = ROOT / "content" / "bank-service-trust"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    base = tmp_path_factory.mktemp("qt-home")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "settings"))
    monkeypatch.setenv("COURSEWARE_DATA_DIR", str(base / "data"))
    set_language("en")
    yield
    set_language(None)


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves top-level widgets behind (napari style)."""
    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    leaked = [w for w in set(QApplication.topLevelWidgets()) - before
              if not w.objectName().startswith("qt_")]
    if leaked:
        for widget in leaked:
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"leaked top-level widgets: {[type(w).__name__ for w in leaked]}")


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    target = tmp_path / "course"
    shutil.copytree(BUNDLED_COURSE, target)
    return target


@pytest.fixture
def workspace(qtbot, course_copy: Path):  # type: ignore[no-untyped-def]
    from ui.app import create_workspace

    ws = create_workspace(course_copy)
    ws.files.ask_unsaved = lambda: __import__(
        "PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox.StandardButton.Discard
    ws.files.ask_restore = lambda snapshot: False
    assert ws.structure is not None
    ws.structure.confirm_delete = lambda node: True
    ws.window.show()
    yield ws
    ws.window.close()
    ws.window.deleteLater()
    ws.deleteLater()
