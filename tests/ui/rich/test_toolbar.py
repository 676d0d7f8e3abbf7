"""Each toolbar command and shortcut writes the documented Markdown into the course."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor

from courseware import model as m
from exporters.html.markdown_render import markdown_to_html
from tests.ui.rich.helpers import build, source_blocks
from ui.editors.rich import props as p
from ui.editors.rich.field import MarkdownField
from ui.editors.rich.table_picker import CELL, SizeGrid


def render_markdown(text: str) -> str:
    """The text of the lesson as the exports render it (Python-Markdown)."""
    html = str(markdown_to_html(text, trainer_edition=True, callout_titles={}))
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def _type(field: MarkdownField, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, text)


def _select_all(field: MarkdownField) -> None:
    cursor = field.visual.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    field.visual.setTextCursor(cursor)


def _trigger(field: MarkdownField, name: str) -> None:
    field.actions_by_name[name].trigger()


def test_typing_writes_plain_markdown(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "Trust *me*")
    assert lesson.body == "Trust \\*me\\*\n"  # typed stars are text, not emphasis


def test_bold_italic_and_headings(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "abc")
    _select_all(field)
    _trigger(field, "bold")
    assert lesson.body == "**abc**\n"
    _trigger(field, "italic")
    assert lesson.body == "***abc***\n"
    _trigger(field, "bold")
    _trigger(field, "italic")
    assert lesson.body == "abc\n"
    for level in (1, 2, 3):
        _trigger(field, f"heading_{level}")
        assert lesson.body == f"{'#' * level} abc\n"
    _trigger(field, "paragraph")
    assert lesson.body == "abc\n"


def test_shortcuts(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "abc")
    _select_all(field)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(field.visual, Qt.Key.Key_B, ctrl)
    assert lesson.body == "**abc**\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_I, ctrl)
    assert lesson.body == "***abc***\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_2, ctrl)
    assert lesson.body.startswith("## ")
    qtbot.keyClick(field.visual, Qt.Key.Key_0, ctrl)
    shift = ctrl | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(field.visual, Qt.Key.Key_8, shift)
    assert lesson.body == "- ***abc***\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_7, shift)
    assert lesson.body == "1. ***abc***\n"


def test_typing_after_bold_continues_bold(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "a ")
    _trigger(field, "bold")
    _type(field, qtbot, "strong")
    _trigger(field, "bold")
    _type(field, qtbot, " end")
    assert lesson.body == "a **strong** end\n"


def test_lists_indent_and_outdent(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "one")
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)
    _type(field, qtbot, "two")
    _select_all(field)
    _trigger(field, "bullets")
    assert lesson.body == "- one\n- two\n"
    cursor = field.visual.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.visual.setTextCursor(cursor)
    _trigger(field, "indent")
    assert lesson.body == "- one\n  - two\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert lesson.body == "- one\n- two\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_Tab)
    assert lesson.body == "- one\n  - two\n"
    _select_all(field)
    _trigger(field, "numbers")
    assert lesson.body == "1. one\n2. two\n"
    _trigger(field, "numbers")
    assert lesson.body == "one\n\ntwo\n"


def test_table_size_picker_and_rows_and_columns(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "Before")
    grid = field.findChild(SizeGrid, "rich-table-grid")
    point = QPoint(CELL * 2 + CELL // 2, CELL * 1 + CELL // 2)  # third column, second row
    qtbot.mouseMove(grid, point)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=point)
    assert lesson.body == "Before\n\n| | | |\n|---|---|---|\n| | | |\n"
    qtbot.keyClicks(field.visual, "A")
    _trigger(field, "table_row_below")
    _trigger(field, "table_column_right")
    assert lesson.body == ("Before\n\n| A | | | |\n|---|---|---|---|\n| | | | |\n"
                           "| | | | |\n")
    _trigger(field, "table_delete_column")
    _trigger(field, "table_delete_row")
    assert lesson.body == "Before\n\n| | | |\n|---|---|---|\n| | | |\n"
    document = build(lesson.body)
    table = document.rootFrame().childFrames()[0]
    assert table.rows() == 2 and table.columns() == 3  # type: ignore[attr-defined]
    _trigger(field, "table_delete_table")
    assert lesson.body == "Before\n"


def test_table_commands_in_the_right_click_menu(field, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.insert_table(2, 2)
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    field._context_menu(menu)
    names = [action.objectName() for action in menu.actions()]
    assert "rich-table-row-below" in names and "rich-table-delete-column" in names
    menu.deleteLater()


def test_callout_insert_and_every_kind(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _trigger(field, "callout_tip")
    _type(field, qtbot, "Tip text")
    assert lesson.body == "::: tip\nTip text\n:::\n"
    frame = field.visual.document().rootFrame().childFrames()[0]
    assert frame.frameFormat().property(p.CALLOUT) == "tip"
    for kind in ("note", "warning", "example", "trainer"):
        cursor = field.visual.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        field.visual.setTextCursor(cursor)
        _trigger(field, f"callout_{kind}")
        _type(field, qtbot, kind)
    assert lesson.body == ("::: tip\nTip text\n:::\n\n::: note\nnote\n:::\n\n::: warning\nwarning\n"
                           ":::\n\n::: example\nexample\n:::\n\n::: trainer\ntrainer\n:::\n")


def test_link(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "See ")
    field.set_link("the guide", "https://example.com/guide")
    _type(field, qtbot, " now")
    assert lesson.body == "See [the guide](https://example.com/guide) now\n"
    cursor = field.visual.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(13, QTextCursor.MoveMode.KeepAnchor)
    field.visual.setTextCursor(cursor)
    field.set_link("the guide", "")
    assert lesson.body == "See the guide now\n"


def test_picture_button_copies_into_media_and_links_relatively(  # type: ignore[no-untyped-def]
        field, lesson: m.Lesson, course_document, tmp_path: Path) -> None:
    picture = tmp_path / "outside" / "chart.png"
    picture.parent.mkdir()
    picture.write_bytes((course_document.root / "media" / "flow.png").read_bytes())
    other = tmp_path / "outside" / "team.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(other))
    asked: list[str] = []
    before = lesson.body
    field.ask_alt = lambda _parent, _pixmap, alt, **_: asked.append(alt) or None  # cancelled
    field.insert_image_file(picture)
    assert asked == ["chart"] and lesson.body == before
    assert not (course_document.root / "media" / "chart.png").exists()  # nothing copied
    field.ask_alt = lambda _parent, _pixmap, alt, **_: "三个环节的流程图"
    field.insert_image_file(picture)
    # the same picture is in the course already: linked, not stored twice
    assert lesson.body == "![三个环节的流程图](../../../media/flow.png)\n"
    assert not (course_document.root / "media" / "chart.png").exists()
    lesson.body = ""
    field.document.changed.emit(lesson)
    field.insert_image_file(other)  # a new picture is copied in
    assert lesson.body == "![三个环节的流程图](../../../media/team.png)\n"
    assert (course_document.root / "media" / "team.png").read_bytes() == other.read_bytes()
    fragment = next(iter_fragments(field))
    assert fragment.charFormat().isImageFormat()
    assert fragment.charFormat().toImageFormat().width() > 0  # the picture is shown


def iter_fragments(field: MarkdownField):  # type: ignore[no-untyped-def]
    it = field.visual.document().firstBlock().begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def test_enter_after_a_heading_starts_body_text(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(field, qtbot, "Title")
    _trigger(field, "heading_2")
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)
    _type(field, qtbot, "Body")
    assert lesson.body == "## Title\n\nBody\n"


def _cursor_into(field: MarkdownField, text: str) -> None:
    found = field.visual.document().find(text)
    assert not found.isNull(), text
    field.visual.setTextCursor(found)


def test_remove_a_box_keeping_its_text(field, lesson: m.Lesson) -> None:  # type: ignore[no-untyped-def]
    lesson.body = "Before\n\n::: tip\nInside **it**.\n:::\n\nAfter\n"
    field.document.changed.emit(lesson)
    _cursor_into(field, "Inside")
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    field._context_menu(menu)
    assert "rich-unwrap" in [action.objectName() for action in menu.actions()]
    menu.deleteLater()
    steps = field.document.undo_stack.count()
    field.actions_by_name["unwrap"].trigger()
    assert lesson.body == "Before\n\nInside **it**.\n\nAfter\n"
    assert field.document.undo_stack.count() == steps + 1


def test_a_fixed_source_block_becomes_formatted_text(field, lesson: m.Lesson) -> None:  # type: ignore[no-untyped-def]
    lesson.body = "Title\n=====\n"
    field.document.changed.emit(lesson)
    assert source_blocks(field.visual.document()) == ["Title"]
    _cursor_into(field, "=====")
    cursor = field.visual.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("## Title")
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    field.visual.setTextCursor(cursor)
    field.actions_by_name["reformat"].trigger()
    assert lesson.body == "## Title\n"
    assert source_blocks(field.visual.document()) == []
    assert field.visual.document().firstBlock().blockFormat().headingLevel() == 2 or any(
        b.blockFormat().headingLevel() == 2 for b in _blocks(field))


def _blocks(field: MarkdownField):  # type: ignore[no-untyped-def]
    block = field.visual.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_pictures_outside_the_course_are_not_read(field, lesson: m.Lesson, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    outside = tmp_path / "secret.png"
    outside.write_bytes((field.document.root / "media" / "flow.png").read_bytes())
    lesson.body = (f"![x]({outside.as_uri()}) ![y](../../../../secret.png) "
                   "![图](../../../media/图.png)\n")
    field.document.changed.emit(lesson)
    names = [f.charFormat().toImageFormat().name() for f in iter_fragments(field)
             if f.charFormat().isImageFormat()]
    assert len(names) == 3 and all(name.startswith("missing:") for name in names)
    resource = QTextDocument.ResourceType.ImageResource.value
    from PySide6.QtCore import QUrl

    assert field.visual.loadResource(resource, QUrl.fromLocalFile(str(outside))).isNull()
    assert field.visual.loadResource(resource, QUrl(f"missing:{outside}")).isNull()
    inside = field.document.root / "media" / "flow.png"
    assert not field.visual.loadResource(resource, QUrl.fromLocalFile(str(inside))).isNull()
    assert field.markdown() == lesson.body


def test_word_style_autoformat_of_lists_and_headings(field, lesson: m.Lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, "## Title")
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)
    qtbot.keyClicks(field.visual, "1. first")
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)
    qtbot.keyClicks(field.visual, "second")
    assert lesson.body == "## Title\n\n1. first\n2. second\n"
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)
    qtbot.keyClick(field.visual, Qt.Key.Key_Return)  # an empty item ends the list, as in Word
    qtbot.keyClicks(field.visual, "- bullet")
    assert lesson.body == "## Title\n\n1. first\n2. second\n\n- bullet\n"


def test_ctrl_k_asks_for_the_link(field, lesson: m.Lesson, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from ui.editors.rich.field import LinkDialog

    def answer(dialog: LinkDialog) -> int:
        assert dialog.text.text() == "guide"  # the selected words
        dialog.address.setText("https://example.com/g")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LinkDialog, "exec", answer)
    field.visual.setFocus()
    qtbot.keyClicks(field.visual, "guide")
    _select_all(field)
    qtbot.keyClick(field.visual, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert lesson.body == "[guide](https://example.com/g)\n"


@pytest.mark.parametrize(("typed", "written"), [
    ("2*3 = 6", "2\\*3 = 6"), ("a_b and _c_", "a_b and \\_c\\_"), ("[note]", "\\[note\\]"),
    ("<div> & &copy;", "&lt;div> & &amp;copy;"), ("1986. A year", "1986\\. A year"),
    ("# not a heading", "\\# not a heading"), (":::", "&#58;::"), ("+ plus", "\\+ plus"),
])
def test_typed_characters_stay_text(field, lesson: m.Lesson, typed: str, written: str) -> None:  # type: ignore[no-untyped-def]
    field.visual.insertPlainText(typed)
    assert lesson.body == f"{written}\n"
    document = build(lesson.body)  # and read back, it is the same text
    assert document.toPlainText() == typed
    assert render_markdown(lesson.body) == typed  # the exports show what was typed


def test_bold_around_chinese_quotes_reads_back_bold(field, lesson: m.Lesson) -> None:  # type: ignore[no-untyped-def]
    """CommonMark does not read 客户**“可靠”**的 as bold (a letter, then punctuation): such a
    run is written with <strong>, which every renderer and the editor read as bold."""
    field.visual.insertPlainText("客户“可靠”的服务，**不是**")
    cursor = field.visual.document().find("“可靠”")
    field.visual.setTextCursor(cursor)
    field.actions_by_name["bold"].trigger()
    assert lesson.body == "客户<strong>“可靠”</strong>的服务，\\*\\*不是\\*\\*\n"
    document = build(lesson.body)
    assert source_blocks(document) == []
    bold = [f.text() for f in _fragments(document) if f.charFormat().property(p.BOLD)]
    assert bold == ["“可靠”"]
    assert "<strong>“可靠”</strong>" in str(markdown_to_html(
        lesson.body, trainer_edition=True, callout_titles={}))
    cursor = field.visual.document().find("服务")
    field.visual.setTextCursor(cursor)
    field.actions_by_name["bold"].trigger()
    assert "的**服务**，" in lesson.body  # where ** works, ** is written


def _fragments(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_double_click_a_picture_to_describe_it(field, lesson: m.Lesson, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lesson.body = "![](../../../media/flow.png)\n"
    field.document.changed.emit(lesson)
    asked: list[str] = []

    def answer(_parent, pixmap, alt, **_kwargs):  # type: ignore[no-untyped-def]
        assert not pixmap.isNull()  # the picture itself is shown in the dialog
        asked.append(alt)
        return "三个环节的流程图"

    field.ask_alt = answer
    field.visual.show()
    rect = field.visual.cursorRect(field.visual.document().find("\ufffc"))
    point = rect.center()
    assert field.visual.image_at(point) is not None
    qtbot.mouseDClick(field.visual.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert asked == [""]
    assert lesson.body == "![三个环节的流程图](../../../media/flow.png)\n"
