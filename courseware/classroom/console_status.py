"""The trainer console's class view: one row per trainee from the roster, the attempts and the
reading progress.

Pure Python: the console's Qt model only shows these rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from courseware import model as m
from courseware.classroom.console_reading import ReadingProgress, reading_progress
from courseware.classroom.console_where import CourseIndex, Whereabouts, latest_reads, where_now
from courseware.engine import Attempt, passed
from courseware.results.progress import ReadingRecord
from courseware.results.records import Trainee


@dataclass(frozen=True)
class TraineeStatus:
    """Where one trainee is: their latest attempt, its progress and score, what they have read."""

    trainee_id: str
    name: str
    employee_id: str
    department: str
    signed_in: bool  # has started an attempt or opened a lesson or case study
    quiz_id: str = ""
    quiz_title: str = ""
    page: int = 0  # 1-based page being shown; 0 without an attempt
    answered: int = 0
    question_count: int = 0
    finished: bool = False
    percent: float | None = None  # None until submitted and fully graded
    passed: bool | None = None
    awaiting_grading: bool = False
    reading: ReadingProgress = field(default_factory=ReadingProgress)
    now: Whereabouts | None = None  # the latest thing they did

    @property
    def in_quiz(self) -> bool:
        return bool(self.quiz_id)


@dataclass(frozen=True)
class ClassActivity:
    """What the store holds for the course: the roster, every attempt, every reading record."""

    trainees: Sequence[Trainee]
    attempts: Iterable[Attempt]
    reading: Iterable[ReadingRecord] = ()


def latest_attempts(attempts: Iterable[Attempt]) -> dict[str, Attempt]:
    """Trainee id → the attempt they started last (the one they are on)."""
    latest: dict[str, Attempt] = {}
    for attempt in attempts:
        current = latest.get(attempt.trainee_id)
        if current is None or attempt.started_at >= current.started_at:
            latest[attempt.trainee_id] = attempt
    return latest


def read_by_trainee(records: Iterable[ReadingRecord]) -> dict[str, set[str]]:
    read: dict[str, set[str]] = {}
    for record in records:
        read.setdefault(record.trainee_id, set()).add(record.item_id)
    return read


def class_status(activity: ClassActivity, course: m.Course) -> list[TraineeStatus]:
    """Every roster trainee (and anyone with attempts or reading but not on it), by name."""
    records = list(activity.reading)
    latest, read, last_read = (latest_attempts(activity.attempts), read_by_trainee(records),
                               latest_reads(records))
    known = {t.id: t for t in activity.trainees}
    for trainee_id in (latest.keys() | read.keys()) - known.keys():
        known[trainee_id] = Trainee(name=trainee_id, id=trainee_id)
    index = CourseIndex(course)
    rows = [replace(_row(t, latest.get(t.id), index), signed_in=t.id in latest or t.id in read,
                    reading=reading_progress(course, read.get(t.id, ())),
                    now=where_now(latest.get(t.id), last_read.get(t.id), index))
            for t in known.values()]
    return sorted(rows, key=lambda r: (r.department, r.name, r.employee_id))


def _row(trainee: Trainee, attempt: Attempt | None, course: CourseIndex) -> TraineeStatus:
    row = TraineeStatus(trainee.id, trainee.name, trainee.employee_id or "",
                        trainee.department, signed_in=attempt is not None)
    if attempt is None:
        return row
    finished = attempt.state.finished
    quiz = course.quiz(attempt.quiz_id)
    percent = attempt.percent if finished else None
    return replace(
        row, quiz_id=attempt.quiz_id, quiz_title=course.title(attempt.quiz_id),
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
