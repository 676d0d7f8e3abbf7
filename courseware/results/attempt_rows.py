"""Translation between the engine's :class:`Attempt` and the attempts/answers rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from courseware.engine import AnswerRecord, Attempt, AttemptState, EssayGrade, QuestionResult

ANSWER_COLUMNS = ("recorded", "value", "certainty", "flagged", "answered_at")
GRADE_COLUMNS = ("question_type", "max_points", "fraction", "points", "graded_certainty",
                 "essay_points",
                 "essay_comment", "graded_by", "graded_at")
STATE_COLUMNS = ("position", "state", "submitted_at", "score", "max_score", "percent", "passed")

EMPTY_ANSWER: dict[str, Any] = {"recorded": False, "value": None, "certainty": None,
                                "flagged": False, "answered_at": None}
EMPTY_GRADE: dict[str, Any] = {"question_type": "", "max_points": None, "fraction": None,
                               "points": None, "graded_certainty": None, "essay_points": None,
                               "essay_comment": "", "graded_by": "", "graded_at": None}


def attempt_values(attempt: Attempt, pass_percent: float | None) -> dict[str, Any]:
    """All columns of the attempts row."""
    return {
        "id": attempt.id, "quiz_id": attempt.quiz_id, "course_id": attempt.course_id,
        "trainee_id": attempt.trainee_id, "attempt_number": attempt.attempt_number,
        "seed": attempt.seed, "started_at": attempt.started_at, "deadline": attempt.deadline,
        "presentation": presentation_of(attempt),
        **state_values(attempt, pass_percent),
    }


def presentation_of(attempt: Attempt) -> dict[str, Any]:
    """What the trainee was shown: question order and per-question option orders."""
    return {"question_ids": list(attempt.question_ids),
            "option_orders": {k: list(v) for k, v in attempt.option_orders.items()}}


def state_values(attempt: Attempt, pass_percent: float | None) -> dict[str, Any]:
    """The columns that change after creation: position, state and the attempt's result."""
    percent = attempt.percent
    graded = attempt.graded
    return {
        "position": attempt.position, "state": attempt.state.value,
        "submitted_at": attempt.submitted_at,
        "score": attempt.score, "max_score": attempt.max_score if graded else None,
        "percent": percent,
        "passed": None if percent is None or pass_percent is None else percent >= pass_percent,
    }


def answer_values(answer: AnswerRecord) -> dict[str, Any]:
    return {"recorded": True, "value": answer.value, "certainty": answer.certainty,
            "flagged": answer.flagged, "answered_at": answer.answered_at}


def grade_values(result: QuestionResult) -> dict[str, Any]:
    essay = result.essay
    return {
        "question_type": result.question_type, "max_points": result.max_points,
        "fraction": result.fraction, "points": result.points,
        "graded_certainty": result.certainty,
        "essay_points": None if essay is None else list(essay.criterion_points),
        "essay_comment": "" if essay is None else essay.comment,
        "graded_by": "" if essay is None else essay.grader_id,
        "graded_at": None if essay is None else essay.graded_at,
    }


def question_rows(attempt: Attempt, with_answers: bool) -> list[dict[str, Any]]:
    """One answers row per question that has an answer record or a result."""
    question_ids = set(attempt.results)
    if with_answers:
        question_ids |= set(attempt.answers)
    rows = []
    for question_id in sorted(question_ids):
        row: dict[str, Any] = {"attempt_id": attempt.id, "question_id": question_id}
        if with_answers:
            answer = attempt.answers.get(question_id)
            row.update(EMPTY_ANSWER if answer is None else answer_values(answer))
        result = attempt.results.get(question_id)
        row.update(EMPTY_GRADE if result is None else grade_values(result))
        rows.append(row)
    return rows


def attempt_from_rows(row: Mapping[Any, Any], answers: Iterable[Mapping[Any, Any]]) -> Attempt:
    presentation = row["presentation"] or {}
    attempt = Attempt(
        id=row["id"], quiz_id=row["quiz_id"], course_id=row["course_id"],
        trainee_id=row["trainee_id"], attempt_number=row["attempt_number"], seed=row["seed"],
        started_at=row["started_at"], deadline=row["deadline"],
        question_ids=list(presentation.get("question_ids", [])),
        option_orders={k: list(v) for k, v in presentation.get("option_orders", {}).items()},
        position=row["position"], state=AttemptState(row["state"]),
        submitted_at=row["submitted_at"],
    )
    for answer in answers:
        if answer["recorded"]:
            attempt.answers[answer["question_id"]] = answer_record_from(answer)
        if answer["max_points"] is not None:
            attempt.results[answer["question_id"]] = result_from(answer)
    return attempt


def answer_record_from(row: Mapping[Any, Any]) -> AnswerRecord:
    return AnswerRecord(value=row["value"], certainty=row["certainty"],
                        flagged=bool(row["flagged"]), answered_at=row["answered_at"])


def result_from(row: Mapping[Any, Any]) -> QuestionResult:
    essay = None
    if row["essay_points"] is not None:
        essay = EssayGrade(criterion_points=[float(p) for p in row["essay_points"]],
                           comment=row["essay_comment"], grader_id=row["graded_by"],
                           graded_at=row["graded_at"])
    return QuestionResult(question_id=row["question_id"], question_type=row["question_type"],
                          max_points=row["max_points"], fraction=row["fraction"],
                          points=row["points"], certainty=row["graded_certainty"],
                          essay=essay)
