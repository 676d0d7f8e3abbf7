"""Merging an offline results file into a store, by attempt id, in one transaction.

An attempt already in the store is skipped, so importing a file twice changes nothing.

People: a trainee of the file is matched to the roster by id, else by employee id (工号), else
by name and department (entries without an employee id). A match whose name differs is a
*conflict* (the same 工号 typed for two people, or a renamed entry): nothing is imported until
the caller says how to resolve it (:class:`OnConflict`). Unknown trainees join the roster.

Attempts: only attempts of the course given, at a quiz the course has, by a trainee the file
or the roster names, are imported; the others are refused and reported. Finished attempts are
regraded from the course, so the points and the pass/fail verdict stored are the course's,
never what the file claims. If the same trainee's attempt number is taken by a different
attempt (two PCs, both offline), the imported attempt gets the next free number.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import cast

from sqlalchemy import Connection, Engine, Row, func, select, update
from sqlalchemy.exc import IntegrityError

from courseware import model as m
from courseware.engine import Attempt, QuizGrader, questions_by_id
from courseware.results.attempt_rows import attempt_values, question_rows
from courseware.results.errors import ResultsError
from courseware.results.records import Trainee
from courseware.results.results_file import ResultsPayload
from courseware.results.schema import answers_table, attempts_table, trainees_table


class OnConflict(StrEnum):
    """What to do with a file's trainee whose 工号 (or id) is a differently named person."""

    KEEP_EXISTING = "keep-existing"  # same person: attach to the roster entry, keep its name
    USE_FILE = "use-file"  # same person: attach, and correct the roster name to the file's
    NEW_PERSON = "new-person"  # another person: add them, without the 工号 that is taken
    SKIP = "skip"  # import nothing of theirs


@dataclass(frozen=True)
class Conflict:
    file_name: str
    store_name: str
    employee_id: str


class ImportConflicts(ResultsError):
    """The file names people the roster knows under other names; nothing was imported."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        lines = "\n".join(f"  {c.employee_id or '—'}: {c.file_name} ≠ {c.store_name}"
                          for c in conflicts)
        super().__init__("results_import.conflicts", count=len(conflicts), lines=lines,
                         choices="|".join(OnConflict))
        self.conflicts = conflicts


@dataclass(frozen=True)
class MergeSummary:
    attempts_added: int = 0
    attempts_skipped: int = 0
    attempts_renumbered: int = 0
    trainees_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # resolved as asked
    refused: list[str] = field(default_factory=list)  # why each refused attempt was refused


@dataclass
class Placement:
    """File trainee id → local trainee id; who was added, skipped, or in conflict."""

    local_ids: dict[str, str] = field(default_factory=dict)
    added: int = 0
    skipped: set[str] = field(default_factory=set)
    conflicts: list[Conflict] = field(default_factory=list)


def merge_results(engine: Engine, payload: ResultsPayload, course: m.Course,
                  on_conflict: OnConflict | None = None) -> MergeSummary:
    try:
        with engine.begin() as connection:
            placement = place_trainees(connection, payload.trainees, on_conflict)
            if placement.conflicts and on_conflict is None:
                raise ImportConflicts(placement.conflicts)
            return merge_attempts(connection, payload, course, placement)
    except IntegrityError as error:  # someone else wrote the same records meanwhile
        raise ResultsError("results_file.changed_meanwhile") from error


def merge_attempts(connection: Connection, payload: ResultsPayload, course: m.Course,
                   placement: Placement) -> MergeSummary:
    added = skipped = renumbered = 0
    refused: list[str] = []
    for attempt in payload.attempts:
        if attempt_exists(connection, attempt.id):
            skipped += 1
            continue
        quiz = course.find_quiz(attempt.quiz_id)
        reason = refusal(connection, attempt, course, quiz, placement)
        if reason is not None or quiz is None:
            refused.append(reason or "")
            continue
        trainee_id = placement.local_ids.get(attempt.trainee_id, attempt.trainee_id)
        graded = regraded(replace(attempt, trainee_id=trainee_id), course, quiz)
        renumbered += insert_attempt(connection, graded, quiz.settings.pass_percent)
        added += 1
    return MergeSummary(added, skipped, renumbered, placement.added, placement.conflicts,
                        refused)


# ---------------------------------------------------------------- people


def place_trainees(connection: Connection, trainees: list[Trainee],
                   on_conflict: OnConflict | None) -> Placement:
    placement = Placement()
    for trainee in trainees:
        found = matching_trainee(connection, trainee)
        if found is None:
            connection.execute(trainees_table.insert(), [asdict(trainee)])
            placement.local_ids[trainee.id] = trainee.id
            placement.added += 1
        elif same_name(found.name, trainee.name):
            placement.local_ids[trainee.id] = found.id
        else:
            placement.conflicts.append(Conflict(trainee.name, found.name,
                                                trainee.employee_id or found.employee_id or ""))
            resolve(connection, trainee, found, on_conflict, placement)
    return placement


def resolve(connection: Connection, trainee: Trainee, found: Row[tuple[str, str, str | None]],
            on_conflict: OnConflict | None, placement: Placement) -> None:
    if on_conflict is None:
        return  # reported; the caller refuses the whole file
    if on_conflict is OnConflict.SKIP:
        placement.skipped.add(trainee.id)
        return
    if on_conflict is OnConflict.NEW_PERSON:
        # keeps the file's id when free, so importing the file again finds them by it
        taken = connection.scalar(select(trainees_table.c.id)
                                  .where(trainees_table.c.id == trainee.id))
        person = replace(trainee, employee_id=None,
                         id=str(uuid.uuid4()) if taken else trainee.id)
        connection.execute(trainees_table.insert(), [asdict(person)])
        placement.local_ids[trainee.id] = person.id
        placement.added += 1
        return
    if on_conflict is OnConflict.USE_FILE:
        connection.execute(update(trainees_table).where(trainees_table.c.id == found.id)
                           .values(name=trainee.name))
    placement.local_ids[trainee.id] = found.id


def matching_trainee(connection: Connection,
                     trainee: Trainee) -> Row[tuple[str, str, str | None]] | None:
    columns = trainees_table.c
    conditions = [columns.id == trainee.id]
    if trainee.employee_id:
        conditions.append(columns.employee_id == trainee.employee_id)
    else:
        conditions.append((columns.employee_id.is_(None)) & (columns.name == trainee.name)
                          & (columns.department == trainee.department))
    for condition in conditions:
        found = connection.execute(select(columns.id, columns.name, columns.employee_id)
                                   .where(condition).limit(1)).first()
        if found is not None:
            return cast(Row[tuple[str, str, str | None]], found)
    return None


def same_name(first: str, second: str) -> bool:
    """Names equal but for width, case and spaces (“张 伟” is 张伟, “ＬＩ Ｌｅｉ” is Li Lei)."""
    def folded(name: str) -> str:
        return "".join(unicodedata.normalize("NFKC", name).casefold().split())
    return folded(first) == folded(second)


# ---------------------------------------------------------------- attempts


def refusal(connection: Connection, attempt: Attempt, course: m.Course, quiz: m.Quiz | None,
            placement: Placement) -> str | None:
    """Why the attempt cannot be placed in this course and roster (None: it can)."""
    from courseware.i18n import tr

    if attempt.course_id != course.id:
        return tr("results_import.other_course", attempt=attempt.id, course=attempt.course_id,
                  expected=course.id)
    if quiz is None or not set(attempt.question_ids) <= set(questions_by_id(course)):
        return tr("results_import.unknown_quiz", attempt=attempt.id, quiz=attempt.quiz_id)
    if attempt.trainee_id in placement.skipped:
        return tr("results_import.skipped_person", attempt=attempt.id)
    known = (attempt.trainee_id in placement.local_ids
             or connection.scalar(select(trainees_table.c.id)
                                  .where(trainees_table.c.id == attempt.trainee_id)))
    if not known:
        return tr("results_import.unknown_trainee", attempt=attempt.id,
                  trainee=attempt.trainee_id)
    return None


def regraded(attempt: Attempt, course: m.Course, quiz: m.Quiz) -> Attempt:
    """The attempt graded by the course's answer keys, never by the file's points; essays
    wait for the trainer (a grade in the file is not trusted either)."""
    graded = replace(attempt, results={})
    if attempt.state.finished:
        questions = {**questions_by_id(course), **{q.id: q for q in quiz.questions}}
        QuizGrader(questions, quiz.settings).apply(graded)
    return graded


def attempt_exists(connection: Connection, attempt_id: str) -> bool:
    query = select(attempts_table.c.id).where(attempts_table.c.id == attempt_id)
    return connection.scalar(query) is not None


def insert_attempt(connection: Connection, attempt: Attempt, pass_percent: float) -> bool:
    """Insert the attempt and its answers; True if it had to take a new attempt number."""
    number = free_attempt_number(connection, attempt, attempt.attempt_number)
    stored = replace(attempt, attempt_number=number)
    connection.execute(attempts_table.insert(), [attempt_values(stored, pass_percent)])
    rows = question_rows(stored, with_answers=True)
    if rows:
        connection.execute(answers_table.insert(), rows)
    return number != attempt.attempt_number


def free_attempt_number(connection: Connection, attempt: Attempt, wanted: int) -> int:
    columns = attempts_table.c
    mine = ((columns.course_id == attempt.course_id) & (columns.quiz_id == attempt.quiz_id)
            & (columns.trainee_id == attempt.trainee_id))
    taken = connection.scalar(select(columns.id).where(mine & (columns.attempt_number == wanted)))
    if taken is None:
        return wanted
    return int(connection.scalar(select(func.max(columns.attempt_number)).where(mine)) or 0) + 1
