"""Two sessions on one attempt (in memory): the stale one never overwrites the finished result.

The two-process versions on SQLite and PostgreSQL are in tests/courseware/results/
test_stale_copies.py; this one pins the engine's side of the contract.
"""

from __future__ import annotations

import pytest

from courseware.engine import (
    AttemptService,
    AttemptState,
    InMemoryRepository,
    ManualClock,
    TimeUp,
)
from tests.courseware.engine.builders import course_with, quiz


def two_pcs() -> tuple[AttemptService, ManualClock, str]:
    the_quiz = quiz(time_limit_minutes=10)
    clock = ManualClock()
    service = AttemptService(course_with(the_quiz), InMemoryRepository(), clock)
    return service, clock, service.start(the_quiz, "t1").attempt.id


def test_stale_auto_submit_keeps_the_other_pcs_submission() -> None:
    service, clock, attempt_id = two_pcs()
    pc_a = service.resume(attempt_id)
    pc_b = service.resume(attempt_id)
    for question in pc_b.questions:
        pc_b.answer(question.id, "a")
    pc_b.submit()
    clock.advance(minutes=11)
    assert pc_a.check_time()  # closed — by B, not by A's empty copy
    stored = service.repository.load_attempt(attempt_id)
    assert stored.state is AttemptState.SUBMITTED and stored.percent == 100.0
    assert pc_a.attempt == stored


def test_stale_answer_after_the_other_pc_finished_is_refused() -> None:
    service, clock, attempt_id = two_pcs()
    pc_a = service.resume(attempt_id)
    pc_b = service.resume(attempt_id)
    clock.advance(minutes=11)
    pc_b.check_time()  # B auto-submits at the deadline
    clock.advance(minutes=-5)  # A's clock is behind
    with pytest.raises(TimeUp):
        pc_a.answer(pc_a.questions[0].id, "a")
    assert service.repository.load_attempt(attempt_id).answers == {}
    assert pc_a.attempt.state is AttemptState.AUTO_SUBMITTED


def test_stale_submit_is_graded_on_every_saved_answer() -> None:
    service, _, attempt_id = two_pcs()
    pc_a = service.resume(attempt_id)
    pc_b = service.resume(attempt_id)
    for question in pc_b.questions:
        pc_b.answer(question.id, "a")
    finished = pc_a.submit()  # A never saw B's answers
    assert finished.percent == 100.0
    assert service.repository.load_attempt(attempt_id).percent == 100.0
