"""Item statistics: computed in the background, flagged rows stand out, stale results and
database errors are handled in the pane."""

from __future__ import annotations

import threading

from PySide6.QtGui import QColor

from courseware import model as m
from courseware.classroom.console_session import ConsoleSession
from courseware.classroom.console_stats import ItemFlag, ItemRow, QuizFigures
from courseware.engine import AttemptService
from courseware.i18n import set_language
from courseware.stats import ItemVerdict
from tests.courseware.classroom.test_console_status import RIGHT, WRONG, take_quiz
from ui.console.stats_help import StatsHelpDialog
from ui.console.stats_pane import FLAGGED_BACKGROUND, StatsPane, whole_test_text
from ui.console.stats_table import REVIEW_BACKGROUND, discrimination_text


def loaded_pane(qtbot, console: ConsoleSession) -> StatsPane:  # type: ignore[no-untyped-def]
    pane = StatsPane(console.quizzes(), console.item_statistics)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: not pane.poller.running, timeout=5000)
    return pane


def item(question_id: str, facility: float) -> ItemRow:
    return ItemRow(question_id, f"题目 {question_id}", "single_choice", 3, facility, 50.0,
                   ItemVerdict(), ())


def test_figures_load_in_the_background_and_a_small_class_is_not_judged(  # type: ignore[no-untyped-def]
        qtbot, console: ConsoleSession, service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    take_quiz(service, "t2", WRONG)
    take_quiz(service, "t3", {**WRONG, "q2": False, "q3": ["认同"]})
    pane = StatsPane(console.quizzes(), console.item_statistics)
    qtbot.addWidget(pane)
    assert pane.summary.text() == "Computing the statistics…" and pane.table.rowCount() == 0
    qtbot.waitUntil(lambda: pane.table.rowCount() == 8, timeout=5000)
    assert pane.summary.text() == ("Attempts: 3 · questions to check: 0 · fewer than 15 "
                                   "attempts: easy/hard not judged yet")
    assert pane.whole_test.text().startswith("Whole quiz: mean score ")
    pane.resize(900, 700)
    pane.show()
    q1 = pane.table.item(0, 0)
    assert q1.text().startswith("1. ") and pane.table.item(0, 2).text() == "100%"
    assert pane.table.item(0, 4).text() == "too few attempts"  # not "too easy" in red
    assert q1.background().color() != FLAGGED_BACKGROUND
    assert "Only 3 attempts" in pane.table.item(0, 4).toolTip()
    assert not pane.table.item(0, 2).font().bold()
    facility = {b.label[:2]: b for b in pane.facility_chart.bars}
    assert not facility["1."].flagged and facility["1."].value == 100.0
    assert [(b.label, b.value, b.good) for b in pane.options_chart.bars] == [
        ("先倾听", 3.0, True), ("先解释规定", 0.0, False)]
    pane.table.selectRow(1)
    assert [(b.label, b.value) for b in pane.options_chart.bars] == [("True", 1.0),
                                                                     ("False", 2.0)]
    pane.facility_chart.grab()  # paints without error
    pane.discrimination_chart.grab()


def test_only_the_figure_behind_the_flag_is_bold(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [ItemRow("q1", "低区分度", "true_false", 20, 60.0, 5.0,
                    ItemVerdict((ItemFlag.WEAK_DISCRIMINATION,)), ()),
            ItemRow("q2", "正常", "true_false", 20, 60.0, 40.0, ItemVerdict(), ()),
            ItemRow("q3", "答案错", "single_choice", 20, 10.0, -32.0,
                    ItemVerdict((ItemFlag.POSSIBLE_WRONG_KEY,), suspect_option="b"), ())]
    pane = StatsPane([m.Quiz(id="quiz", title="测验")], lambda _quiz: QuizFigures(rows))
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 3, timeout=5000)
    assert pane.table.item(0, 3).font().bold() and not pane.table.item(0, 2).font().bold()
    assert pane.table.item(0, 3).text() == "0.05 (weak)"
    assert pane.table.item(0, 4).text() == "weak discrimination"
    assert pane.table.item(0, 0).background().color() == REVIEW_BACKGROUND
    assert not any(pane.table.item(1, c).font().bold() for c in range(5))
    assert pane.table.item(1, 0).background().color() != QColor(FLAGGED_BACKGROUND)
    assert pane.table.item(2, 3).text() == "−0.32 (reversed)"  # not "−32"
    assert pane.table.item(2, 4).text() == "possible wrong key"
    assert pane.table.item(2, 0).background().color() == FLAGGED_BACKGROUND
    assert "Check the key first" in pane.table.item(2, 4).toolTip()
    assert "−1 to 1" in pane.table.horizontalHeaderItem(3).toolTip()
    assert pane.summary.text() == "Attempts: 20 · questions to check: 2"


def test_numbers_in_chinese_and_the_help_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language("zh")
    assert discrimination_text(-77.27) == "−0.77（反向）"
    assert discrimination_text(45.0) == "0.45（好）"
    figures = QuizFigures([item("q", 50.0)], mean=62.5, alpha=83.0)
    assert whole_test_text(figures) == "整份测验：平均得分 62% · 信度 α = 0.83（可靠）"
    pane = StatsPane([m.Quiz(id="quiz", title="测验")], lambda _quiz: figures)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1, timeout=5000)
    assert pane.help_button.text() == "这些数字怎么看？"
    dialog = pane.show_help()
    assert isinstance(dialog, StatsHelpDialog)
    text = dialog.text.toPlainText()
    assert "答对率" in text and "区分度" in text and "克隆巴赫" in text and "少于 15 次" in text
    dialog.close()


def test_a_result_for_a_quiz_no_longer_selected_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    release_a = threading.Event()

    def load(quiz_id: str) -> QuizFigures:
        if quiz_id == "a":
            release_a.wait(5)
        return QuizFigures([item(f"{quiz_id}-q", 95.0 if quiz_id == "a" else 40.0)])

    pane = StatsPane([m.Quiz(id="a", title="甲"), m.Quiz(id="b", title="乙")], load)
    qtbot.addWidget(pane)
    shown: list[object] = []
    pane.poller.result.connect(shown.append)
    try:
        pane.quiz.setCurrentIndex(1)  # while quiz a is still being computed
        assert pane.summary.text() == "Computing the statistics…"
    finally:
        release_a.set()
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: not pane.poller.running, timeout=5000)
    assert [[r.question_id for r in f.rows] for f in shown] == [["b-q"]]  # type: ignore[attr-defined]
    assert pane.table.item(0, 0).text() == "1. 题目 b-q"
    assert pane.shown_quiz == "b"


def test_a_database_error_is_said_in_the_pane(qtbot, console: ConsoleSession,  # type: ignore[no-untyped-def]
                                              service: AttemptService) -> None:
    take_quiz(service, "t1", RIGHT)
    with console.store.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE attempts RENAME TO gone")
    pane = loaded_pane(qtbot, console)
    text = pane.summary.text()
    assert text.startswith("The statistics could not be loaded. The results database did "
                           "not answer (no such table: attempts).")
    assert "Traceback" not in text and "sqlalche.me" not in text
    assert pane.table.rowCount() == 0
    set_language("zh")
    pane.reload()
    qtbot.waitUntil(lambda: pane.summary.text().startswith("统计数据未能加载。成绩数据库没有响应"),
                    timeout=5000)
    assert "按 F5 重试" in pane.summary.text()


def test_no_attempts_says_so(qtbot, console: ConsoleSession) -> None:  # type: ignore[no-untyped-def]
    pane = loaded_pane(qtbot, console)
    assert pane.table.rowCount() == 0 and pane.summary.text() == "No graded attempts yet."


def test_the_whole_quiz_line_gives_alpha_or_says_why_not() -> None:
    rows = [item("q1", 60.0)]
    with_alpha = whole_test_text(QuizFigures(rows, mean=62.54, alpha=81.26))
    assert with_alpha == "Whole quiz: mean score 63% · reliability α = 0.81 (reliable)"
    low = whole_test_text(QuizFigures(rows, mean=50.0, alpha=0.8))
    assert low == "Whole quiz: mean score 50% · reliability α = 0.01 (low)"  # not "α 0.8%"
    note = "not computed: attempts got different questions (random draws)"
    without = whole_test_text(QuizFigures(rows, mean=None, alpha=None, alpha_note=note))
    assert without == f"Whole quiz: mean score – · {note}"
