"""The console's item statistics rows and the rule that flags questions."""

from __future__ import annotations

from courseware.classroom.console_stats import Concern, concerns, needs_attention
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


def test_flagging_rule() -> None:
    assert concerns(95.0, 50.0) == (Concern.TOO_EASY,)
    assert concerns(50.0, 10.0) == (Concern.LOW_DISCRIMINATION,)
    assert concerns(91.0, -5.0) == (Concern.TOO_EASY, Concern.LOW_DISCRIMINATION)
    assert not needs_attention(90.0, 20.0)
    assert not needs_attention(None, None)


def test_a_question_everyone_gets_right_is_flagged(class_store: ResultsStore,
                                                   clock: ManualClock) -> None:
    console = session_for(class_store, clock)
    service = AttemptService(console.course, class_store.attempts, clock)
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", WRONG)
    take_quiz(service, "t3", {**WRONG, "q2": False, "q3": ["认同"]})
    rows = {r.question_id: r for r in console.item_statistics("m1-quiz").rows}
    assert rows["q1"].facility == 100.0 and Concern.TOO_EASY in rows["q1"].concerns
    assert rows["q7"].flagged is False
    counts = {o.label: (o.count, o.correct) for o in rows["q1"].options}
    assert counts == {"先倾听": (3, True), "先解释规定": (0, False)}
    assert [(o.label, o.count) for o in rows["q2"].options] == [("true", 1), ("false", 2)]
