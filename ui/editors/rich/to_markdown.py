"""QTextDocument → Markdown: walks frames, tables, lists and blocks and writes the documented
format, with the spelling the document carries (see props) and canonical spelling otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from PySide6.QtGui import (
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)

from ui.editors.rich import props as p
from ui.editors.rich.inline_markdown import SPAN, block_markdown

ORDERED_STYLES = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                  QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                  QTextListFormat.Style.ListUpperRoman)


def document_to_markdown(document: QTextDocument, tail: Sequence[str] = ("",)) -> str:
    """The Markdown of the whole document; ``tail`` is the ending when none was recorded."""
    text = "\n".join(container_lines(document.rootFrame(), list(tail)))
    newline = document.rootFrame().frameFormat().property(p.NEWLINE)
    return text.replace("\n", newline) if newline == "\r\n" else text


def selection_to_markdown(document: QTextDocument, start: int, end: int) -> str:
    """The Markdown of what lies between two positions (copy, drag): whole boxes and tables
    that the selection touches, the selected part of each paragraph."""
    token = SPAN.set((start, end))
    try:
        return "\n".join(container_lines(document.rootFrame(), []))
    finally:
        SPAN.reset(token)


def _outside(first: int, last: int) -> bool:
    span = SPAN.get()
    return span is not None and (last < span[0] or first >= span[1])


def _lines_property(fmt: QTextFormat, key: int) -> list[str] | None:
    value = fmt.property(key)
    return json.loads(value) if isinstance(value, str) else None


def container_lines(frame: QTextFrame, tail_default: list[str]) -> list[str]:
    out: list[str] = []
    chunks = frame_chunks(frame)
    if SPAN.get() is not None:  # copying: paragraphs outside the selection leave nothing
        chunks = (chunk for chunk in chunks if any(line.strip() for line in chunk[1]))
    for index, (gap, lines) in enumerate(chunks):
        if gap is None:
            gap = [] if index == 0 else [""]
        out += gap + lines
    tail = _lines_property(frame.frameFormat(), p.INNER_TAIL)
    if tail is None or (SPAN.get() is not None and frame.parentFrame() is None):
        tail = tail_default
    return out + tail


def frame_chunks(frame: QTextFrame) -> Iterator[tuple[list[str] | None, list[str]]]:
    run: list[QTextBlock] = []
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        block = it.currentBlock()
        if child is not None and _outside(child.firstPosition(), child.lastPosition()):
            pass
        elif child is None and _outside(block.position(), block.position() + block.length() - 1):
            yield from _flush(run)
        elif child is not None:
            yield from _flush(run)
            yield _lines_property(child.frameFormat(), p.GAP), _frame_lines(child)
        elif block.textList() is not None:
            if run and _starts_list(block, run[0]):
                yield from _flush(run)
            run.append(block)
        elif block.text().strip():
            yield from _flush(run)
            yield _lines_property(block.blockFormat(), p.GAP), _block_lines(block)
        else:
            yield from _flush(run)
        it += 1
    yield from _flush(run)


def _flush(run: list[QTextBlock]) -> Iterator[tuple[list[str] | None, list[str]]]:
    if run:
        first = run[0]
        yield _lines_property(first.blockFormat(), p.GAP), list_lines(run)
        run.clear()


def _list_key(block: QTextBlock) -> int:
    text_list = block.textList()
    return text_list.item(0).position() if text_list is not None else -1


def _starts_list(block: QTextBlock, first: QTextBlock) -> bool:
    text_list = block.textList()
    return (text_list is not None and text_list.format().indent() <= 1
            and _list_key(block) != _list_key(first))


def _block_lines(block: QTextBlock) -> list[str]:
    text = block_markdown(block)
    level = block.blockFormat().headingLevel()
    if level:
        text = f"{'#' * min(level, 6)} {text}"
    return text.split("\n")


def _marker(block: QTextBlock) -> str:
    text_list = block.textList()
    fmt = text_list.format()
    spelling = fmt.property(p.MARKER)
    if fmt.style() in ORDERED_STYLES:
        delimiter = spelling if spelling in (".", ")") else "."
        return f"{fmt.start() + text_list.itemNumber(block)}{delimiter}"
    return spelling if spelling in ("-", "*", "+") else "-"


def list_lines(blocks: list[QTextBlock]) -> list[str]:
    lines: list[str] = []
    parents: list[tuple[int, str]] = []  # (level, indentation of that item's content)
    for index, block in enumerate(blocks):
        fmt = block.textList().format()
        level = fmt.indent()
        while parents and parents[-1][0] >= level:
            parents.pop()
        prefix = parents[-1][1] if parents else ""
        marker = _marker(block)
        first, *rest = block_markdown(block).split("\n")
        lines.append(f"{prefix}{marker} {first}" if first else f"{prefix}{marker}")
        content = prefix + " " * (len(marker) + 1)
        lines += [_continuation(content, line) for line in rest]
        parents.append((level, content))
        if fmt.property(p.LOOSE) and index + 1 < len(blocks):
            lines.append("")
    return lines


def _continuation(indent: str, line: str) -> str:
    if line.startswith(p.LAZY_MARK):  # written without indentation (a "lazy" line)
        return line[len(p.LAZY_MARK):]
    return indent + line if line else line


def _frame_lines(frame: QTextFrame) -> list[str]:
    if isinstance(frame, QTextTable):
        token = SPAN.set(None)  # a table is copied whole
        try:
            return table_lines(frame)
        finally:
            SPAN.reset(token)
    fmt = frame.frameFormat()
    kind = fmt.property(p.KIND)
    if kind == p.KIND_SOURCE:
        return source_lines(frame)
    inner = container_lines(frame, [])
    if kind == p.KIND_QUOTE:
        return [f"> {line}" if line else ">" for line in inner]
    if kind == p.KIND_CALLOUT:
        return [str(fmt.property(p.FENCE_OPEN)), *inner, str(fmt.property(p.FENCE_CLOSE))]
    return inner


def source_lines(frame: QTextFrame) -> list[str]:
    lines = []
    it = frame.begin()
    while not it.atEnd():
        block = it.currentBlock()
        if block.isValid():
            lines.append(block.text())
        it += 1
    return lines


def _cell_markdown(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    parts = []
    block = cell.firstCursorPosition().block()
    end = cell.lastCursorPosition().block()
    while block.isValid():
        parts.append(block_markdown(block, table=True).replace("\n", "<br>"))
        if block == end:
            break
        block = block.next()
    return "<br>".join(part for part in parts if part)


def _delimiter(table: QTextTable) -> str:
    stored = table.format().property(p.TABLE_DELIM)
    columns = table.columns()
    if isinstance(stored, str) and stored.strip().strip("|").count("|") + 1 == columns:
        return stored
    return "|" + "---|" * columns


def table_lines(table: QTextTable) -> list[str]:
    rows = [[_cell_markdown(table, r, c) for c in range(table.columns())]
            for r in range(table.rows())]
    lines = [_row_line(row) for row in rows]
    return [*lines[:1], _delimiter(table), *lines[1:]]


def _row_line(cells: list[str]) -> str:
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"
