"""Markdown formatting applied to the selection of a QPlainTextEdit (bold, heading, list …)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

TABLE_TEMPLATE = "\n| | |\n|---|---|\n| | |\n"


def wrap_selection(editor: QPlainTextEdit, marker: str) -> None:
    """``**text**``; with no selection, insert the markers and put the cursor between."""
    cursor = editor.textCursor()
    text = cursor.selectedText()
    cursor.insertText(f"{marker}{text}{marker}")
    if not text:
        cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
    editor.setTextCursor(cursor)


def prefix_lines(editor: QPlainTextEdit, prefix: str) -> None:
    """Put ``prefix`` before every line touched by the selection (headings, list items)."""
    cursor = editor.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    cursor.setPosition(start)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.beginEditBlock()
    while True:
        cursor.insertText(prefix)
        end += len(prefix)
        if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock) or cursor.position() > end:
            break
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def insert_block(editor: QPlainTextEdit, kind: str) -> None:
    """A ``::: kind`` block around the selection (or an empty one)."""
    cursor = editor.textCursor()
    text = cursor.selectedText().replace("\u2029", "\n")
    cursor.insertText(f"\n::: {kind}\n{text}\n:::\n")
    if not text:
        cursor.movePosition(QTextCursor.MoveOperation.Up, n=2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)


def insert_text(editor: QPlainTextEdit, text: str) -> None:
    editor.textCursor().insertText(text)


def table_markdown(rows: int, columns: int) -> str:
    """An empty ``rows`` × ``columns`` table (the first row is the header)."""
    row = "|" + " |" * columns
    return "\n" + "\n".join([row, "|" + "---|" * columns] + [row] * (rows - 1)) + "\n"


def wrap_link(editor: QPlainTextEdit, text: str, address: str) -> None:
    editor.textCursor().insertText(f"[{text}]({address})")
