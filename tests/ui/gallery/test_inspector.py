"""The layout inspector finds each kind of problem on a small crafted window, and nothing on
a clean one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.gallery.inspector import Rules, inspect
from ui.gallery.problems import Problem
from ui.gallery.text_content import english_words

CHINESE_TRAINEE = Rules(trainee=True, chinese=True)


def shown(qtbot: QtBot, window: QWidget, width: int = 420, height: int = 300) -> QWidget:
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def kinds(problems: list[Problem]) -> set[str]:
    return {problem.kind for problem in problems}


def test_clean_window_has_no_problem(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    text = QLabel("请先阅读本课，再完成下面的测验。导出 PDF 讲义时可以选择学员版。" * 3)
    text.setWordWrap(True)
    layout.addWidget(text)
    layout.addWidget(QLabel("<b>模块一</b>：信任建立（m1-quiz）"))
    browser = QTextBrowser()
    browser.setHtml("<h2>标题</h2><p><b>加粗</b>的正文，见 counter.png。</p>")
    layout.addWidget(browser)
    button = QPushButton("下一页")
    button.setMinimumHeight(44)  # a trainee's click target
    layout.addWidget(button)
    assert inspect(shown(qtbot, window), "clean", CHINESE_TRAINEE) == []


def test_label_too_wide_without_word_wrap(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("这一行很长的说明文字没有自动换行，" * 6))
    window.setFixedSize(200, 80)  # a window that cannot grow with its text
    problems = inspect(shown(qtbot, window, 200, 80), "label", CHINESE_TRAINEE)
    assert "clipped_text" in kinds(problems)
    assert problems[0].screen == "label" and problems[0].widget.startswith("QLabel")


def test_button_text_that_does_not_fit(qtbot: QtBot) -> None:
    window = QWidget()
    button = QPushButton("保存并发给全班所有学员", window)
    button.setGeometry(10, 10, 70, 30)
    problems = inspect(shown(qtbot, window), "button", Rules())
    assert [p.kind for p in problems] == ["clipped_text"]
    assert "QPushButton" in problems[0].widget


def test_elided_table_cell_on_trainee_pages_only(qtbot: QtBot) -> None:
    window = QWidget()
    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem("信任建立：模块一测验的第一题和第二题的说明文字"))
    table.setColumnWidth(0, 80)
    QVBoxLayout(window).addWidget(table)
    shown(qtbot, window)
    assert "elided_text" in kinds(inspect(window, "cells", Rules(trainee=True)))
    assert "elided_text" not in kinds(inspect(window, "cells", Rules(trainee=False)))


def test_widget_outside_its_window(qtbot: QtBot) -> None:
    window = QWidget()
    stray = QLabel("确定", window)
    stray.setGeometry(380, 10, 100, 30)
    problems = inspect(shown(qtbot, window), "outside", Rules())
    assert "outside_window" in kinds(problems)


def test_overlapping_siblings(qtbot: QtBot) -> None:
    window = QWidget()
    QLabel("姓名", window).setGeometry(10, 10, 120, 30)
    QLabel("工号", window).setGeometry(60, 20, 120, 30)
    problems = inspect(shown(qtbot, window), "overlap", Rules())
    assert [p.kind for p in problems] == ["overlap"]
    assert "overlaps QLabel" in problems[0].detail


def test_horizontal_scroll_bar_in_trainee_mode(qtbot: QtBot) -> None:
    window = QWidget()
    area = QScrollArea()
    wide = QWidget()
    wide.setMinimumSize(900, 100)
    area.setWidget(wide)
    area.setWidgetResizable(True)
    QVBoxLayout(window).addWidget(area)
    shown(qtbot, window)
    assert "horizontal_scroll" in kinds(inspect(window, "scroll", Rules(trainee=True)))
    assert "horizontal_scroll" not in kinds(inspect(window, "scroll", Rules(trainee=False)))


@pytest.mark.parametrize("text", ["![截图](media/counter.png)", "客户的**心理状态**",
                                  "| 步骤 | 说明 |\n|---|---|", "## 本课你将学到"])
def test_literal_markdown_in_labels_and_browsers(qtbot: QtBot, text: str) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel(text.splitlines()[-1] if "|" not in text else "表格")
    label.setWordWrap(True)
    layout.addWidget(label)
    browser = QTextBrowser()
    browser.setPlainText(text)
    layout.addWidget(browser)
    problems = inspect(shown(qtbot, window), "markdown", Rules())
    assert "literal_markdown" in kinds(problems)
    assert any("QTextBrowser" in p.widget for p in problems)


def test_password_mask_is_not_bold_markdown(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("数据库：postgresql://courseware:***@10.0.0.1/db"))
    assert inspect(shown(qtbot, window, 600), "mask", Rules()) == []


def test_english_in_the_chinese_interface(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("Cancel"))
    layout.addWidget(QLabel("导出 PDF 到 handout.pdf"))
    shown(qtbot, window)
    problems = inspect(window, "english", Rules(chinese=True))
    found = [(p.kind, p.widget) for p in problems]
    assert found == [("english_in_chinese", 'QPushButton "Cancel"')]
    assert inspect(window, "english", Rules(chinese=False)) == []


def test_allowed_words_ids_paths_and_course_content() -> None:
    allowed = frozenset({"amazon"})
    text = "亚马逊（Amazon）案例 m1-quiz，文件 /tmp/a.cwpkg，E1001，Excel 与 PDF，按 Ctrl+S"
    assert english_words(text, allowed) == []
    assert english_words("请选择 Matching 题", allowed) == ["Matching"]


def test_combo_box_text_that_does_not_fit(qtbot: QtBot) -> None:
    window = QWidget()
    combo = QComboBox(window)
    combo.addItem("模块一测验：信任建立（第一次作答）")
    combo.setGeometry(10, 10, 90, 30)
    problems = inspect(shown(qtbot, window), "combo", Rules())
    assert [p.kind for p in problems] == ["clipped_text"]


def test_untranslated_menu_in_the_chinese_interface(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.menuBar().addMenu("文件(&F)")
    window.menuBar().addMenu("&Help")
    window.setCentralWidget(QLabel("课程"))
    problems = inspect(shown(qtbot, window), "menus", Rules(chinese=True))
    assert [(p.kind, p.detail) for p in problems] == [("english_in_chinese", 'Help in "Help"')]


def test_placeholder_that_does_not_fit(qtbot: QtBot) -> None:
    window = QWidget()
    edit = QLineEdit(window)
    edit.setPlaceholderText("留空：使用本机的成绩数据库（单机即可使用）")
    edit.setGeometry(10, 10, 120, 30)
    problems = inspect(shown(qtbot, window), "hint", Rules())
    assert [p.kind for p in problems] == ["clipped_text"]
    edit.setGeometry(10, 10, 400, 30)
    assert inspect(window, "hint", Rules()) == []


def test_small_click_targets_on_trainee_pages(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    big, small = QPushButton("开始答题"), QPushButton("返回目录")
    big.setMinimumHeight(44)
    small.setFixedHeight(30)
    names = QTableWidget(2, 1)
    names.setItem(0, 0, QTableWidgetItem("张三"))
    names.verticalHeader().setDefaultSectionSize(24)
    for widget in (big, small, names):
        layout.addWidget(widget)
    shown(qtbot, window, 420, 400)
    problems = inspect(window, "targets", Rules(trainee=True))
    assert sorted((p.kind, p.widget.split()[0]) for p in problems) == [
        ("small_target", "QPushButton"), ("small_target", "QTableWidget")]
    assert "30 px high" in next(p.detail for p in problems if "QPushButton" in p.widget)
    assert inspect(window, "targets", Rules(trainee=True, targets=False)) == []
    assert inspect(window, "targets", Rules()) == []


def test_faint_text_on_trainee_pages(qtbot: QtBot) -> None:
    window = QWidget()
    window.setObjectName("page")
    window.setStyleSheet("QWidget#page { background: #ffffff; }")
    layout = QVBoxLayout(window)
    faint, dark = QLabel("已保存"), QLabel("剩余时间 19:58")
    faint.setStyleSheet("color:#9e9e9e;")
    dark.setStyleSheet("color:#1d2430;")
    layout.addWidget(faint)
    layout.addWidget(dark)
    shown(qtbot, window)
    problems = inspect(window, "contrast", Rules(trainee=True))
    assert [(p.kind, p.widget) for p in problems] == [("low_contrast", '#page QLabel "已保存"')]
    assert "#9e9e9e on #ffffff" in problems[0].detail
    assert inspect(window, "contrast", Rules()) == []
