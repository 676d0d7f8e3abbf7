"""The essay grading queue: loaded in the background; grading an essay updates the trainee's
score in the class view; load and save failures are said in the pane."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from courseware.classroom.console_grading import EssayTask
from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService
from tests.courseware.classroom.test_console_status import RIGHT, take_quiz
from tests.ui.console.test_class_view import cell
from ui.console.class_view import ClassView
from ui.console.grading_pane import GradingPane


def loaded(qtbot, pane: GradingPane) -> GradingPane:  # type: ignore[no-untyped-def]
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: not pane.poller.running, timeout=5000)
    return pane


def test_grading_an_essay_updates_the_score(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                            service: AttemptService) -> None:
    take_quiz(service, "t1", {**RIGHT, "q6": "先倾听客户，再回应需求。"})
    view = ClassView(console.class_rows)
    pane = GradingPane(console.essays_to_grade, console.grade)
    pane.graded.connect(view.refresh)
    qtbot.addWidget(view)
    qtbot.addWidget(pane)
    assert pane.queue_state.text() == "Loading the essays to grade…"
    qtbot.waitUntil(lambda: pane.queue.count() == 1, timeout=5000)
    assert pane.queue_state.text() == "Essays to grade: 1, oldest first."
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    assert cell(view, "张三", "console.col.score") == "Awaiting grading"
    assert pane.answer.toPlainText() == "先倾听客户，再回应需求。"
    assert [s.maximum() for s in pane.rubric.spins] == [1.0, 1.0]
    pane.rubric.spins[0].setValue(1)
    pane.rubric.spins[1].setValue(1)
    pane.comment.setPlainText("很好")
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        pane.save_button.click()
    assert cell(view, "张三", "console.col.score") == "100% passed"
    assert pane.queue.count() == 0 and pane.status.text() == "Grade saved for 张三."
    qtbot.waitUntil(lambda: pane.queue_state.text() == "No essay is waiting to be graded.",
                    timeout=5000)
    attempt = console.store.attempts.list_all()[0]
    essay = attempt.results["q6"].essay
    assert essay is not None and essay.comment == "很好" and essay.criterion_points == [1, 1]


def test_reloading_keeps_the_essay_being_graded(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                                service: AttemptService) -> None:
    take_quiz(service, "t1", {**RIGHT, "q6": "张三的作答"})
    pane = loaded(qtbot, GradingPane(console.essays_to_grade, console.grade))
    pane.rubric.spins[0].setValue(0.5)
    pane.comment.setPlainText("写到一半的评语")
    take_quiz(service, "t2", {**RIGHT, "q6": "李四的作答"})
    with qtbot.waitSignal(pane.loaded, timeout=5000) as done:
        pane.reload()
    assert done.args == [2] and pane.queue.count() == 2
    assert pane.current() is not None and pane.current().trainee_name == "张三"  # type: ignore[union-attr]
    assert pane.comment.toPlainText() == "写到一半的评语"
    assert pane.rubric.points()[0] == 0.5


def test_a_queue_that_cannot_load_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    def load() -> list[EssayTask]:
        raise OperationalError("SELECT …", {}, ConnectionError("server closed the connection"))

    pane = loaded(qtbot, GradingPane(load, lambda *_: None))
    assert pane.queue_state.text() == (
        "The essays to grade could not be loaded. The results database did not answer "
        "(server closed the connection). Press F5 to try again.")
    assert not pane.save_button.isEnabled()


def test_a_grade_that_cannot_be_saved_keeps_the_marks(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                                      service: AttemptService) -> None:
    take_quiz(service, "t1", {**RIGHT, "q6": "作答"})

    def refuse(task: EssayTask, points: list[float], comment: str) -> None:
        raise OperationalError("UPDATE …", {}, ConnectionError("database is locked"))

    pane = loaded(qtbot, GradingPane(console.essays_to_grade, refuse))
    pane.rubric.spins[0].setValue(1)
    pane.comment.setPlainText("评语")
    pane.save_button.click()
    qtbot.waitUntil(lambda: pane.status.text().startswith("Could not save"), timeout=5000)
    assert pane.status.text() == ("Could not save the grade: The results database did not "
                                  "answer (database is locked).")
    assert pane.queue.count() == 1 and pane.comment.toPlainText() == "评语"
    assert pane.rubric.points()[0] == 1.0 and pane.save_button.isEnabled()
