"""A classroom on one PostgreSQL database: several trainee processes work while the console's
class view shows them live (signed in, half way, then submitted with scores).

Uses ``COURSEWARE_TEST_PG_URL`` (default: what ``.ci/postgres-setup`` creates) and skips,
saying why, when no server answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from courseware.classroom.console_session import ConsoleSession
from courseware.results import ResultsStore, Trainee
from tests.courseware.classroom.test_console_status import console_course
from ui.console.class_view import ClassView

REPO_ROOT = Path(__file__).resolve().parents[3]
PROCESSES = 6
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def start_trainees(url: str, go_on: Path) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return [subprocess.Popen(
        [sys.executable, "-m", "tests.ui.console.trainee_process", url, f"pc-{i}", str(go_on)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True) for i in range(PROCESSES)]


def statuses(view: ClassView) -> list[tuple[bool, int, bool, float | None]]:
    return [(r.signed_in, r.answered, r.finished, r.percent) for r in view.model.rows]


def test_console_follows_trainee_processes_live(qtbot, pg_store: ResultsStore,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    pg_store.rosters.add_many([Trainee(f"学员{i}", f"E{i:02}", id=f"pc-{i}")
                               for i in range(PROCESSES)])
    view = ClassView(ConsoleSession(console_course(), pg_store).class_rows, interval_s=0.1)
    qtbot.addWidget(view)
    view.start()
    qtbot.waitUntil(lambda: len(view.model.rows) == PROCESSES, timeout=10000)
    assert not any(r.signed_in for r in view.model.rows)
    go_on = tmp_path / "go-on"
    children = start_trainees(pg_store.engine.url.render_as_string(hide_password=False), go_on)
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "half"
        qtbot.waitUntil(lambda: statuses(view) == [(True, 4, False, None)] * PROCESSES,
                        timeout=10000)
        go_on.touch()
        for child in children:
            assert child.wait(timeout=60) == 0
        qtbot.waitUntil(lambda: all(r.finished and r.percent is not None
                                    for r in view.model.rows), timeout=10000)
    finally:
        view.stop()
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
            assert child.stdout is not None
            child.stdout.close()
    passed = {r.trainee_id: r.passed for r in view.model.rows}
    assert passed == {f"pc-{i}": i % 2 == 0 for i in range(PROCESSES)}
    assert "Signed in 6 of 6 · submitted 6" in view.summary.text()
