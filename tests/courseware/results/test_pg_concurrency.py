"""30 trainee processes answer at once against one PostgreSQL database: nothing is lost or
duplicated, and exactly one of them wins the race for the same attempt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from courseware.results import open_store
from courseware.results.schema import answers_table, attempts_table, trainees_table
from tests.conftest import REPO_ROOT
from tests.courseware.results.trainee_child import (
    QUESTIONS,
    SHARED_TRAINEE,
    final_value,
    flagged,
)

PROCESSES = 30
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def start_children(url: str, go_file: Path) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return [subprocess.Popen(
        [sys.executable, "-m", "tests.courseware.results.trainee_child", url, str(i),
         str(go_file)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for i in range(PROCESSES)]


def wait_for_line(child: subprocess.Popen[str], wanted: str) -> list[str]:
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == wanted:
            return lines
    raise AssertionError(f"child ended with code {child.wait()} before {wanted!r}: {lines}")


def run_classroom(url: str, go_file: Path) -> list[str]:
    children = start_children(url, go_file)
    try:
        output = [line for child in children for line in wait_for_line(child, "ready")]
        go_file.touch()  # everyone answers at once
        for child in children:
            wait_for_line(child, "done")
            assert child.wait(timeout=120) == 0
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
            assert child.stdout is not None
            child.stdout.close()
    return output


def test_thirty_trainees_answer_at_once_nothing_lost_or_duplicated(
        pg_url: str, tmp_path: Path) -> None:
    output = run_classroom(pg_url, tmp_path / "go")
    assert output.count("shared created") == 1
    assert output.count("shared conflict") == PROCESSES - 1
    with open_store(pg_url) as store, store.engine.connect() as connection:
        count = connection.scalar
        assert count(select(func.count()).select_from(trainees_table)) == PROCESSES
        assert count(select(func.count()).select_from(attempts_table)) == PROCESSES + 1
        assert count(select(func.count()).select_from(answers_table)) == PROCESSES * QUESTIONS
        for index in range(PROCESSES):
            [attempt] = store.attempts.list_attempts("m1-quiz", f"trainee-{index}")
            assert attempt.state.value == "submitted"
            assert {q: a.value for q, a in attempt.answers.items()} == {
                f"q{n}": final_value(index, f"q{n}") for n in range(1, QUESTIONS + 1)}
            assert {q for q, a in attempt.answers.items() if a.flagged} == {
                f"q{n}" for n in range(1, QUESTIONS + 1) if flagged(f"q{n}")}
            assert attempt.score == QUESTIONS * (1.0 if index % 2 else 0.5)
        [shared] = store.attempts.list_attempts("m1-quiz", SHARED_TRAINEE)
        assert shared.answers == {}
