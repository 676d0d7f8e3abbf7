"""Item statistics: a question everyone gets right is flagged and highlighted."""

from __future__ import annotations

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService
from tests.courseware.classroom.test_console_status import RIGHT, WRONG, take_quiz
from ui.console.stats_pane import FLAGGED_BACKGROUND, StatsPane


def test_a_too_easy_question_is_flagged(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                        service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", WRONG)
    take_quiz(service, "t3", {**WRONG, "q2": False, "q3": ["认同"]})
    pane = StatsPane(console.quizzes(), console.item_statistics)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    q1 = pane.table.item(0, 0)
    assert q1.text().startswith("1. ") and pane.table.item(0, 2).text() == "100"
    assert pane.table.item(0, 4).text() == "too easy"
    assert q1.background().color() == FLAGGED_BACKGROUND
    facility = {b.label[:2]: b for b in pane.facility_chart.bars}
    assert facility["1."].flagged and facility["1."].value == 100.0
    assert [(b.label, b.value, b.good) for b in pane.options_chart.bars] == [
        ("先倾听", 3.0, True), ("先解释规定", 0.0, False)]
    pane.table.selectRow(1)
    assert [(b.label, b.value) for b in pane.options_chart.bars] == [("True", 1.0),
                                                                     ("False", 2.0)]
    pane.facility_chart.grab()  # paints without error
    pane.discrimination_chart.grab()


def test_no_attempts_says_so(qtbot, console: ConsoleSession) -> None:  # type: ignore[no-untyped-def]
    pane = StatsPane(console.quizzes(), console.item_statistics)
    qtbot.addWidget(pane)
    assert pane.table.rowCount() == 0 and pane.summary.text() == "No graded attempts yet."
