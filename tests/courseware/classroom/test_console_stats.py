"""The console's item statistics rows and the rule that flags questions."""

from __future__ import annotations

from courseware import model as m
from courseware.classroom.console_stats import ItemFlag, key_of
from courseware.engine import AttemptService, ManualClock
from courseware.results import ResultsStore
from tests.courseware.classroom.test_console_status import (
    RIGHT,
    WRONG,
    class_store,
    clock,
    session_for,
    take_quiz,
)

__all__ = ["class_store", "clock"]  # fixtures


def test_the_key_comes_from_the_course() -> None:
    assert key_of(m.TrueFalseQuestion(id="t", answer=False)) == {"false"}
    assert key_of(m.SingleChoiceQuestion(id="s", options=[
        m.Option("a"), m.Option("b", correct=True)])) == {"b"}
    assert key_of(m.EssayQuestion(id="e")) is None


def test_three_attempts_get_a_caution_not_a_too_easy_flag(class_store: ResultsStore,
                                                          clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", WRONG)
    take_quiz(service, "t3", {**WRONG, "q2": False, "q3": ["认同"]})
    rows = {r.question_id: r for r in console.item_statistics("m1-quiz").rows}
    assert rows["q1"].facility == 100.0 and ItemFlag.TOO_EASY not in rows["q1"].flags
    assert rows["q1"].verdict.small_sample and not rows["q1"].flagged
    assert rows["q7"].flagged is False
    counts = {o.label: (o.count, o.correct) for o in rows["q1"].options}
    assert [o.option_id for o in rows["q1"].options] == ["a", "b"]
    assert counts == {"先倾听": (3, True), "先解释规定": (0, False)}
    assert [(o.label, o.count) for o in rows["q2"].options] == [("true", 1), ("false", 2)]
