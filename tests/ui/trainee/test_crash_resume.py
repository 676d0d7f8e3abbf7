"""Kill a trainee process mid-quiz (SIGKILL, no chance to clean up), start again, sign in:
the attempt resumes with its answers and its remaining time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from courseware.engine import AttemptState
from courseware.results import open_store
from tests.ui.trainee.conftest import PASSPHRASE, ZHANG
from tests.ui.trainee.helpers import open_quiz, sign_in

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_attempt_resumes_after_sigkill(qtbot, tmp_path, package, password_record,  # type: ignore[no-untyped-def]
                                       ) -> None:
    db_url = f"sqlite:///{tmp_path / 'class.db'}"
    with open_store(db_url) as store:
        store.rosters.add(ZHANG)
    record_file = tmp_path / "kiosk-password"
    record_file.write_text(password_record)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.trainee.trainee_child", str(package.path), PASSPHRASE,
         db_url, str(record_file), "3"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("ANSWERED "), (line, child.stderr.read() if child.stderr else "")
        attempt_id = line.split()[1]
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    from ui.trainee.app import build_kiosk

    with open_store(db_url) as store:
        stored = store.attempts.load_attempt(attempt_id)
        assert stored.state is AttemptState.OPEN
        answered = [q for q, record in stored.answers.items() if record.answered]
        assert len(answered) == 3
        window = build_kiosk(package, store, password_record)
        window.ask_password = lambda: None
        window.show()
        try:
            sign_in(window)
            page = open_quiz(window)
            assert page.controller.attempt_id == attempt_id
            assert all(page.controller.is_answered(q) for q in answered)
            remaining = page.controller.remaining()
            assert remaining is not None and remaining < timedelta(minutes=10)
            assert "Time left" in page.clock.text()
        finally:
            window._may_close = True
            window.close()
            window.deleteLater()
