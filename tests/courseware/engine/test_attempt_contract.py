"""The attempt data contract: JSON round trip and the in-memory repository."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from courseware.engine import (
    AnswerRecord,
    Attempt,
    AttemptConflict,
    AttemptNotFound,
    AttemptState,
    EssayGrade,
    InMemoryRepository,
    QuestionResult,
)

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def make_attempt(number: int = 1, trainee: str = "t1", attempt_id: str = "a1") -> Attempt:
    return Attempt(
        id=attempt_id, quiz_id="q", course_id="c", trainee_id=trainee, attempt_number=number,
        seed=42, started_at=START, deadline=START + timedelta(minutes=20),
        question_ids=["q2", "q1"], option_orders={"q2": ["b", "a"]},
        answers={"q2": AnswerRecord(value=["a", "b"], certainty=2, flagged=True,
                                    answered_at=START + timedelta(seconds=30))},
        results={"q1": QuestionResult("q1", "essay", 2, None, None,
                                      essay=EssayGrade([1.0], "ok", "tr", START))},
    )


def test_attempt_round_trips_through_json_text() -> None:
    attempt = make_attempt()
    text = json.dumps(attempt.to_dict(), ensure_ascii=False)
    assert Attempt.from_dict(json.loads(text)) == attempt


def test_naive_timestamps_are_refused() -> None:
    data = make_attempt().to_dict()
    data["started_at"] = "2024-03-01T09:00:00"
    with pytest.raises(ValueError):
        Attempt.from_dict(data)


def test_score_is_none_until_every_question_is_graded() -> None:
    attempt = make_attempt()
    attempt.state = AttemptState.SUBMITTED
    assert attempt.score is None  # q2 has no result, q1 is pending
    attempt.results["q2"] = QuestionResult("q2", "multiple_choice", 1, 0.5, 0.5)
    attempt.results["q1"].points = 1.5
    attempt.results["q1"].fraction = 0.75
    assert attempt.score == 2.0
    assert attempt.percent == pytest.approx(100 * 2 / 3)


def test_repository_stores_copies_and_refuses_duplicates() -> None:
    repo = InMemoryRepository()
    attempt = make_attempt()
    repo.create_attempt(attempt)
    attempt.position = 5  # not saved
    assert repo.load_attempt("a1").position == 0
    with pytest.raises(AttemptConflict):
        repo.create_attempt(make_attempt(attempt_id="other"))  # same quiz/trainee/number
    with pytest.raises(AttemptNotFound):
        repo.load_attempt("missing")


def test_repository_save_answer_and_queries() -> None:
    repo = InMemoryRepository()
    repo.create_attempt(make_attempt(1, "t2", "x"))
    repo.create_attempt(make_attempt(1, "t1", "y"))
    repo.save_answer("y", "q1", AnswerRecord(value="essay text"))
    assert repo.load_attempt("y").answers["q1"].value == "essay text"
    assert [a.id for a in repo.list_attempts("q")] == ["y", "x"]
    open_attempt = repo.find_open_attempt("q", "t1")
    assert open_attempt is not None and open_attempt.id == "y"
    open_attempt.state = AttemptState.SUBMITTED
    repo.submit(open_attempt)
    assert repo.find_open_attempt("q", "t1") is None
