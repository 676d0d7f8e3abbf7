"""Autosave and crash recovery with a real process killed by SIGKILL mid-edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui.app import create_workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_app_offers_unsaved_changes_back(qtbot, course_copy: Path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COURSEWARE_AUTOSAVE_SECONDS": "0.1"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.crash_child", str(course_copy),
                              "Edited before the crash"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "AUTOSAVED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    time.sleep(0.01)
    asked: list[Path] = []

    from ui.app_settings import AppSettings
    from ui.workspace import Workspace

    workspace = Workspace(AppSettings())
    workspace.files.ask_restore = lambda snapshot: asked.append(snapshot) or True
    assert workspace.open_course(course_copy)
    assert asked, "the recovery snapshot was not offered"
    lesson = workspace.document.course.modules[0].items[0]
    assert lesson.title == "Edited before the crash"
    assert workspace.document.modified
    assert workspace.files.save()
    workspace.window.close()  # saved: closes without asking, snapshot gone
    workspace.window.deleteLater()
    workspace.deleteLater()
    again = create_workspace(course_copy)
    assert again.document.course.modules[0].items[0].title == "Edited before the crash"
    assert not again.document.modified  # nothing newer to offer any more
    again.window.close()
    again.window.deleteLater()
    again.deleteLater()


def test_autosave_only_when_modified(workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.recovery import RecoveryStore

    assert not workspace.autosave()
    workspace.document.course.title = "x"
    from ui.commands import SetValueCommand

    workspace.document.push(SetValueCommand(workspace.document, workspace.document.course,
                                            "title", "Changed", "edit"))
    assert workspace.autosave()
    assert not workspace.autosave()  # nothing new since the last snapshot
    assert RecoveryStore(workspace.document.root).newer_snapshot() is not None
