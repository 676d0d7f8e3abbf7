"""The live class view: rows from the store, refreshed on a timer in the background."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from courseware.classroom.console_session import ConsoleSession
from courseware.engine import AttemptService, ManualClock
from courseware.i18n import set_language
from tests.courseware.classroom.test_console_status import RIGHT, take_quiz
from ui.console.class_view import ClassView
from ui.console.status_model import COLUMNS


def cell(view: ClassView, name: str, column: str,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    keys = [key for key, _ in COLUMNS]
    row = next(i for i, r in enumerate(view.model.rows) if r.name == name)
    return str(view.model.index(row, keys.index(column)).data(role))


def column_shown(view: ClassView, column: str) -> list[str]:
    """The column's cells as the table shows them (sorted and filtered)."""
    index = [key for key, _ in COLUMNS].index(column)
    return [view.proxy.index(r, index).data() for r in range(view.proxy.rowCount())]


def loaded_view(qtbot, console: ConsoleSession) -> ClassView:  # type: ignore[no-untyped-def]
    view = ClassView(console.class_rows)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.poller.result, timeout=5000):
        view.refresh()
    return view


def test_shows_every_trainee_where_they_are_and_scores(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                                       service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", {"q1": "a"}, submit=False)
    view = loaded_view(qtbot, console)
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
    view = loaded_view(qtbot, console)
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
    view = loaded_view(qtbot, console)
    status = [key for key, _ in COLUMNS].index("console.col.status")
    view.table.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    shown = [view.proxy.index(r, status).data() for r in range(view.proxy.rowCount())]
    assert shown == ["Not signed in", "Working", "Submitted"]
    score = [key for key, _ in COLUMNS].index("console.col.score")
    view.table.sortByColumn(score, Qt.SortOrder.DescendingOrder)
    assert view.proxy.index(0, 0).data() == "张三"


NINE = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


def a_class_reading_and_answering(console: ConsoleSession, service: AttemptService,
                                  clock: ManualClock) -> None:
    """张三 read both items, then submitted; 李四 is on question 5; 王五 has only read."""
    progress, course_id = console.store.progress, console.course.id
    progress.mark_read("t1", course_id, "m1-l1", NINE - timedelta(minutes=20))
    progress.mark_read("t1", course_id, "m1-c1", NINE - timedelta(minutes=10))
    take_quiz(service, "t1", RIGHT)  # submitted at 9:00
    progress.mark_read("t2", course_id, "m1-c1", NINE)
    session = take_quiz(service, "t2", {}, submit=False)
    session.go_to_page(4)
    clock.advance(minutes=5)
    session.answer(session.attempt.question_ids[4], "a")  # 9:05, after the case study
    progress.mark_read("t3", course_id, "m1-l1", NINE + timedelta(minutes=7))


def test_shows_what_each_trainee_read_and_does_now(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService, clock: ManualClock) -> None:
    a_class_reading_and_answering(console, service, clock)
    view = loaded_view(qtbot, console)
    assert cell(view, "张三", "console.col.now") == "Submitted: 测验"
    assert cell(view, "李四", "console.col.now") == "Quiz: 测验 · question 5"
    assert cell(view, "王五", "console.col.now") == "Reading: 第一课"
    assert [cell(view, n, "console.col.reading") for n in ("张三", "李四", "王五")] == \
        ["2 / 2", "1 / 2", "1 / 2"]
    assert cell(view, "王五", "console.col.status") == "Studying"
    assert cell(view, "王五", "console.col.progress") == ""
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert cell(view, "李四", "console.col.reading", tooltip) == "模块一: 1 / 2"
    assert cell(view, "李四", "console.col.now", tooltip) == "Quiz: 测验 · question 5"
    assert "Signed in 3 of 3 · submitted 1" in view.summary.text()
    reading = [key for key, _ in COLUMNS].index("console.col.reading")
    assert view.model.headerData(reading, Qt.Orientation.Horizontal) == "Reading"


def test_the_new_columns_speak_chinese(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService, clock: ManualClock) -> None:
    a_class_reading_and_answering(console, service, clock)
    set_language("zh")
    view = loaded_view(qtbot, console)
    assert cell(view, "李四", "console.col.now") == "测验：测验 · 第 5 题"
    assert cell(view, "王五", "console.col.now") == "阅读：第一课"
    assert cell(view, "张三", "console.col.now") == "已交卷：测验"
    assert cell(view, "王五", "console.col.status") == "学习中"
    now = [key for key, _ in COLUMNS].index("console.col.now")
    assert view.model.headerData(now, Qt.Orientation.Horizontal) == "正在"


def test_the_new_columns_sort_and_the_filter_still_works(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService, clock: ManualClock) -> None:
    a_class_reading_and_answering(console, service, clock)
    view = loaded_view(qtbot, console)
    keys = [key for key, _ in COLUMNS]
    view.table.sortByColumn(keys.index("console.col.now"), Qt.SortOrder.AscendingOrder)
    assert column_shown(view, "console.col.name") == ["王五", "李四", "张三"]  # course order
    view.table.sortByColumn(keys.index("console.col.reading"), Qt.SortOrder.DescendingOrder)
    assert column_shown(view, "console.col.name")[0] == "张三"
    view.table.sortByColumn(keys.index("console.col.status"), Qt.SortOrder.AscendingOrder)
    assert column_shown(view, "console.col.status") == ["Studying", "Working", "Submitted"]
    view.only_unfinished.setChecked(True)
    assert column_shown(view, "console.col.now") == ["Reading: 第一课", "Quiz: 测验 · question 5"]
