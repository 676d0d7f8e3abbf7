"""markdown-it inline tokens → formatted text at a QTextCursor (bold, links, images …)."""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.token import Token
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImageReader,
    QTextCharFormat,
    QTextCursor,
    QTextImageFormat,
)

from ui.editors.rich import props as p
from ui.editors.rich import styles

# an image path as written → the file to show (None: not found or outside the course)
ImageResolver = Callable[[str], "str | None"]
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


class Unsupported(Exception):
    """A construct the visual editor cannot show faithfully: the chunk stays source."""


def image_format(src: str, alt: str, title: str, resolve: ImageResolver | None) -> QTextImageFormat:
    fmt = QTextImageFormat()
    fmt.setProperty(p.IMAGE_SRC, src)
    fmt.setProperty(p.IMAGE_ALT, alt)
    if title:
        fmt.setProperty(p.IMAGE_TITLE, title)
    path = resolve(src) if resolve is not None else None
    # a picture outside the course is never loaded (the name is not a file: "missing:…")
    fmt.setName(QUrl.fromLocalFile(path).toString() if path else f"missing:{src}")
    fmt.setToolTip(alt or src)
    if path:
        size = QImageReader(path).size()
        if size.isValid() and size.width() > 0:
            width = min(size.width(), styles.IMAGE_MAX_WIDTH)
            fmt.setWidth(width)
            fmt.setHeight(size.height() * width / size.width())
    return fmt


def link_format(fmt: QTextCharFormat, href: str, title: str = "") -> None:
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setForeground(QColor(styles.LINK_COLOUR))
    fmt.setFontUnderline(True)
    if title:
        fmt.setProperty(p.LINK_TITLE, title)


def _line_ending(line: str) -> str:
    """A hard break's spelling at the end of a line: the spaces, or a backslash."""
    if line.endswith("\\"):
        return "\\"
    return line[len(line.rstrip(" ")):]


_HTML_BOLD = {"<strong>", "</strong>", "<b>", "</b>"}
_HTML_ITALIC = {"<em>", "</em>", "<i>", "</i>"}


class InlineWriter:
    """Writes one block's inline tokens with the Markdown spelling kept in format properties."""

    def __init__(self, cursor: QTextCursor, base: QTextCharFormat,
                 images: ImageResolver | None, lazy: frozenset[int] = frozenset()) -> None:
        self.cursor, self.base, self.images = cursor, base, images
        self.lazy, self.breaks = lazy, 0  # soft breaks (by number) before unindented lines
        self.endings: list[str] = []  # how each line of the block ends, in order
        self.bold = self.italic = ""
        self.link: tuple[str, str] | None = None

    def write(self, token: Token) -> None:
        self.endings = [_line_ending(line) for line in token.content.split("\n")[:-1]]
        for child in token.children or []:
            handler = getattr(self, f"_{child.type}", None)
            if handler is None:
                raise Unsupported(child.type)
            handler(child, token.content)

    def format(self) -> QTextCharFormat:
        fmt = QTextCharFormat(self.base)
        if self.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setProperty(p.BOLD, self.bold)
        if self.italic:
            fmt.setFontItalic(True)
            fmt.setProperty(p.ITALIC, self.italic)
        if self.link is not None:
            link_format(fmt, *self.link)
        return fmt

    def _text(self, token: Token, _raw: str) -> None:
        if token.content:
            self.cursor.insertText(token.content, self.format())

    def _softbreak(self, _token: Token, _raw: str) -> None:
        fmt = self.format()
        if self.breaks in self.lazy:
            fmt.setProperty(p.BREAK, p.LAZY)
        self.breaks += 1
        self.cursor.insertText(p.LINE_SEPARATOR, fmt)

    def _hardbreak(self, _token: Token, _raw: str) -> None:
        fmt = self.format()
        ending = self.endings[self.breaks] if self.breaks < len(self.endings) else ""
        fmt.setProperty(p.BREAK, ending or "  ")
        self.breaks += 1
        self.cursor.insertText(p.LINE_SEPARATOR, fmt)

    def _strong_open(self, token: Token, _raw: str) -> None:
        if self.bold:
            raise Unsupported("nested strong")
        self.bold = token.markup

    def _strong_close(self, _token: Token, _raw: str) -> None:
        self.bold = ""

    def _em_open(self, token: Token, _raw: str) -> None:
        if self.italic:
            raise Unsupported("nested em")
        self.italic = token.markup

    def _em_close(self, _token: Token, _raw: str) -> None:
        self.italic = ""

    def _link_open(self, token: Token, _raw: str) -> None:
        if token.markup == "autolink" or self.link is not None:
            raise Unsupported("autolink")
        self.link = (str(token.attrs.get("href", "")), str(token.attrs.get("title") or ""))

    def _link_close(self, _token: Token, _raw: str) -> None:
        self.link = None

    def _code_inline(self, token: Token, _raw: str) -> None:
        fmt = styles.code_format(self.format())
        fmt.setProperty(p.CODE, token.markup)
        self.cursor.insertText(token.content, fmt)

    def _html_mark(self, tag: str) -> None:
        """<strong> and <em> (written where ** would not be read as bold) are bold and italic."""
        closing = tag.startswith("</")
        if tag.lower() in _HTML_BOLD:
            if closing == (not self.bold):
                raise Unsupported(tag)
            self.bold = "" if closing else tag
        else:
            if closing == (not self.italic):
                raise Unsupported(tag)
            self.italic = "" if closing else tag

    def _image(self, token: Token, _raw: str) -> None:
        if self.link is not None:
            raise Unsupported("image in a link")
        fmt = image_format(str(token.attrs.get("src", "")), token.content,
                           str(token.attrs.get("title") or ""), self.images)
        self.cursor.insertImage(fmt)
        self.cursor.setCharFormat(self.format())

    def _html_inline(self, token: Token, _raw: str) -> None:
        tag = token.content.lower()
        if tag in _HTML_BOLD or tag in _HTML_ITALIC:
            self._html_mark(token.content)
            return
        fmt = self.format()
        if _BR.fullmatch(token.content):
            fmt.setProperty(p.BREAK, token.content)
            self.cursor.insertText(p.LINE_SEPARATOR, fmt)
            return
        styles.mono_format(fmt)
        fmt.setForeground(QColor("#6D4C41"))
        fmt.setProperty(p.RAW, True)
        self.cursor.insertText(token.content, fmt)
