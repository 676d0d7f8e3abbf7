"""The engine's AttemptRepository protocol on SQL: round trips, durability per call, conflicts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from courseware.engine import (
    AnswerRecord,
    AttemptConflict,
    AttemptNotFound,
    AttemptRepository,
    AttemptState,
    EssayGrade,
    QuestionResult,
)
from courseware.results import ResultsStore, open_store
from tests.courseware.results.results_testing import START, answer, grade_all, make_attempt

ANSWER_VALUES: dict[str, object] = {
    "single": "b",
    "multiple": ["a", "c"],
    "true_false": False,
    "fill": ["信任", "  Trust "],
    "matching": {"能力": "competence", "善意": "benevolence"},
    "ordering": ["倾听", "确认", "回应"],
    "essay": "客户至上。\n第二段",
    "scenario": [0, 2, 1],
}


def test_store_satisfies_the_engine_protocol(store: ResultsStore) -> None:
    repository: AttemptRepository = store.attempts
    assert repository is store.attempts


def test_created_attempt_loads_back_equal(store: ResultsStore) -> None:
    attempt = make_attempt()
    store.attempts.create_attempt(attempt)
    assert store.attempts.load_attempt(attempt.id) == attempt


@pytest.mark.parametrize("kind", sorted(ANSWER_VALUES))
def test_every_answer_shape_round_trips(store: ResultsStore, kind: str) -> None:
    attempt = make_attempt()
    store.attempts.create_attempt(attempt)
    record = answer(ANSWER_VALUES[kind], certainty=2, flagged=True)
    store.attempts.save_answer(attempt.id, "q1", record)
    assert store.attempts.load_attempt(attempt.id).answers == {"q1": record}


def test_each_answer_is_committed_when_save_returns(store_url: str) -> None:
    attempt = make_attempt()
    with open_store(store_url) as writer, open_store(store_url) as reader:
        writer.attempts.create_attempt(attempt)
        for index, question_id in enumerate(attempt.question_ids):
            writer.attempts.save_answer(attempt.id, question_id, answer(index))
            seen = reader.attempts.load_attempt(attempt.id).answers
            assert seen[question_id].value == index
            assert len(seen) == index + 1


def test_answering_again_replaces_the_answer(store: ResultsStore) -> None:
    attempt = make_attempt()
    store.attempts.create_attempt(attempt)
    store.attempts.save_answer(attempt.id, "q1", answer("a"))
    store.attempts.save_answer(attempt.id, "q1", answer(None, flagged=True))
    assert store.attempts.load_attempt(attempt.id).answers == {"q1": answer(None, flagged=True)}


def test_save_answer_for_unknown_attempt_raises_not_found(store: ResultsStore) -> None:
    with pytest.raises(AttemptNotFound):
        store.attempts.save_answer("no-such-attempt", "q1", answer("a"))


def test_load_unknown_attempt_raises_not_found(store: ResultsStore) -> None:
    with pytest.raises(AttemptNotFound):
        store.attempts.load_attempt("no-such-attempt")


def test_same_id_or_same_trainee_attempt_number_conflicts(store: ResultsStore) -> None:
    first = make_attempt()
    store.attempts.create_attempt(first)
    with pytest.raises(AttemptConflict):
        store.attempts.create_attempt(first)
    with pytest.raises(AttemptConflict):
        store.attempts.create_attempt(make_attempt(number=1))
    store.attempts.create_attempt(make_attempt(number=2))


def test_save_state_keeps_answers_and_stores_position(store: ResultsStore) -> None:
    attempt = make_attempt()
    store.attempts.create_attempt(attempt)
    store.attempts.save_answer(attempt.id, "q2", answer("a"))
    attempt.position = 3
    store.attempts.save_state(attempt)  # attempt.answers is empty here: answers must stay
    loaded = store.attempts.load_attempt(attempt.id)
    assert loaded.position == 3
    assert loaded.answers == {"q2": answer("a")}


def test_submit_stores_answers_results_and_scores(store: ResultsStore) -> None:
    attempt = make_attempt(questions=3)
    store.attempts.create_attempt(attempt)
    attempt.answers = {"q1": answer("a"), "q3": answer("c", certainty=3)}
    grade_all(attempt, points=1.0)
    attempt.results["q2"] = QuestionResult("q2", "single_choice", 1.0, 0.0, 0.0)
    attempt.state = AttemptState.SUBMITTED
    attempt.submitted_at = START + timedelta(minutes=5)
    store.attempts.submit(attempt)
    loaded = store.attempts.load_attempt(attempt.id)
    assert loaded == attempt
    assert loaded.score == 2.0 and loaded.percent == pytest.approx(200 / 3)


def test_essay_grade_and_regrade_are_saved(store: ResultsStore) -> None:
    attempt = make_attempt(questions=1)
    store.attempts.create_attempt(attempt)
    attempt.answers = {"q1": answer("我的回答")}
    attempt.results = {"q1": QuestionResult("q1", "essay", 4.0, None, None)}
    attempt.state = AttemptState.SUBMITTED
    attempt.submitted_at = START
    store.attempts.submit(attempt)
    assert store.attempts.load_attempt(attempt.id).results["q1"].pending
    grade = EssayGrade([1.0, 2.0], comment="结构清楚", grader_id="trainer", graded_at=START)
    attempt.results = {"q1": QuestionResult("q1", "essay", 4.0, 0.75, 3.0, essay=grade)}
    store.attempts.save_state(attempt)
    loaded = store.attempts.load_attempt(attempt.id)
    assert loaded.results == attempt.results
    assert loaded.answers == attempt.answers


def test_find_open_and_list_attempts(store: ResultsStore) -> None:
    done = make_attempt("t1", number=1)
    done.state = AttemptState.AUTO_SUBMITTED
    done.submitted_at = START
    store.attempts.create_attempt(done)
    open_one = make_attempt("t1", number=2)
    other = make_attempt("t0", number=1)
    store.attempts.create_attempt(open_one)
    store.attempts.create_attempt(other)
    store.attempts.create_attempt(make_attempt("t1", quiz_id="other-quiz"))
    assert store.attempts.find_open_attempt("m1-quiz", "t1") == open_one
    assert store.attempts.find_open_attempt("m1-quiz", "nobody") is None
    listed = store.attempts.list_attempts("m1-quiz")
    assert [(a.trainee_id, a.attempt_number) for a in listed] == [("t0", 1), ("t1", 1), ("t1", 2)]
    assert [a.id for a in store.attempts.list_attempts("m1-quiz", "t1")] == [done.id, open_one.id]


def test_pass_marks_decide_passed(store_url: str) -> None:
    with open_store(store_url, pass_marks={"m1-quiz": 80.0}.get) as store:
        attempt = make_attempt(questions=2)
        store.attempts.create_attempt(attempt)
        grade_all(attempt, 1.0)
        attempt.state = AttemptState.SUBMITTED
        attempt.submitted_at = START
        attempt.answers = {"q1": AnswerRecord("a")}
        store.attempts.submit(attempt)
        with store.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT passed, percent FROM attempts").one()
        assert bool(row[0]) is True and row[1] == 100.0
