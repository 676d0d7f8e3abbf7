"""Where a trainee is now: the latest thing they did, reading or in a quiz.

The lesson or case study they opened last (by ``last_read_at``) or the quiz of their latest
attempt (its latest answer, else its start; its submission once submitted), whichever is more
recent. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from courseware import model as m
from courseware.engine import Attempt
from courseware.results.progress import ReadingRecord


class Activity(StrEnum):
    READING = "reading"
    QUIZ = "quiz"  # in an attempt not yet submitted
    SUBMITTED = "submitted"


@dataclass(frozen=True)
class Whereabouts:
    activity: Activity
    item_id: str
    title: str
    at: datetime
    order: int  # the item's place in the course, for sorting; items not in it come last
    page: int = 0  # 1-based page of a quiz; 0 while reading
    one_question_per_page: bool = True


class CourseIndex:
    """Each item's title and place in the course, the introduction first, the final exam last."""

    def __init__(self, course: m.Course) -> None:
        items: list[m.ModuleItem] = [course.introduction] if course.introduction else []
        items += [item for module in course.modules for item in module.items]
        items += [course.final_exam] if course.final_exam else []
        self._items = {item.id: (place, item) for place, item in enumerate(items)}

    def title(self, item_id: str) -> str:
        found = self._items.get(item_id)
        return (found[1].title or item_id) if found else item_id

    def order(self, item_id: str) -> int:
        found = self._items.get(item_id)
        return found[0] if found else len(self._items)

    def quiz(self, quiz_id: str) -> m.Quiz | None:
        found = self._items.get(quiz_id)
        return found[1] if found and isinstance(found[1], m.Quiz) else None


def latest_reads(records: Iterable[ReadingRecord]) -> dict[str, ReadingRecord]:
    """Trainee id → the record of the item they opened last."""
    latest: dict[str, ReadingRecord] = {}
    for record in records:
        current = latest.get(record.trainee_id)
        if current is None or record.last_read_at > current.last_read_at:
            latest[record.trainee_id] = record
    return latest


def where_now(attempt: Attempt | None, last_read: ReadingRecord | None,
              course: CourseIndex) -> Whereabouts | None:
    """The more recent of the latest attempt and the latest reading; on a tie, the quiz."""
    candidates = [where for where in (_in_quiz(attempt, course), _reading(last_read, course))
                  if where is not None]
    return max(candidates, key=lambda where: where.at, default=None)


def attempt_activity_at(attempt: Attempt) -> datetime:
    """When the trainee last did something in the attempt."""
    if attempt.state.finished and attempt.submitted_at is not None:
        return attempt.submitted_at
    answered = [a.answered_at for a in attempt.answers.values() if a.answered_at is not None]
    return max([attempt.started_at, *answered])


def _in_quiz(attempt: Attempt | None, course: CourseIndex) -> Whereabouts | None:
    if attempt is None:
        return None
    quiz = course.quiz(attempt.quiz_id)
    activity = Activity.SUBMITTED if attempt.state.finished else Activity.QUIZ
    return Whereabouts(activity, attempt.quiz_id, course.title(attempt.quiz_id),
                       attempt_activity_at(attempt), course.order(attempt.quiz_id),
                       page=attempt.position + 1,
                       one_question_per_page=quiz is None or quiz.settings.questions_per_page == 1)


def _reading(record: ReadingRecord | None, course: CourseIndex) -> Whereabouts | None:
    if record is None:
        return None
    return Whereabouts(Activity.READING, record.item_id, course.title(record.item_id),
                       record.last_read_at, course.order(record.item_id))
