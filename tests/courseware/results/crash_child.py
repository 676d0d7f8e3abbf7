"""A trainee's PC that is killed mid-attempt: run by test_crash_resume in a child process.

``python -m tests.courseware.results.crash_child URL MODE``: starts the m1-quiz attempt of the
bundled course on a manual clock and answers questions, printing ``saved QUESTION VALUE`` after
each save returns. MODE ``five`` answers five questions, prints ``ready`` and waits to be
killed; MODE ``forever`` keeps answering (new values each round) until it is killed.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from itertools import count

from courseware.engine import ManualClock
from courseware.engine.service import AttemptService
from courseware.format import load_course
from courseware.results import open_store
from tests.conftest import BUNDLED_COURSE
from tests.courseware.results.results_testing import START

QUIZ_ID = "m1-quiz"
TRAINEE_ID = "trainee-crash"
SECONDS_PER_ANSWER = 0.01


def main(url: str, mode: str) -> None:
    course = load_course(BUNDLED_COURSE).course
    assert course is not None
    quiz = course.find_quiz(QUIZ_ID)
    assert quiz is not None
    clock = ManualClock(START)
    store = open_store(url)
    session = AttemptService(course, store.attempts, clock).start(quiz, TRAINEE_ID, seed=7)
    print("attempt", session.attempt.id, flush=True)
    question_ids = session.attempt.question_ids
    for number in count():
        question_id = question_ids[number % len(question_ids)]
        clock.advance(timedelta(seconds=SECONDS_PER_ANSWER).total_seconds())
        session.answer(question_id, f"v{number}")
        print("saved", question_id, f"v{number}", flush=True)
        if mode == "five" and number == 4:
            print("ready", flush=True)
            time.sleep(600)  # killed long before this


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
