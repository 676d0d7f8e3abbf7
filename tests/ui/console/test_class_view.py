"""The live class view: rows from the store, refreshed on a timer in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService
from tests.courseware.classroom.test_console_status import RIGHT, take_quiz
from ui.console.class_view import ClassView
from ui.console.status_model import COLUMNS


def cell(view: ClassView, name: str, column: str) -> str:
    keys = [key for key, _ in COLUMNS]
    row = next(i for i, r in enumerate(view.model.rows) if r.name == name)
    return str(view.model.index(row, keys.index(column)).data())


def test_shows_every_trainee_where_they_are_and_scores(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                                       service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", {"q1": "a"}, submit=False)
    view = ClassView(console.class_rows)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    assert view.model.rowCount() == 3
    assert cell(view, "张三", "console.col.score") == "78% passed"
    assert cell(view, "李四", "console.col.status") == "Working"
    assert cell(view, "李四", "console.col.progress") == "Page 1 · 1/8 answered"
    assert cell(view, "王五", "console.col.status") == "Not signed in"
    assert "Signed in 2 of 3" in view.summary.text()


def test_the_timer_picks_up_a_new_answer(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                         service: AttemptService) -> None:
    session = take_quiz(service, "t2", {"q1": "a"}, submit=False)
    view = ClassView(console.class_rows, interval_s=0.05)
    qtbot.addWidget(view)
    view.start()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    session.answer("q2", False)
    qtbot.waitUntil(lambda: cell(view, "李四", "console.col.progress")
                    == "Page 1 · 2/8 answered", timeout=5000)
    session.submit()
    qtbot.waitUntil(lambda: cell(view, "李四", "console.col.status") == "Submitted",
                    timeout=5000)
    view.stop()


def test_who_has_not_submitted_is_counted_and_can_be_shown_alone(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", {"q1": "a"}, submit=False)
    view = ClassView(console.class_rows)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    assert "submitted 1 · not submitted yet: 2" in view.summary.text()
    view.only_unfinished.setChecked(True)
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert sorted(shown) == sorted(["李四", "王五"])
    view.only_unfinished.setChecked(False)
    assert view.proxy.rowCount() == 3


def test_the_status_column_sorts_not_signed_in_working_submitted(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", {"q1": "a"}, submit=False)
    view = ClassView(console.class_rows)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    status = [key for key, _ in COLUMNS].index("console.col.status")
    view.table.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    shown = [view.proxy.index(r, status).data() for r in range(view.proxy.rowCount())]
    assert shown == ["Not signed in", "Working", "Submitted"]
    score = [key for key, _ in COLUMNS].index("console.col.score")
    view.table.sortByColumn(score, Qt.SortOrder.DescendingOrder)
    assert view.proxy.index(0, 0).data() == "张三"
