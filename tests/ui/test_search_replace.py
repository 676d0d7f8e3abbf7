"""Find and replace in the authoring window, driven through the real widgets."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from courseware import model as m
from courseware import search
from ui.search.panel import MATCH_ROLE


def _search(workspace, qtbot, query: str):  # type: ignore[no-untyped-def]
    workspace.window.action("find").trigger()
    panel = workspace.window.search_panel
    assert workspace.window.search_dock.isVisible()
    panel.query.clear()
    panel.query.insert(query)  # typed (QTest cannot type Chinese)
    qtbot.waitUntil(lambda: bool(workspace.search.matches)
                    and workspace.search.matches[0].found.lower() == query.lower())
    return panel


def _row_for(panel, predicate):  # type: ignore[no-untyped-def]
    return next(row for row in panel.match_rows() if predicate(row.data(0, MATCH_ROLE)))


def _click(qtbot, panel, row) -> None:  # type: ignore[no-untyped-def]
    panel.results.scrollToItem(row)
    rect = panel.results.visualItemRect(row)
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_ctrl_f_opens_the_panel_and_lists_matches_by_place(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.apply_language("zh")
    qtbot.keyClick(workspace.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = workspace.window.search_panel
    assert workspace.window.search_dock.isVisible()
    assert panel.query.hasFocus()
    panel.query.insert("信任")  # as an input method commits it
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() > 0)
    expected = search.find(workspace.document.course, "信任")
    assert len(panel.match_rows()) == len(expected)
    assert panel.status.text() == f"找到 {len(expected)} 处"
    lesson_row = _row_for(panel, lambda x: isinstance(x.place.item, m.Lesson)
                          and x.place.trail and x.place.trail[0].kind == "module")
    group = lesson_row.parent().text(0)
    lesson = lesson_row.data(0, MATCH_ROLE).place.item
    assert group.startswith("模块一 › 第 ") and group.endswith(f" 课 · {lesson.title}")
    assert "【信任】" in lesson_row.text(0)
    assert lesson_row.toolTip(0).startswith(group.split(" · ")[0] + " › ")


def test_clicking_a_match_selects_the_item_and_the_text(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = _search(workspace, qtbot, "信任")
    row = _row_for(panel, lambda x: x.place.part == "body" and x.start > 0)
    match = row.data(0, MATCH_ROLE)
    _click(qtbot, panel, row)
    assert workspace.current_node().obj is match.place.item
    visual = workspace.window.editor_area.editor.findChild(QTextEdit, "lesson-visual")
    assert visual.hasFocus()  # the lesson opens in the visual editor, the words selected
    assert visual.textCursor().selectedText() == match.found
    before = match.text[:match.start]
    assert visual.document().toPlainText().count(match.found, 0, visual.textCursor()
                                                 .selectionStart()) == before.count(match.found)


def test_clicking_an_option_match_selects_the_question_and_row(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question = next(q for q in workspace.document.course.all_questions()
                    if isinstance(q, m.SingleChoiceQuestion))
    question.options[1].text = "独一无二的选项文字"
    panel = _search(workspace, qtbot, "独一无二")
    row = _row_for(panel, lambda x: x.place.part == "option_text")
    _click(qtbot, panel, row)
    assert workspace.current_node().obj is question
    cards = workspace.window.editor_area.editor.fields["options"]
    focus = workspace.window.focusWidget()
    assert any(focus is box or box.isAncestorOf(focus)  # the second card
               for box in cards.cards[1].editors.values())
    assert focus.textCursor().selectedText() == "独一无二"


def test_match_case_and_whole_word_narrow_the_results(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.document.course.description = "Card cards CARD"
    panel = _search(workspace, qtbot, "card")

    def descriptions() -> int:
        workspace.search.search_now()
        return sum(1 for x in workspace.search.matches if x.place.part == "description")

    assert descriptions() == 3
    panel.match_case.setChecked(True)
    assert descriptions() == 1
    panel.match_case.setChecked(False)
    panel.whole_word.setChecked(True)
    assert descriptions() == 2


def test_replace_all_is_one_undo_step(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    before = copy.deepcopy(course)
    total = len(search.find(course, "客户"))
    assert total > 20
    panel = _search(workspace, qtbot, "客户")
    panel.replacement.setText("顾客")
    stack = workspace.document.undo_stack
    depth = stack.count()
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert search.find(course, "客户") == []
    assert len(search.find(course, "顾客")) >= total
    assert stack.count() == depth + 1
    assert workspace.document.modified
    assert panel.status.text() == f"Replaced {total} matches. Undo with Ctrl+Z."
    workspace.window.action("undo").trigger()
    assert course == before
    workspace.window.action("redo").trigger()
    assert search.find(course, "客户") == []


def test_replace_one_changes_the_selected_match_and_the_open_editor(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    lesson = course.modules[0].lessons[0]
    lesson.title = "甲乙甲"
    panel = _search(workspace, qtbot, "甲乙甲")
    panel.query.setText("甲")
    workspace.search.search_now()
    row = _row_for(panel, lambda x: x.place.item is lesson and x.place.part == "title"
                   and x.start == 2)
    _click(qtbot, panel, row)
    panel.replacement.setText("丙")
    qtbot.mouseClick(panel.replace_one_button, Qt.MouseButton.LeftButton)
    assert lesson.title == "甲乙丙"
    title_field = workspace.window.editor_area.editor.fields["title"]
    assert title_field.text() == "甲乙丙"
    assert workspace.tree_model.data(workspace.tree_model.index_for(lesson)).endswith("甲乙丙")
    workspace.window.action("undo").trigger()
    assert lesson.title == "甲乙甲"
    assert title_field.text() == "甲乙甲"


def test_ctrl_h_puts_the_selection_in_the_query_and_focuses_replace(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = workspace.document.course.modules[0].lessons[0]
    workspace.select_object(lesson)
    visual = workspace.window.editor_area.editor.findChild(QTextEdit, "lesson-visual")
    visual.setFocus()
    cursor = visual.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(2, cursor.MoveMode.KeepAnchor)
    visual.setTextCursor(cursor)
    body = lesson.body
    qtbot.keyClick(visual, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert lesson.body == body  # not taken by the lesson editor's own shortcuts
    assert workspace.window.search_dock.isVisible()
    panel = workspace.window.search_panel
    assert panel.query.text() == visual.document().toPlainText()[:2]
    assert panel.replacement.hasFocus()


def test_snippets_show_no_markdown_marks() -> None:
    from ui.search.panel import plain

    assert plain("服务**增强**而不是") == "服务增强而不是"
    assert plain("概览 ![信用卡客户") == "概览 信用卡客户"  # an image cut by the snippet
    assert plain("因素](media/a.png) 后面") == "因素 后面"
    assert plain("看 [链接](x) 和 `代码`") == "看 链接 和 代码"


def test_a_very_common_word_lists_the_first_thousand(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.search.panel import MAX_LISTED

    course = workspace.document.course
    course.description = "㐀" * (MAX_LISTED + 5)  # a character the course does not use
    panel = _search(workspace, qtbot, "㐀")
    assert len(panel.match_rows()) == MAX_LISTED
    assert panel.status.text() == f"{MAX_LISTED + 5} matches; the first {MAX_LISTED} are listed"
    panel.replacement.setText("乙")
    assert workspace.search.replace_all() == MAX_LISTED + 5  # all of them, not only the listed
    assert course.description == "乙" * (MAX_LISTED + 5)


def test_enter_in_the_find_field_goes_to_the_next_match(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.document.course.description = "㐀 一 㐀"
    panel = _search(workspace, qtbot, "㐀")
    first = workspace.search.find_next()
    assert first is not None and first.start == 0
    assert workspace.current_node().obj is workspace.document.course
    assert panel.query.hasFocus()  # the trainer can keep typing or press Enter again
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    second = panel.current_match()
    assert second is not None and second.start == 4
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.current_match().start == 0  # wraps round


def test_escape_closes_the_find_panel(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = _search(workspace, qtbot, "信任")
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert not workspace.window.search_dock.isVisible()


def test_every_kind_of_field_is_reached_by_a_click(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    """For each kind of text in the bundled course: the item opens, and the text is selected
    in its box, or its row (with the right column) is current in its list."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget, QTextEdit

    done: set[str] = set()
    for place in search.course_places(workspace.document.course):
        text = place.read()
        if place.part in done or len(text.strip()) < 2:
            continue
        if place.part == "author":
            continue  # the course editor has no authors field (yet): the course opens
        done.add(place.part)
        match = search.Match(place, 0, 2, text)
        workspace.search.jump_to(match)
        assert workspace.current_node().obj is place.item, place.part
        focus = workspace.window.focusWidget()
        if isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit):  # a box, a card's field
            selected = (focus.selectedText() if isinstance(focus, QLineEdit)
                        else focus.textCursor().selectedText())
            assert selected == text[:2], place.part
        else:
            assert isinstance(focus, QAbstractItemView), (place.part, focus)
            assert focus.currentIndex().row() == place.row, place.part
            table = workspace.window.editor_area.editor.fields.get(place.field)
            if isinstance(focus, QTableWidget) and isinstance(place.key, str):
                column = table.columns[focus.currentIndex().column()]
                assert column.attr == place.key, place.part  # option text vs its feedback
    assert {"certificate_title", "node_text", "option_feedback", "section_analysis",
            "glossary_definition"} <= done
