"""Merging an offline results file into a store, by attempt id, in one transaction.

An attempt already in the store is skipped, so importing a file twice changes nothing. A
trainee is matched to the roster by id, then employee id, then name and department (for
entries without an employee id); unknown trainees join the roster. If the same trainee's
attempt number is taken by a different attempt (two PCs, both offline), the imported attempt
gets the next free number and is counted as renumbered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError

from courseware.engine import Attempt
from courseware.results.attempt_rows import attempt_values, question_rows
from courseware.results.errors import ResultsError
from courseware.results.records import Trainee
from courseware.results.results_file import ResultsPayload
from courseware.results.schema import answers_table, attempts_table, trainees_table


@dataclass(frozen=True)
class MergeSummary:
    attempts_added: int = 0
    attempts_skipped: int = 0
    attempts_renumbered: int = 0
    trainees_added: int = 0


def merge_results(engine: Engine, payload: ResultsPayload) -> MergeSummary:
    try:
        with engine.begin() as connection:
            local_ids, trainees_added = merge_trainees(connection, payload.trainees)
            added = skipped = renumbered = 0
            for attempt in payload.attempts:
                if attempt_exists(connection, attempt.id):
                    skipped += 1
                    continue
                moved = insert_attempt(connection, attempt, local_ids,
                                       payload.passed.get(attempt.id))
                added += 1
                renumbered += moved
    except IntegrityError as error:  # someone else wrote the same records meanwhile
        raise ResultsError("results_file.changed_meanwhile") from error
    return MergeSummary(added, skipped, renumbered, trainees_added)


def merge_trainees(connection: Connection,
                   trainees: list[Trainee]) -> tuple[dict[str, str], int]:
    """File trainee id → local trainee id, and how many trainees were added."""
    local_ids: dict[str, str] = {}
    added = 0
    for trainee in trainees:
        local = matching_trainee(connection, trainee)
        if local is None:
            connection.execute(trainees_table.insert(), [asdict(trainee)])
            local, added = trainee.id, added + 1
        local_ids[trainee.id] = local
    return local_ids, added


def matching_trainee(connection: Connection, trainee: Trainee) -> str | None:
    columns = trainees_table.c
    conditions = [columns.id == trainee.id]
    if trainee.employee_id:
        conditions.append(columns.employee_id == trainee.employee_id)
    else:
        conditions.append((columns.employee_id.is_(None)) & (columns.name == trainee.name)
                          & (columns.department == trainee.department))
    for condition in conditions:
        found = connection.scalar(select(columns.id).where(condition).limit(1))
        if found is not None:
            return str(found)
    return None


def attempt_exists(connection: Connection, attempt_id: str) -> bool:
    query = select(attempts_table.c.id).where(attempts_table.c.id == attempt_id)
    return connection.scalar(query) is not None


def insert_attempt(connection: Connection, attempt: Attempt, local_ids: dict[str, str],
                   passed: bool | None) -> bool:
    """Insert the attempt and its answers; True if it had to take a new attempt number."""
    trainee_id = local_ids.get(attempt.trainee_id, attempt.trainee_id)
    number = free_attempt_number(connection, attempt.quiz_id, trainee_id,
                                 attempt.attempt_number)
    stored = replace(attempt, trainee_id=trainee_id, attempt_number=number)
    connection.execute(attempts_table.insert(),
                       [{**attempt_values(stored, None), "passed": passed}])
    rows = question_rows(stored, with_answers=True)
    if rows:
        connection.execute(answers_table.insert(), rows)
    return number != attempt.attempt_number


def free_attempt_number(connection: Connection, quiz_id: str, trainee_id: str,
                        wanted: int) -> int:
    columns = attempts_table.c
    mine = (columns.quiz_id == quiz_id) & (columns.trainee_id == trainee_id)
    taken = connection.scalar(select(columns.id).where(mine & (columns.attempt_number == wanted)))
    if taken is None:
        return wanted
    return int(connection.scalar(select(func.max(columns.attempt_number)).where(mine)) or 0) + 1
