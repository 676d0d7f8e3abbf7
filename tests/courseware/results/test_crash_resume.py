"""A real process is SIGKILLed mid-attempt; a new process resumes it with every given answer
and the remaining time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from courseware.engine import ManualClock
from courseware.engine.service import AttemptService
from courseware.format import load_course
from courseware.results import open_store
from courseware.results.database import sqlite_url
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.courseware.results.crash_child import QUIZ_ID, TRAINEE_ID
from tests.courseware.results.results_testing import START

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def start_child(url: str, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.courseware.results.crash_child", url, mode],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True)


def read_until(child: subprocess.Popen[str], stop: int | str) -> list[tuple[str, str]]:
    """The (question, value) pairs the child reported saved, up to a line or a count."""
    assert child.stdout is not None
    saved: list[tuple[str, str]] = []
    for line in child.stdout:
        words = line.split()
        if words[0] == "saved":
            saved.append((words[1], words[2]))
        if words[0] == stop or len(saved) == stop:
            return saved
    raise AssertionError(f"child ended early with code {child.wait()}")


def kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    assert child.stdout is not None
    child.stdout.close()


def resume(url: str, minutes_later: float) -> tuple[dict[str, object], timedelta | None,
                                                    timedelta | None]:
    course = load_course(BUNDLED_COURSE).course
    assert course is not None
    quiz = course.find_quiz(QUIZ_ID)
    assert quiz is not None
    clock = ManualClock(START + timedelta(minutes=minutes_later))
    with open_store(url) as store:
        session = AttemptService(course, store.attempts, clock).open_session(quiz, TRAINEE_ID)
        assert session is not None, "the killed attempt must still be open"
        deadline = session.attempt.deadline
        assert deadline is not None
        answers: dict[str, object] = {q: record.value
                                      for q, record in session.attempt.answers.items()}
        return answers, session.remaining(), deadline - clock.now()


def test_killed_attempt_resumes_with_its_answers_and_remaining_time(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "pc.sqlite3")
    child = start_child(url, "five")
    try:
        saved = read_until(child, "ready")
    finally:
        kill(child)
    answers, remaining, expected = resume(url, minutes_later=7)
    assert answers == dict(saved)
    assert len(answers) == 5
    assert remaining == expected == timedelta(minutes=20 - 7)


def test_kill_while_answering_loses_nothing_reported(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "pc.sqlite3")
    child = start_child(url, "forever")
    try:
        saved = read_until(child, 60)
    finally:
        kill(child)
    answers, remaining, expected = resume(url, minutes_later=1)
    last_reported = dict(saved)
    for question_id, value in last_reported.items():
        # the stored answer is the one reported, or a later one saved just before the kill
        assert int(str(answers[question_id])[1:]) >= int(value[1:])
    assert remaining == expected == timedelta(minutes=19)
