"""What the toolbar does to the visual document: bold, headings, lists, tables, links,
images and call-outs, each as one undo step (one edit block)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtWidgets import QTextEdit

from ui.editors.rich import props as p
from ui.editors.rich import styles
from ui.editors.rich.inline_build import ImageResolver, image_format, link_format
from ui.editors.rich.to_document import BULLET_STYLES, callout_frame_format, table_format

MARKS = {"bold": (p.BOLD, "**"), "italic": (p.ITALIC, "*")}


def _apply_visual(fmt: QTextCharFormat, prop: int, on: bool, heading: bool) -> None:
    if prop == p.BOLD:
        fmt.setFontWeight(QFont.Weight.Bold if on or heading else QFont.Weight.Normal)
    else:
        fmt.setFontItalic(on)


def each_fragment(cursor: QTextCursor) -> Iterator[tuple[int, int, QTextCharFormat, QTextBlock]]:
    """(start, end, format, block) of every piece of text inside the selection."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = cursor.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            a = max(fragment.position(), start)
            b = min(fragment.position() + fragment.length(), end)
            if a < b:
                yield a, b, fragment.charFormat(), block
            it += 1
        block = block.next()


def change_chars(cursor: QTextCursor,
                 change: Callable[[QTextCharFormat, QTextBlock], None]) -> None:
    """Rewrite the character format of every piece of the selection (clears properties too,
    which mergeCharFormat cannot)."""
    pieces = list(each_fragment(cursor))
    editor = QTextCursor(cursor)
    for a, b, fmt, block in pieces:
        fmt = QTextCharFormat(fmt)
        change(fmt, block)
        editor.setPosition(a)
        editor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        editor.setCharFormat(fmt)


def toggle_mark(edit: QTextEdit, name: str) -> None:
    """Bold or italic on the selection (or for what is typed next), like Word's Ctrl+B."""
    prop, spelling = MARKS[name]
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        fmt = QTextCharFormat(cursor.charFormat())
        on = not fmt.property(prop)
        _set_mark(fmt, prop, spelling if on else "", cursor.blockFormat().headingLevel() > 0)
        edit.setCurrentCharFormat(fmt)
        return
    on = not all(fmt.property(prop) for *_, fmt, _ in each_fragment(cursor))

    def change(fmt: QTextCharFormat, block: QTextBlock) -> None:
        _set_mark(fmt, prop, spelling if on else "", block.blockFormat().headingLevel() > 0)

    cursor.beginEditBlock()
    change_chars(cursor, change)
    cursor.endEditBlock()


def _set_mark(fmt: QTextCharFormat, prop: int, spelling: str, heading: bool) -> None:
    if spelling:
        if not fmt.property(prop):
            fmt.setProperty(prop, spelling)
    else:
        fmt.clearProperty(prop)
    _apply_visual(fmt, prop, bool(spelling), heading)


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [block]
    while block != last and block.isValid():
        block = block.next()
        blocks.append(block)
    return blocks


def _block_cursor(cursor: QTextCursor, block: QTextBlock) -> QTextCursor:
    editor = QTextCursor(cursor.document())
    editor.setPosition(block.position())
    editor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    return editor


def _leave_list(block: QTextBlock) -> None:
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
        cursor = QTextCursor(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)


def set_heading(edit: QTextEdit, level: int) -> None:
    """Heading 1–6 for the selected paragraphs; 0 makes them body text again."""
    cursor = edit.textCursor()
    base = edit.document().defaultFont().pointSizeF()
    cursor.beginEditBlock()
    for block in selected_blocks(cursor):
        _leave_list(block)
        editor = QTextCursor(block)
        block_format = editor.blockFormat()
        block_format.setHeadingLevel(level)
        editor.setBlockFormat(block_format)

        def change(char: QTextCharFormat, _block: QTextBlock) -> None:
            char.setFontPointSize(base * styles.HEADING_SCALE.get(level, 1.0) if level else base)
            bold = level > 0 or bool(char.property(p.BOLD))
            char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

        change_chars(_block_cursor(cursor, block), change)
        heading = styles.heading_format(level, base) if level else QTextCharFormat()
        if not level:
            heading.setFontPointSize(base)
            heading.setFontWeight(QFont.Weight.Normal)
        editor.mergeBlockCharFormat(heading)
    cursor.endEditBlock()
    if not cursor.hasSelection():
        fmt = QTextCharFormat(edit.currentCharFormat())
        fmt.setFontPointSize(base * styles.HEADING_SCALE.get(level, 1.0) if level else base)
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        edit.setCurrentCharFormat(fmt)


def list_format(ordered: bool, level: int = 1) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setIndent(level)
    if ordered:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setProperty(p.MARKER, ".")
    else:
        fmt.setStyle(BULLET_STYLES[min(level, 3) - 1])
        fmt.setProperty(p.MARKER, "-")
    return fmt


def is_ordered(fmt: QTextListFormat) -> bool:
    return fmt.style() not in BULLET_STYLES


def toggle_list(edit: QTextEdit, ordered: bool) -> None:
    """Make the selected paragraphs a bulleted or numbered list, or plain text again."""
    cursor = edit.textCursor()
    blocks = selected_blocks(cursor)
    lists = [b.textList() for b in blocks]
    cursor.beginEditBlock()
    if all(lst is not None and is_ordered(lst.format()) == ordered for lst in lists):
        for block in blocks:
            _leave_list(block)
    else:
        for block in blocks:
            _leave_list(block)
            if block.blockFormat().headingLevel():
                set_heading_block(block, edit)
        first = QTextCursor(blocks[0])
        new_list = first.createList(list_format(ordered))
        for block in blocks[1:]:
            new_list.add(block)
    cursor.endEditBlock()


def set_heading_block(block: QTextBlock, edit: QTextEdit) -> None:
    keep = edit.textCursor()
    edit.setTextCursor(QTextCursor(block))
    set_heading(edit, 0)
    edit.setTextCursor(keep)


def change_indent(edit: QTextEdit, step: int) -> bool:
    """Indent (+1) or outdent (−1) the selected list items; False outside a list."""
    cursor = edit.textCursor()
    blocks = [b for b in selected_blocks(cursor) if b.textList() is not None]
    if not blocks:
        return False
    cursor.beginEditBlock()
    for block in blocks:
        _move_level(block, step)
    cursor.endEditBlock()
    return True


def _move_level(block: QTextBlock, step: int) -> None:
    text_list = block.textList()
    fmt = text_list.format()
    level = fmt.indent() + step
    if level < 1:
        _leave_list(block)
        return
    target = _neighbour_list(block, level)
    if target is not None:
        text_list.remove(block)
        target.add(block)
        return
    QTextCursor(block).createList(list_format(is_ordered(fmt), level))


def _neighbour_list(block: QTextBlock, level: int):  # type: ignore[no-untyped-def]
    """The list at ``level`` that the block would join: the nearest one above, while the
    blocks above are list items."""
    previous = block.previous()
    while previous.isValid() and previous.textList() is not None:
        found = previous.textList()
        if found.format().indent() == level:
            return found
        if found.format().indent() < level:
            return None
        previous = previous.previous()
    return None


# -- tables


def insert_table(edit: QTextEdit, rows: int, columns: int) -> QTextTable:
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    _to_empty_block(cursor)
    table = cursor.insertTable(rows, columns, table_format(columns))
    header = QTextCharFormat()
    header.setFontWeight(QFont.Weight.Bold)
    for column in range(columns):
        cell = table.cellAt(0, column)
        cell_cursor = cell.firstCursorPosition()
        cell_cursor.setBlockCharFormat(header)
        cell_cursor.setCharFormat(header)
    cursor.endEditBlock()
    edit.setTextCursor(table.cellAt(0, 0).firstCursorPosition())
    return table


def _to_empty_block(cursor: QTextCursor) -> None:
    """Where a table or box goes: this block if it is empty, else a new one after it."""
    cursor.clearSelection()
    frame = _outer_frame(cursor)
    if frame is not None:
        cursor.setPosition(frame.lastPosition() + 1)
    if cursor.block().text():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())


def _outer_frame(cursor: QTextCursor) -> QTextFrame | None:
    """The outermost frame (box or table) around the cursor, None in the body itself."""
    frame = cursor.currentFrame()
    root = cursor.document().rootFrame()
    outer = None
    while frame is not None and frame != root:
        outer = frame
        frame = frame.parentFrame()
    return outer


def table_edit(edit: QTextEdit, action: str) -> bool:
    """Rows and columns: row_above, row_below, column_left, column_right, delete_row,
    delete_column, delete_table. False when the cursor is not in a table."""
    cursor = edit.textCursor()
    table = cursor.currentTable()
    if table is None:
        return False
    cell = table.cellAt(cursor)
    row, column = cell.row(), cell.column()
    cursor.beginEditBlock()
    if action == "row_above":
        table.insertRows(row, 1)
    elif action == "row_below":
        table.insertRows(row + 1, 1)
    elif action == "column_left":
        table.insertColumns(column, 1)
    elif action == "column_right":
        table.insertColumns(column + 1, 1)
    elif action == "delete_row" and table.rows() > 1:
        table.removeRows(row, 1)
    elif action == "delete_column" and table.columns() > 1:
        table.removeColumns(column, 1)
    elif action in ("delete_table", "delete_row", "delete_column"):
        remover = QTextCursor(edit.document())
        remover.setPosition(table.firstPosition() - 1)
        remover.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        remover.removeSelectedText()
        cursor.endEditBlock()
        return True
    cursor.endEditBlock()
    cell = table.cellAt(min(row, table.rows() - 1), min(column, table.columns() - 1))
    edit.setTextCursor(cell.firstCursorPosition())  # stay in the table for the next command
    return True


# -- links, images, boxes


def set_link(edit: QTextEdit, text: str, href: str) -> None:
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    if cursor.hasSelection() and text == cursor.selectedText():
        def change(fmt: QTextCharFormat, _block: QTextBlock) -> None:
            if href:
                link_format(fmt, href)
            else:
                fmt.setAnchor(False)
                fmt.clearProperty(fmt.Property.AnchorHref)
                fmt.clearForeground()
                fmt.setFontUnderline(False)
        change_chars(cursor, change)
    else:
        fmt = QTextCharFormat(cursor.charFormat())
        link_format(fmt, href)
        cursor.insertText(text, fmt)
        plain = QTextCharFormat(fmt)
        plain.setAnchor(False)
        plain.clearProperty(plain.Property.AnchorHref)
        plain.clearForeground()
        plain.setFontUnderline(False)
        cursor.setCharFormat(plain)
        edit.setTextCursor(cursor)
        edit.setCurrentCharFormat(plain)
    cursor.endEditBlock()


def insert_image(edit: QTextEdit, src: str, alt: str, resolve: ImageResolver | None) -> None:
    cursor = edit.textCursor()
    cursor.insertImage(image_format(src, alt, "", resolve))
    edit.setTextCursor(cursor)


def insert_callout(edit: QTextEdit, kind: str) -> QTextFrame:
    """A shaded call-out box; the selected paragraphs move into it."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    if not cursor.hasSelection() or _outer_frame(cursor) is not None:
        _to_empty_block(cursor)
    frame = cursor.insertFrame(callout_frame_format(kind))
    cursor.endEditBlock()
    edit.setTextCursor(frame.firstCursorPosition())
    return frame


def box_at(cursor: QTextCursor) -> QTextFrame | None:
    """The call-out, quote or source box around the cursor (not a table)."""
    frame = cursor.currentFrame()
    root = cursor.document().rootFrame()
    while frame is not None and frame != root:
        if frame.frameFormat().property(p.KIND) in (p.KIND_CALLOUT, p.KIND_QUOTE, p.KIND_SOURCE):
            return frame
        frame = frame.parentFrame()
    return None


def remove_frame(frame: QTextFrame) -> QTextCursor:
    """Delete a box with what it holds; returns a cursor in an empty paragraph where it was
    (the paragraphs before and after stay apart, with their formats)."""
    document = frame.document()
    after = document.findBlock(frame.lastPosition() + 1)
    after_block, after_char = after.blockFormat(), after.charFormat()
    cursor = QTextCursor(document)
    cursor.setPosition(frame.firstPosition() - 1)
    cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.insertBlock(after_block, after_char)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    return cursor
