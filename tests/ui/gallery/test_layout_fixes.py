"""Fixes the gallery led to in the authoring window, the console and the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from courseware import model as m
from courseware.classroom.console_stats import ItemRow
from courseware.i18n import set_language
from ui.console.stats_table import question_label
from ui.labels import first_line
from ui.qt_translations import use_qt_translations


def test_one_line_labels_show_no_markdown() -> None:
    prompt = "## 情境\n\n**情境**：客户说 ![截图](media/a.png) 见 [规则](r.md) 的 `年费`"
    assert first_line(prompt) == "情境"
    assert first_line(prompt.split("\n", 2)[2], 60) == "情境：客户说 截图 见 规则 的 年费"


def test_statistics_rows_show_no_markdown() -> None:
    row = ItemRow("q1", "**情境**：客户来电\n\n- 先倾听", "essay", 3, None, None, (), ())
    assert question_label(3, row) == "3. 情境：客户来电 先倾听"


def test_qt_standard_buttons_speak_chinese(qapp: QApplication) -> None:
    set_language("zh")
    try:
        assert use_qt_translations()
        box = QMessageBox(QMessageBox.Icon.Question, "标题", "正文",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
        box.deleteLater()
    finally:
        set_language("en")
        assert not use_qt_translations()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    buttons.deleteLater()


def test_scenario_choices_fit_without_sideways_scrolling(workspace) -> None:  # type: ignore[no-untyped-def]
    question = next(q for q in workspace.document.course.all_questions()
                    if isinstance(q, m.ScenarioQuestion))
    workspace.window.resize(1366, 768)
    workspace.select_object(question)
    QApplication.processEvents()
    builder = workspace.editor.scenario
    cards = builder.form.cards
    assert len(cards) >= 2
    area = builder.form_area
    assert not area.horizontalScrollBar().isVisible()
    assert all(card.width() <= area.viewport().width() for card in cards)
    assert all(not card.text.horizontalScrollBar().isVisible() for card in cards)
