"""The console's essay grading queue and grading through the engine."""

from __future__ import annotations

import pytest

from courseware.engine import AttemptService, ManualClock
from courseware.results import ResultsStore
from tests.courseware.classroom.test_console_status import (
    RIGHT,
    class_store,
    clock,
    session_for,
    take_quiz,
)

__all__ = ["class_store", "clock"]  # fixtures


def test_queue_lists_ungraded_essays_with_rubric(class_store: ResultsStore,
                                                 clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", {**RIGHT, "q6": "先倾听，再回应。"})
    take_quiz(service, "t2", {**RIGHT, "q6": "认同情绪"}, submit=False)  # still writing
    take_quiz(service, "t3", RIGHT)  # empty essay: scored 0 at once, nothing to grade
    [task] = console.essays_to_grade()
    assert (task.trainee_name, task.question_id, task.text) == ("张三", "q6", "先倾听，再回应。")
    assert [(c.text, c.max_points) for c in task.criteria] == [("要点一", 1.0), ("要点二", 1.0)]
    assert task.prompt == "简述"


def test_grading_completes_the_score_and_empties_the_queue(class_store: ResultsStore,
                                                           clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", {**RIGHT, "q6": "先倾听，再回应。"})
    [task] = console.essays_to_grade()
    console.grade(task, [1, 0.5], "要点二不完整")
    assert console.essays_to_grade() == []
    row = next(r for r in console.class_rows() if r.trainee_id == "t1")
    assert row.percent == pytest.approx(100 * 8.5 / 9) and row.passed is True
    attempt = class_store.attempts.load_attempt(task.attempt_id)
    essay = attempt.results["q6"].essay
    assert essay is not None and essay.comment == "要点二不完整"
