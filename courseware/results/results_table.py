"""The results as two tables, ready for a spreadsheet: one row per attempt, one per question.

Headers and values (states, yes/no) are in the user's language; times are local wall-clock
times, as a trainer reading the sheet expects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from courseware.engine import Attempt
from courseware.i18n import tr
from courseware.results.records import Trainee

ATTEMPT_COLUMNS = ("attempt_id", "employee_id", "name", "department", "course_id", "quiz_id",
                   "attempt_number", "state", "started_at", "submitted_at", "minutes",
                   "score", "max_score", "percent", "passed")
QUESTION_COLUMNS = ("attempt_id", "employee_id", "name", "quiz_id", "attempt_number",
                    "position", "question_id", "question_type", "answer", "certainty",
                    "flagged", "answered_at", "points", "max_points", "essay_comment",
                    "graded_by")

Cell = str | int | float | bool | datetime | None


@dataclass(frozen=True)
class Table:
    key: str  # "attempts" or "questions"
    columns: tuple[str, ...]
    rows: list[list[Cell]]

    @property
    def title(self) -> str:
        return tr(f"export.sheet.{self.key}")

    @property
    def headers(self) -> list[str]:
        return [tr(f"export.col.{column}") for column in self.columns]


def results_tables(attempts: Iterable[Attempt], trainees: Iterable[Trainee],
                   passed: dict[str, bool | None] | None = None) -> tuple[Table, Table]:
    """(attempts table, questions table). ``passed``: attempt id → stored verdict."""
    people = {trainee.id: trainee for trainee in trainees}
    verdicts = passed or {}
    attempt_rows: list[list[Cell]] = []
    question_rows: list[list[Cell]] = []
    for attempt in attempts:
        person = people.get(attempt.trainee_id)
        attempt_rows.append(attempt_row(attempt, person, verdicts.get(attempt.id)))
        question_rows.extend(question_rows_of(attempt, person))
    return (Table("attempts", ATTEMPT_COLUMNS, attempt_rows),
            Table("questions", QUESTION_COLUMNS, question_rows))


def attempt_row(attempt: Attempt, person: Trainee | None, passed: bool | None) -> list[Cell]:
    minutes = None
    if attempt.submitted_at is not None:
        minutes = round((attempt.submitted_at - attempt.started_at).total_seconds() / 60, 1)
    percent = attempt.percent
    return [attempt.id, *who(attempt, person), person.department if person else "",
            attempt.course_id, attempt.quiz_id, attempt.attempt_number,
            tr(f"export.state.{attempt.state.value}"), local(attempt.started_at),
            local(attempt.submitted_at), minutes, attempt.score,
            attempt.max_score if attempt.graded else None,
            None if percent is None else round(percent, 2), yes_no(passed)]


def question_rows_of(attempt: Attempt, person: Trainee | None) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for position, question_id in enumerate(attempt.question_ids, start=1):
        record = attempt.answers.get(question_id)
        result = attempt.results.get(question_id)
        essay = result.essay if result else None
        rows.append([
            attempt.id, *who(attempt, person), attempt.quiz_id, attempt.attempt_number,
            position, question_id, result.question_type if result else "",
            answer_text(record.value if record else None),
            record.certainty if record else None,
            yes_no(record.flagged) if record and record.flagged else "",
            local(record.answered_at) if record else None,
            result.points if result else None, result.max_points if result else None,
            essay.comment if essay else "", essay.grader_id if essay else "",
        ])
    return rows


def who(attempt: Attempt, person: Trainee | None) -> tuple[str, str]:
    """(employee id, name); the engine's trainee id stands in for someone not on the roster."""
    if person is None:
        return "", attempt.trainee_id
    return person.employee_id or "", person.name


def answer_text(value: object) -> str:
    """An answer as readable text: plain strings as they are, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def local(moment: datetime | None) -> datetime | None:
    """Local wall-clock time without a zone (spreadsheets have none), to the second."""
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return tr("export.yes") if value else tr("export.no")
