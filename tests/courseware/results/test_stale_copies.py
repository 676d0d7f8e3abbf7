"""Two real processes with one attempt open (a frozen PC, or a trainee signed in twice).

PC B answers 3/3 and submits; then PC A, frozen since it read the attempt, wakes up and
auto-submits at the deadline (or submits). Before the fix the store ended ``auto_submitted``
with 0 % and B's answers deleted. Now both PCs end with one consistent result: B's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from courseware.engine import AttemptService
from courseware.results import open_store
from tests.conftest import REPO_ROOT
from tests.courseware.results.stale_child import START, course, exam

ALL_RIGHT = {"q1": "a", "q2": "a", "q3": "a"}


def child(url: str, role: str, attempt_id: str, go_file: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.courseware.results.stale_child", url, role, attempt_id,
         str(go_file)], cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True)


def last_json(process: subprocess.Popen[str]) -> dict[str, Any]:
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 0, output
    return dict(json.loads(output.strip().splitlines()[-1]))


def start_attempt(url: str) -> str:
    from courseware.engine import ManualClock

    with open_store(url) as store:
        service = AttemptService(course(), store.attempts, ManualClock(START))
        return service.start(exam(), "t1").attempt.id


@pytest.mark.parametrize("stale_role", ["stale", "stale-submit"])
def test_a_stale_copy_never_overwrites_the_finished_attempt(store_url: str, tmp_path: Path,
                                                           stale_role: str) -> None:
    attempt_id = start_attempt(store_url)
    go_file = tmp_path / "go"
    stale = child(store_url, stale_role, attempt_id, go_file)
    assert stale.stdout is not None
    assert stale.stdout.readline().strip() == "ready"  # A holds its copy: no answers yet
    finisher = last_json(child(store_url, "finisher", attempt_id, go_file))
    go_file.touch()  # A wakes up
    seen_by_a = last_json(stale)
    assert finisher == {"state": "submitted", "percent": 100.0, "answers": ALL_RIGHT}
    assert seen_by_a == finisher  # A shows the stored result, it did not make its own
    with open_store(store_url) as store:
        stored = store.attempts.load_attempt(attempt_id)
    assert (stored.state.value, stored.percent) == ("submitted", 100.0)
    assert {q: a.value for q, a in stored.answers.items()} == ALL_RIGHT


def test_a_stale_copy_submitting_is_graded_on_every_saved_answer(store_url: str,
                                                                 tmp_path: Path) -> None:
    """A submits while B's answers are saved but B has not submitted: A's grade counts them."""
    attempt_id = start_attempt(store_url)
    with open_store(store_url) as store:
        # B (this process) answers without submitting, after A read the attempt
        go_file = tmp_path / "go"
        stale = child(store_url, "stale-submit", attempt_id, go_file)
        assert stale.stdout is not None
        assert stale.stdout.readline().strip() == "ready"
        for question_id, value in ALL_RIGHT.items():
            store.attempts.save_answer(attempt_id, question_id, _answer(value))
        go_file.touch()
        seen_by_a = last_json(stale)
        stored = store.attempts.load_attempt(attempt_id)
    assert seen_by_a == {"state": "submitted", "percent": 100.0, "answers": ALL_RIGHT}
    assert stored.percent == 100.0
    assert {q: a.value for q, a in stored.answers.items()} == ALL_RIGHT


def _answer(value: str) -> Any:
    from courseware.engine import AnswerRecord

    return AnswerRecord(value=value, answered_at=START)


@pytest.mark.parametrize("round_number", [1, 2])
def test_racing_pcs_end_with_one_consistent_result(store_url: str, tmp_path: Path,
                                                   round_number: int) -> None:
    """A auto-submits at the deadline while B answers and submits, at the same moment."""
    attempt_id = start_attempt(store_url)
    go_file = tmp_path / "go"
    racers = [child(store_url, role, attempt_id, go_file) for role in ("stale", "racer")]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline().strip() == "ready"
    go_file.touch()
    seen = [last_json(racer) for racer in racers]
    with open_store(store_url) as store:
        stored = store.attempts.load_attempt(attempt_id)
    result = {"state": stored.state.value, "percent": stored.percent,
              "answers": {q: a.value for q, a in stored.answers.items()}}
    assert seen == [result, result]  # both PCs show what is stored
    assert stored.state.finished
    # graded on exactly the answers stored (each one is right)
    assert stored.percent == pytest.approx(100 * len(stored.answers) / 3)
