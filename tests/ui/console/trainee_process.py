"""One classroom PC for the console's live test (no Qt): a trainee takes the quiz.

``python -m tests.ui.console.trainee_process URL TRAINEE_ID GO_ON_FILE``: starts the quiz,
answers the first half, says ``half``, waits until GO_ON_FILE exists, answers the rest, submits
and says ``done``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from courseware.engine import AttemptService
from courseware.results import open_store
from tests.courseware.classroom.test_console_status import RIGHT, WRONG, console_course

HALF = 4


def main(url: str, trainee_id: str, go_on: Path) -> None:
    course = console_course()
    quiz = course.modules[0].quizzes[0]
    answers = RIGHT if int(trainee_id.rsplit("-", 1)[1]) % 2 == 0 else WRONG
    with open_store(url, pass_marks=lambda _quiz_id: quiz.settings.pass_percent) as store:
        session = AttemptService(course, store.attempts).start(quiz, trainee_id, seed=5)
        order = [qid for qid in session.attempt.question_ids if qid in answers]
        for question_id in order[:HALF]:
            session.answer(question_id, answers[question_id])
        print("half", flush=True)
        while not go_on.exists():
            time.sleep(0.02)
        for question_id in order[HALF:]:
            session.answer(question_id, answers[question_id])
        session.submit()
        print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
