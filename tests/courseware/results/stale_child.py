"""One of two PCs with the same attempt open (test_stale_copies starts both).

``python -m tests.courseware.results.stale_child URL ROLE ATTEMPT_ID GO_FILE``

- ``stale``: reads the attempt, says "ready", waits until GO_FILE exists (frozen meanwhile),
  then acts on its old copy: ``stale`` auto-submits (its clock is past the deadline),
  ``stale-submit`` submits in time.
- ``finisher``: answers every question correctly and submits; ``racer`` does the same but
  first says "ready" and waits for GO_FILE, racing a ``stale`` PC. If the attempt was closed
  by the other PC meanwhile, it stops there.

Each prints one JSON line: the state, percent and answers its session ends with.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path

from courseware import model as m
from courseware.engine import AttemptClosed, AttemptService, ManualClock
from courseware.results import open_store
from tests.courseware.engine.builders import choice, course_with

START = ManualClock().now()
LIMIT_MINUTES = 10


def exam() -> m.Quiz:
    return m.Quiz(id="final", title="结业考试",
                  settings=m.QuizSettings(time_limit_minutes=LIMIT_MINUTES, pass_percent=60),
                  questions=[choice(f"q{n}") for n in range(1, 4)])


def course() -> m.Course:
    return course_with(exam())


def service(store_url: str, minutes_in: float) -> tuple[AttemptService, object]:
    store = open_store(store_url)
    clock = ManualClock(START + timedelta(minutes=minutes_in))
    return AttemptService(course(), store.attempts, clock), store


def main(url: str, role: str, attempt_id: str, go_file: Path) -> None:
    late = role == "stale"
    attempts, store = service(url, LIMIT_MINUTES + 5 if late else 1)
    session = attempts.resume(attempt_id)
    if role.startswith("stale"):
        print("ready", flush=True)
        while not go_file.exists():
            time.sleep(0.01)
        if late:
            session.check_time()
        else:
            session.submit()
    else:
        if role == "racer":
            print("ready", flush=True)
            while not go_file.exists():
                time.sleep(0.001)
        try:
            for question in session.questions:
                session.answer(question.id, "a")
            session.submit()
        except AttemptClosed:  # the other PC auto-submitted first: the session shows that
            pass
    attempt = session.attempt
    print(json.dumps({"state": attempt.state.value, "percent": attempt.percent,
                      "answers": {q: a.value for q, a in attempt.answers.items()}}), flush=True)
    store.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]))
