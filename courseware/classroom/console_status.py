"""The trainer console's class view: one row per trainee from the roster and the attempts.

Pure Python: the console's Qt model only shows these rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from courseware import model as m
from courseware.engine import Attempt, passed
from courseware.results.records import Trainee


@dataclass(frozen=True)
class TraineeStatus:
    """Where one trainee is: their latest attempt, its progress and its score."""

    trainee_id: str
    name: str
    employee_id: str
    department: str
    signed_in: bool  # has started at least one attempt
    quiz_id: str = ""
    quiz_title: str = ""
    page: int = 0  # 1-based page being shown; 0 when not signed in
    answered: int = 0
    question_count: int = 0
    finished: bool = False
    percent: float | None = None  # None until submitted and fully graded
    passed: bool | None = None
    awaiting_grading: bool = False


def latest_attempts(attempts: Iterable[Attempt]) -> dict[str, Attempt]:
    """Trainee id → the attempt they started last (the one they are on)."""
    latest: dict[str, Attempt] = {}
    for attempt in attempts:
        current = latest.get(attempt.trainee_id)
        if current is None or attempt.started_at >= current.started_at:
            latest[attempt.trainee_id] = attempt
    return latest


def class_status(trainees: Sequence[Trainee], attempts: Iterable[Attempt],
                 quizzes: Mapping[str, m.Quiz]) -> list[TraineeStatus]:
    """Every roster trainee (and anyone with attempts but not on the roster), by name."""
    latest = latest_attempts(attempts)
    known = {t.id: t for t in trainees}
    for trainee_id in latest.keys() - known.keys():
        known[trainee_id] = Trainee(name=trainee_id, id=trainee_id)
    rows = [_row(t, latest.get(t.id), quizzes) for t in known.values()]
    return sorted(rows, key=lambda r: (r.department, r.name, r.employee_id))


def _row(trainee: Trainee, attempt: Attempt | None,
         quizzes: Mapping[str, m.Quiz]) -> TraineeStatus:
    row = TraineeStatus(trainee.id, trainee.name, trainee.employee_id or "",
                        trainee.department, signed_in=attempt is not None)
    if attempt is None:
        return row
    finished = attempt.state.finished
    quiz = quizzes.get(attempt.quiz_id)
    percent = attempt.percent if finished else None
    return replace(
        row, quiz_id=attempt.quiz_id, quiz_title=quiz.title if quiz else attempt.quiz_id,
        page=attempt.position + 1, answered=answered_count(attempt),
        question_count=len(attempt.question_ids), finished=finished, percent=percent,
        passed=passed(percent, quiz.settings) if quiz else None,
        awaiting_grading=finished and not attempt.graded)


def answered_count(attempt: Attempt) -> int:
    return sum(1 for qid in attempt.question_ids
               if qid in attempt.answers and attempt.answers[qid].answered)


def summary_counts(rows: Sequence[TraineeStatus]) -> tuple[int, int, int]:
    """(signed in, finished, total) for the status line."""
    return (sum(r.signed_in for r in rows), sum(r.finished for r in rows), len(rows))
