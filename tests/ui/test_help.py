"""F1 opens the bundled user guide at the section for the editor in use."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication

from courseware import model as m
from ui.help_window import PAGES, docs_folder, render_page, topic_for


def _visible_heading(workspace) -> str:  # type: ignore[no-untyped-def]
    """The text at the top of the help browser's viewport."""
    browser = workspace.help_window.browser
    cursor = browser.cursorForPosition(QPoint(8, 8))
    return cursor.block().text()


@pytest.mark.parametrize(("pick", "heading"), [
    (lambda c: c.modules[0].lessons[0], "Lessons"),
    (lambda c: c.modules[0].case_studies[0], "Case studies"),
    (lambda c: next(q for q in c.all_questions() if isinstance(q, m.SingleChoiceQuestion)),
     "Quizzes and questions"),
    (lambda c: next(q for q in c.all_questions() if isinstance(q, m.ScenarioQuestion)),
     "Branching scenarios"),
    (lambda c: c, "Create a course"),
])
def test_f1_opens_the_guide_at_the_current_editors_section(workspace, qtbot, pick, heading) -> None:  # type: ignore[no-untyped-def]
    workspace.select_object(pick(workspace.document.course))
    workspace.window.editor_area.setFocus()
    qtbot.keyClick(workspace.window, Qt.Key.Key_F1)
    help_window = workspace.help_window
    assert help_window is not None and help_window.isVisible()
    assert not help_window.isModal()  # the workspace stays usable beside it
    assert help_window.page == "user-guide-authoring.md"
    qtbot.waitUntil(lambda: _visible_heading(workspace) == heading)
    assert help_window.contents.currentItem().text() == "Building a course"


def test_f1_in_the_find_panel_explains_find_and_replace(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.window.action("find").trigger()
    workspace.window.search_panel.query.setFocus()
    workspace.window.action("help").trigger()
    qtbot.waitUntil(lambda: _visible_heading(workspace) == "Find and replace")


def test_links_between_pages_and_the_contents_list(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.show_help()
    help_window = workspace.help_window
    help_window.show_topic("user-guide.md")
    assert help_window.contents.currentRow() == 0
    help_window._link(QUrl("results.md"))
    assert help_window.page == "results.md"
    assert "results" in help_window.browser.toPlainText().lower()
    help_window.contents.setCurrentRow(PAGES.index("handouts.md"))
    assert help_window.page == "handouts.md"


def test_every_guide_page_renders_without_literal_markdown() -> None:
    folder = docs_folder()
    assert folder is not None
    for page in PAGES:
        html = re.sub(r"<(pre|code)>.*?</\1>", "", render_page(folder / page), flags=re.S)
        assert "<h1" in html and "## " not in html and "](" not in html, page


def test_guide_topics_for_objects_not_edited_fall_back_to_the_home_page() -> None:
    assert topic_for(None) == ("user-guide.md", "")


@pytest.mark.parametrize(("make", "heading"), [
    (lambda ws: __import__("ui.settings_dialog", fromlist=["SettingsDialog"]).SettingsDialog(
        ws.window, ws.settings), "Settings"),
    (lambda ws: __import__("ui.export_dialogs", fromlist=["HandoutExportDialog"])
     .HandoutExportDialog(ws.window, ws.document, ws.settings), "Export"),
])
def test_f1_in_a_dialog_opens_its_section(workspace, qtbot, make, heading) -> None:  # type: ignore[no-untyped-def]
    dialog = make(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # F1 goes to the dialog
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    from ui.help_window import HelpWindow

    help_window = workspace.window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.parent() is workspace.window  # outlives the dialog
    qtbot.waitUntil(lambda: _heading_in_view(help_window, heading))
    workspace.window.action("help").trigger()
    assert workspace.window.findChildren(HelpWindow) == [help_window]  # one, reused


def _heading_in_view(help_window, heading: str) -> bool:  # type: ignore[no-untyped-def]
    """The section's heading is on screen (the last sections cannot scroll to the top)."""
    browser = help_window.browser
    block = browser.document().begin()
    while block.isValid() and not (block.text() == heading and block.blockFormat().headingLevel()):
        block = block.next()
    if not block.isValid():
        return False
    cursor = browser.textCursor()
    cursor.setPosition(block.position())
    top = browser.cursorRect(cursor).top()
    return 0 <= top < browser.viewport().height()


def test_chinese_pages_are_shown_where_the_guide_has_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.help_window import localised

    folder = docs_folder()
    assert folder is not None
    assert localised(folder, "user-guide.md", "zh") == folder / "zh" / "user-guide.md"
    assert localised(folder, "user-guide.md", "en") == folder / "user-guide.md"
    assert localised(folder, "security.md", "zh") == folder / "security.md"  # no Chinese page yet
    html = render_page(localised(folder, "user-guide.md", "zh"))
    assert 'id="checking-a-course"' in html and "检查课程" in html and "{#" not in html


@pytest.mark.parametrize(("pick", "heading"), [
    (lambda c: c.modules[0].lessons[0], "课时"),
    (lambda c: next(q for q in c.all_questions() if isinstance(q, m.ScenarioQuestion)),
     "情景分支题"),
])
def test_f1_in_chinese_opens_the_chinese_section(workspace, qtbot, pick, heading) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    try:
        workspace.select_object(pick(workspace.document.course))
        workspace.window.editor_area.setFocus()
        qtbot.keyClick(workspace.window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: _visible_heading(workspace) == heading)
        assert "编写课程" in workspace.help_window.browser.toPlainText()[:40]
    finally:
        workspace.apply_language("en")


def test_chinese_pages_keep_the_english_section_ids() -> None:
    folder = docs_folder()
    assert folder is not None
    for page in ("user-guide.md", "user-guide-authoring.md"):
        english = set(re.findall(r'<h[2-6] id="([^"]+)"', render_page(folder / page)))
        chinese = set(re.findall(r'<h[2-6] id="([^"]+)"', render_page(folder / "zh" / page)))
        used = {"lessons", "case-studies", "quizzes-and-questions", "branching-scenarios",
                "create-a-course", "find-and-replace", "settings", "export"}
        assert chinese <= english, page  # a link or F1 to an English id finds it in Chinese
        if page == "user-guide-authoring.md":
            assert used <= chinese


def test_a_line_break_inside_a_chinese_paragraph_adds_no_space(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.md"
    text = "# 标题\n\n在目录中选中课时，直接在右边的页面里\n输入。\n\n- 第一项\n- 第二项\n"
    page.write_text(text, encoding="utf-8")
    html = render_page(page)
    assert "页面里输入" in html and html.count("<li>") == 2
