"""Reading progress: the lessons and case studies each trainee has opened, per course.

Written the moment a trainee opens an item, so progress survives signing out, a crash or a
move to another PC on the same database. Quizzes are not recorded here: their progress is
their attempts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Engine, select

from courseware.results.schema import reading_table
from courseware.results.upsert import upsert


@dataclass(frozen=True)
class ReadingRecord:
    trainee_id: str
    item_id: str
    first_read_at: datetime
    last_read_at: datetime


class ProgressRepository:
    """The store's ``progress``: ``mark_read`` to record, the rest to read."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def mark_read(self, trainee_id: str, course_id: str, item_id: str,
                  at: datetime | None = None) -> None:
        """Record that the trainee opened the item (again: only ``last_read_at`` moves)."""
        moment = at or datetime.now(UTC)
        row = {"course_id": course_id, "trainee_id": trainee_id, "item_id": item_id,
               "first_read_at": moment, "last_read_at": moment}
        with self._engine.begin() as connection:
            upsert(connection, reading_table, [row],
                   key=("course_id", "trainee_id", "item_id"), update=("last_read_at",))

    def read_items(self, trainee_id: str, course_id: str) -> set[str]:
        """The ids of the items this trainee has opened in this course."""
        records = self.records(course_id, trainee_id)
        return {record.item_id for record in records}

    def read_by_trainee(self, course_id: str) -> dict[str, set[str]]:
        """Every trainee with reading progress in the course → the ids they have opened."""
        progress: dict[str, set[str]] = {}
        for record in self.records(course_id):
            progress.setdefault(record.trainee_id, set()).add(record.item_id)
        return progress

    def records(self, course_id: str, trainee_id: str | None = None) -> list[ReadingRecord]:
        """Everything recorded for the course (or one trainee in it), with the times."""
        condition: ColumnElement[bool] = reading_table.c.course_id == course_id
        if trainee_id is not None:
            condition = condition & (reading_table.c.trainee_id == trainee_id)
        query = (select(reading_table).where(condition)
                 .order_by(reading_table.c.trainee_id, reading_table.c.first_read_at,
                           reading_table.c.item_id))
        with self._engine.connect() as connection:
            rows = connection.execute(query).all()
        return [ReadingRecord(row.trainee_id, row.item_id, row.first_read_at, row.last_read_at)
                for row in rows]
