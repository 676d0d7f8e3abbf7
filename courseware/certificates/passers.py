"""Who passed a course's quiz, from the attempts in the results store: one entry per trainee.

Only that course's attempts count: in a shared store another course may have a quiz of the
same id, and its passers have not passed this course.

A trainee passed when any submitted attempt is marked passed, or reached the quiz's pass mark.
Their best passing attempt gives the score and its submission day the completion date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from courseware.certificates.roster import RosterEntry

if TYPE_CHECKING:
    from courseware.results import ResultsStore


@dataclass(frozen=True)
class Passer:
    entry: RosterEntry
    completed_on: date


def quiz_passers(store: ResultsStore, course_id: str, quiz_id: str,
                 pass_percent: float) -> list[Passer]:
    best: dict[str, dict[str, Any]] = {}
    for row in _submitted_attempts(store, course_id, quiz_id):
        if not _passed(row, pass_percent):
            continue
        current = best.get(str(row["trainee_id"]))
        if current is None or (row["percent"] or 0) > (current["percent"] or 0):
            best[str(row["trainee_id"])] = dict(row)
    passers = [_passer(store, trainee_id, row) for trainee_id, row in best.items()]
    return sorted(passers, key=lambda p: (p.entry.department, p.entry.name, p.entry.trainee_id))


def _submitted_attempts(store: ResultsStore, course_id: str, quiz_id: str) -> list[Any]:
    from sqlalchemy import select

    from courseware.results.schema import AttemptRow

    table = AttemptRow.__table__
    query = (select(table.c.trainee_id, table.c.percent, table.c.passed, table.c.submitted_at)
             .where(table.c.course_id == course_id, table.c.quiz_id == quiz_id,
                    table.c.submitted_at.is_not(None),
                    table.c.trainee_id.is_not(None))
             .order_by(table.c.submitted_at))
    with store.engine.connect() as connection:
        return list(connection.execute(query).mappings())


def _passed(row: Any, pass_percent: float) -> bool:
    if row["passed"] is not None:
        return bool(row["passed"])
    return row["percent"] is not None and row["percent"] >= pass_percent


def _passer(store: ResultsStore, trainee_id: str, row: dict[str, Any]) -> Passer:
    trainee = store.rosters.get(trainee_id)
    submitted: datetime = row["submitted_at"]
    if trainee is None:
        entry = RosterEntry(name=trainee_id, score_percent=row["percent"])
    else:
        entry = RosterEntry(trainee.name, trainee.employee_id or "", trainee.department,
                            row["percent"])
    return Passer(entry, submitted.astimezone().date())
