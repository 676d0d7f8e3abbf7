"""answer_save_p95_ms (issue 4): one answer saved with a durable commit, SQLite store.

The embedded store as a classroom PC uses it: a SQLite file in WAL mode with
``synchronous=FULL``, every ``save_answer`` its own committed transaction.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from courseware.engine import AnswerRecord, Attempt
from courseware.results import open_store
from courseware.results.database import sqlite_url

ANSWERS = 400
QUESTIONS = 40


def _attempt() -> Attempt:
    started = datetime.now(UTC)
    return Attempt(id=str(uuid.uuid4()), quiz_id="bench-quiz", course_id="bench",
                   trainee_id="bench-trainee", attempt_number=1, seed=1, started_at=started,
                   deadline=started + timedelta(minutes=30),
                   question_ids=[f"q{i}" for i in range(QUESTIONS)])


def answer_save_times_ms(folder: Path) -> list[float]:
    with open_store(sqlite_url(folder / "bench.sqlite3")) as store:
        attempt = _attempt()
        store.attempts.create_attempt(attempt)
        times = []
        for number in range(ANSWERS):
            record = AnswerRecord(value=["a", f"choice {number}"], certainty=2,
                                  answered_at=datetime.now(UTC))
            started = time.perf_counter()
            store.attempts.save_answer(attempt.id, f"q{number % QUESTIONS}", record)
            times.append((time.perf_counter() - started) * 1000)
        return times


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        times = answer_save_times_ms(Path(folder))
    p95 = statistics.quantiles(times, n=20)[-1]
    return {"answer_save_p95_ms": round(p95, 2)}
