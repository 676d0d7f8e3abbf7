"""One classroom PC: run 30 times at once by test_pg_concurrency.

``python -m tests.courseware.results.trainee_child URL INDEX GO_FILE``: joins the roster, races
the other PCs to create the one shared attempt, creates its own attempt, waits until GO_FILE
exists, then answers every question several times (last value wins), flags some and submits.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

from courseware.engine import AttemptConflict, AttemptState
from courseware.results import Trainee, open_store
from courseware.results.attempts import SqlAttemptRepository
from tests.courseware.results.results_testing import START, answer, grade_all, make_attempt

QUESTIONS = 20
ROUNDS = 3
SHARED_TRAINEE = "shared"


def final_value(index: int, question_id: str) -> str:
    return f"t{index}-{question_id}-final"


def flagged(question_id: str) -> bool:
    return int(question_id[1:]) % 5 == 0


def main(url: str, index: int, go_file: Path) -> None:
    with open_store(url) as store:
        trainee = store.rosters.add(Trainee(name=f"学员{index}", employee_id=f"E{index:03}",
                                            id=f"trainee-{index}"))
        try:
            store.attempts.create_attempt(make_attempt(SHARED_TRAINEE, questions=1))
            print("shared created", flush=True)
        except AttemptConflict:
            print("shared conflict", flush=True)
        attempt = make_attempt(trainee.id, questions=QUESTIONS)
        store.attempts.create_attempt(attempt)
        print("ready", flush=True)
        while not go_file.exists():
            time.sleep(0.01)
        answer_everything(store.attempts, attempt.id, index)
        attempt = store.attempts.load_attempt(attempt.id)
        grade_all(attempt, points=1.0 if index % 2 else 0.5)
        attempt.state = AttemptState.SUBMITTED
        attempt.submitted_at = START + timedelta(minutes=10)
        store.attempts.submit(attempt)
        print("done", flush=True)


def answer_everything(attempts: SqlAttemptRepository, attempt_id: str, index: int) -> None:
    for round_number in range(ROUNDS):
        for number in range(1, QUESTIONS + 1):
            question_id = f"q{number}"
            last = round_number == ROUNDS - 1
            value = final_value(index, question_id) if last else f"draft{round_number}"
            attempts.save_answer(attempt_id, question_id,
                                 answer(value, flagged=last and flagged(question_id)))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
