"""The trainer console's essay grading queue: essays in submitted attempts that wait for marks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from courseware import model as m
from courseware.engine import Attempt


@dataclass(frozen=True)
class Criterion:
    text: str
    max_points: float


@dataclass(frozen=True)
class EssayTask:
    """One essay answer to grade: who wrote what, to which prompt, against which rubric."""

    attempt_id: str
    question_id: str
    quiz_id: str
    trainee_id: str
    trainee_name: str
    prompt: str
    text: str
    criteria: tuple[Criterion, ...]
    max_points: float


def grading_queue(attempts: Iterable[Attempt], questions: Mapping[str, m.Question],
                  names: Mapping[str, str]) -> list[EssayTask]:
    """Ungraded essays of finished attempts, oldest submission first."""
    finished = sorted((a for a in attempts if a.state.finished),
                      key=lambda a: (a.submitted_at or a.started_at, a.id))
    return [task for attempt in finished
            for task in _attempt_tasks(attempt, questions, names)]


def _attempt_tasks(attempt: Attempt, questions: Mapping[str, m.Question],
                   names: Mapping[str, str]) -> list[EssayTask]:
    tasks = []
    for question_id in attempt.question_ids:
        result = attempt.results.get(question_id)
        question = questions.get(question_id)
        if result is None or not result.pending or not isinstance(question, m.EssayQuestion):
            continue
        tasks.append(essay_task(attempt, question, names.get(attempt.trainee_id, "")))
    return tasks


def essay_task(attempt: Attempt, question: m.EssayQuestion, trainee_name: str) -> EssayTask:
    value = attempt.answer_value(question.id)
    criteria = tuple(Criterion(c.criterion, float(c.points)) for c in question.rubric)
    return EssayTask(attempt.id, question.id, attempt.quiz_id, attempt.trainee_id,
                     trainee_name or attempt.trainee_id, question.prompt,
                     value if isinstance(value, str) else "", criteria,
                     float(question.points))
