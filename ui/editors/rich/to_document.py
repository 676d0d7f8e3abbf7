"""Markdown → QTextDocument for the visual editor.

Each top-level chunk is built and written back on its own first; a chunk that would not come
back byte for byte (an unusual spelling, raw HTML, a footnote …) is shown as a protected source
block instead, so opening and saving never changes a file.
"""

from __future__ import annotations

import json

from markdown_it.token import Token
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTableFormat,
)

from ui.editors.rich import props as p
from ui.editors.rich import styles
from ui.editors.rich.chunks import Chunk, Container, _closing_index, parse_container
from ui.editors.rich.inline_build import ImageResolver, InlineWriter, Unsupported

BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                 QTextListFormat.Style.ListSquare)
_ALIGN = {"text-align:left": Qt.AlignmentFlag.AlignLeft,
          "text-align:right": Qt.AlignmentFlag.AlignRight,
          "text-align:center": Qt.AlignmentFlag.AlignHCenter}


def markdown_to_document(text: str, document: QTextDocument, images: ImageResolver | None = None,
                         tail: tuple[str, ...] = ("",)) -> None:
    """Fill ``document`` (cleared first) with ``text``; ``tail`` is the canonical ending."""
    from ui.editors.rich.to_markdown import document_to_markdown

    document.clear()
    _root_property(document, p.INNER_TAIL, None)
    windows = "\r\n" in text and text.count("\r\n") == text.count("\n")
    source = text.replace("\r\n", "\n") if windows else text
    _root_property(document, p.NEWLINE, "\r\n" if windows else None)
    Builder(document, images).root(parse_container(source), list(tail))
    if document_to_markdown(document, tail) != text:  # safety net: never change a file
        document.clear()
        _root_property(document, p.NEWLINE, None)
        _root_property(document, p.INNER_TAIL, None)
        Builder(document, images).root(Container([Chunk("source", text.split("\n"),
                                                        name="markdown")], []), list(tail))


def _root_property(document: QTextDocument, key: int, value: str | None) -> None:
    fmt = document.rootFrame().frameFormat()
    if value is None:
        fmt.clearProperty(key)
    else:
        fmt.setProperty(key, value)
    document.rootFrame().setFrameFormat(fmt)


def encode_lines(lines: list[str]) -> str:
    return json.dumps(lines, ensure_ascii=False)


def frame_format(kind: str, accent: QColor, background: QColor) -> QTextFrameFormat:
    fmt = QTextFrameFormat()
    fmt.setProperty(p.KIND, kind)
    fmt.setBackground(QBrush(background))
    fmt.setBorder(1)
    fmt.setBorderBrush(QBrush(accent))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setPadding(8)
    fmt.setTopMargin(styles.LABEL_SPACE if kind != p.KIND_QUOTE else 6)
    fmt.setBottomMargin(6)
    return fmt


def callout_frame_format(kind: str, fence_open: str = "",
                         fence_close: str = ":::") -> QTextFrameFormat:
    fmt = frame_format(p.KIND_CALLOUT, *styles.callout_colours(kind))
    fmt.setProperty(p.CALLOUT, kind)
    fmt.setProperty(p.FENCE_OPEN, fence_open or f"::: {kind}")
    fmt.setProperty(p.FENCE_CLOSE, fence_close)
    return fmt


def source_frame_format(name: str) -> QTextFrameFormat:
    fmt = frame_format(p.KIND_SOURCE, *(QColor(c) for c in styles.SOURCE_COLOURS))
    fmt.setProperty(p.SOURCE_LABEL, name)
    return fmt


def quote_frame_format() -> QTextFrameFormat:
    fmt = frame_format(p.KIND_QUOTE, *(QColor(c) for c in styles.QUOTE_COLOURS))
    fmt.setLeftMargin(12)
    return fmt


def table_format(columns: int, delimiter: str = "") -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setHeaderRowCount(1)
    fmt.setBorder(1)
    fmt.setBorderBrush(QBrush(QColor("#9E9E9E")))
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    if delimiter:
        fmt.setProperty(p.TABLE_DELIM, delimiter)
    return fmt


def _lazy_lines(chunk: Chunk, token: Token) -> frozenset[int]:
    """Soft breaks (by number) of a list item followed by a line without indentation."""
    if token.map is None:
        return frozenset()
    first = token.map[0] - chunk.origin
    following = chunk.lines[first + 1:token.map[1] - chunk.origin]
    return frozenset(n for n, line in enumerate(following) if not line.startswith((" ", "\t")))


class Builder:
    def __init__(self, document: QTextDocument, images: ImageResolver | None,
                 probe: bool = False) -> None:
        self.document, self.images, self.probe = document, images, probe
        self.cursor = QTextCursor(document)
        self.fresh = True  # the cursor's block is empty and not used yet
        self.base_size = document.defaultFont().pointSizeF()
        if self.base_size <= 0:
            self.base_size = 10.0

    # -- containers

    def root(self, container: Container, tail_default: list[str]) -> None:
        self.cursor.beginEditBlock()
        self.chunks(container)
        if container.tail != tail_default:
            fmt = self.document.rootFrame().frameFormat()
            fmt.setProperty(p.INNER_TAIL, encode_lines(container.tail))
            self.document.rootFrame().setFrameFormat(fmt)
        self.cursor.endEditBlock()

    def chunks(self, container: Container) -> None:
        for index, chunk in enumerate(container.chunks):
            canonical = [] if index == 0 else [""]
            gap = None if chunk.gap == canonical else encode_lines(chunk.gap)
            self.chunk(chunk, gap)

    def chunk(self, chunk: Chunk, gap: str | None) -> None:
        if chunk.kind in ("paragraph", "heading", "list", "table") and not self.probe \
                and not self._fits(chunk):
            chunk = Chunk("source", chunk.lines, name="markdown")
        if chunk.kind in ("callout", "quote", "source"):
            self._frame_chunk(chunk, gap)
        else:
            getattr(self, f"_{chunk.kind}")(chunk, gap)

    def _fits(self, chunk: Chunk) -> bool:
        from ui.editors.rich.to_markdown import document_to_markdown

        probe = QTextDocument()
        probe.setDefaultFont(self.document.defaultFont())
        try:
            Builder(probe, None, probe=True).chunk(chunk, None)
        except Unsupported:
            return False
        return document_to_markdown(probe, ()) == chunk.text

    # -- blocks

    def new_block(self, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, char)

    @staticmethod
    def block_format(gap: str | None) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(6)
        if gap is not None:
            fmt.setProperty(p.GAP, gap)
        return fmt

    def _paragraph(self, chunk: Chunk, gap: str | None) -> None:
        tokens = chunk.tokens
        self.new_block(self.block_format(gap), QTextCharFormat())
        InlineWriter(self.cursor, QTextCharFormat(), self.images).write(tokens[1])

    def _heading(self, chunk: Chunk, gap: str | None) -> None:
        tokens = chunk.tokens
        level = int(tokens[0].tag[1:])
        block = self.block_format(gap)
        block.setHeadingLevel(level)
        block.setTopMargin(8)
        char = styles.heading_format(level, self.base_size)
        self.new_block(block, char)
        InlineWriter(self.cursor, char, self.images).write(tokens[1])

    def _list(self, chunk: Chunk, gap: str | None) -> None:
        tokens = chunk.tokens
        lists: list[QTextList | QTextListFormat] = []
        paragraphs = 0
        for index, token in enumerate(tokens):
            if token.type in ("bullet_list_open", "ordered_list_open"):
                lists.append(self._list_format(tokens, index, len(lists) + 1))
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                lists.pop()
            elif token.type == "list_item_open":
                self.new_block(self.block_format(gap), QTextCharFormat())
                gap, paragraphs = None, 0
                current = lists[-1]
                if isinstance(current, QTextListFormat):
                    lists[-1] = self.cursor.createList(current)
                else:
                    current.add(self.cursor.block())
            elif token.type == "paragraph_open":
                paragraphs += 1
                if paragraphs > 1:
                    raise Unsupported("several paragraphs in a list item")
            elif token.type == "inline":
                InlineWriter(self.cursor, QTextCharFormat(), self.images,
                             _lazy_lines(chunk, token)).write(token)
            elif token.type not in ("paragraph_close", "list_item_close"):
                raise Unsupported(token.type)

    @staticmethod
    def _list_format(tokens: list[Token], index: int, level: int) -> QTextListFormat:
        token = tokens[index]
        fmt = QTextListFormat()
        fmt.setIndent(level)
        if token.type == "ordered_list_open":
            fmt.setStyle(QTextListFormat.Style.ListDecimal)
            fmt.setStart(int(token.attrs.get("start", 1)))
        else:
            fmt.setStyle(BULLET_STYLES[min(level, 3) - 1])
        fmt.setProperty(p.MARKER, token.markup)
        closing = _closing_index(tokens, index)
        loose = any(t.type == "paragraph_open" and t.level == token.level + 2 and not t.hidden
                    for t in tokens[index:closing])
        if loose:
            fmt.setProperty(p.LOOSE, True)
        return fmt

    def _table(self, chunk: Chunk, gap: str | None) -> None:
        tokens = chunk.tokens
        rows: list[list[tuple[Token, str]]] = []
        align = ""
        for token in tokens:
            if token.type == "tr_open":
                rows.append([])
            elif token.type in ("th_open", "td_open"):
                align = str(token.attrs.get("style", ""))
            elif token.type == "inline" and rows:
                rows[-1].append((token, align))
        columns = max(len(row) for row in rows)
        fmt = table_format(columns, chunk.lines[1] if len(chunk.lines) > 1 else "")
        if gap is not None:
            fmt.setProperty(p.GAP, gap)
        table = self.cursor.insertTable(len(rows), columns, fmt)
        for r, row in enumerate(rows):
            for c, (token, align) in enumerate(row):
                cursor = table.cellAt(r, c).firstCursorPosition()
                block = cursor.blockFormat()
                block.setAlignment(_ALIGN.get(align, Qt.AlignmentFlag.AlignLeft))
                cursor.setBlockFormat(block)
                char = QTextCharFormat()
                if r == 0:
                    char.setFontWeight(QFont.Weight.Bold)
                InlineWriter(cursor, char, self.images).write(token)
        self._after(table.lastPosition())

    # -- frames

    def _frame_chunk(self, chunk: Chunk, gap: str | None) -> None:
        if chunk.kind == "callout":
            fmt = callout_frame_format(chunk.name, chunk.lines[0], chunk.lines[-1])
        elif chunk.kind == "quote":
            fmt = quote_frame_format()
        else:
            fmt = source_frame_format(chunk.name)
        if gap is not None:
            fmt.setProperty(p.GAP, gap)
        frame = self.cursor.insertFrame(fmt)
        self.fresh = True
        if chunk.inner is not None:
            self.chunks(chunk.inner)
            if chunk.inner.tail:
                fmt.setProperty(p.INNER_TAIL, encode_lines(chunk.inner.tail))
                frame.setFrameFormat(fmt)
        else:
            self._source_lines(chunk.lines)
        self._after(frame.lastPosition())

    def _source_lines(self, lines: list[str]) -> None:
        char = styles.mono_format(QTextCharFormat())
        for line in lines:
            self.new_block(QTextBlockFormat(), char)
            self.cursor.insertText(line, char)

    def _after(self, last_position: int) -> None:
        self.cursor.setPosition(last_position + 1)
        self.fresh = True
