"""Grading an essay from the queue updates the trainee's score in the class view."""

from __future__ import annotations

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService
from tests.courseware.classroom.test_console_status import RIGHT, take_quiz
from tests.ui.console.test_class_view import cell
from ui.console.class_view import ClassView
from ui.console.grading_pane import GradingPane


def test_grading_an_essay_updates_the_score(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                            service: AttemptService) -> None:
    take_quiz(service, "t1", {**RIGHT, "q6": "先倾听客户，再回应需求。"})
    view = ClassView(console.class_rows)
    pane = GradingPane(console.essays_to_grade, console.grade)
    pane.graded.connect(view.refresh)
    qtbot.addWidget(view)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    assert cell(view, "张三", "console.col.score") == "Awaiting grading"
    assert pane.queue.count() == 1 and pane.answer.toPlainText() == "先倾听客户，再回应需求。"
    assert [s.maximum() for s in pane.rubric.spins] == [1.0, 1.0]
    pane.rubric.spins[0].setValue(1)
    pane.rubric.spins[1].setValue(1)
    pane.comment.setPlainText("很好")
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        pane.save_button.click()
    assert cell(view, "张三", "console.col.score") == "100% passed"
    assert pane.queue.count() == 0 and pane.status.text() == "Grade saved for 张三."
