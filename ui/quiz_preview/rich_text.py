"""Markdown in questions — prompts, options, feedback, scenario text — rendered by the lesson
renderer (:mod:`exporters.html.markdown_render`): bold, lists, tables and images, the images
taken from the course (or unpacked package) folder only and scaled to the width they get.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\b(src|alt)="([^"]*)"', re.IGNORECASE)
_SIZE_ATTRIBUTE = re.compile(r'\s(width|height)="[^"]*"', re.IGNORECASE)
_ONE_PARAGRAPH = re.compile(r"^\s*<p>(.*)</p>\s*$", re.DOTALL)
_MARKDOWN_HINT = re.compile(r"[*_`#|!\[\]<>]|^\s*([-+]|\d+\.)\s", re.MULTILINE)
TABLE_STYLE = '<table border="1" cellspacing="0" cellpadding="6" style="border-color:#b9c0cc">'


@dataclass(frozen=True)
class MediaPlace:
    """Where a text's images come from: the course folder (or the package's unpacked
    participant folder) and the course-relative file the text is in."""

    root: Path | None = None
    file_path: str = ""


NO_MEDIA = MediaPlace()


def markdown_html(text: str, place: MediaPlace = NO_MEDIA, inline: bool = False) -> str:
    """``text`` as HTML for Qt's rich text; ``inline`` drops a lone paragraph's margins."""
    if not _MARKDOWN_HINT.search(text):  # plain text: no parser needed, line breaks kept
        return escape(text.strip()).replace("\n", "<br>")
    from exporters.html.markdown_render import section_to_html

    html = str(section_to_html(text.strip(), place.root, place.file_path))
    html = confine_images(html, place.root).replace("<table>", TABLE_STYLE)
    if inline:
        match = _ONE_PARAGRAPH.match(html)
        if match and "<p>" not in match.group(1):
            return match.group(1)
    return html


def confine_images(html: str, root: Path | None) -> str:
    """Keep only images that are files inside ``root``; any other becomes its alt text."""
    real_root = root.resolve() if root is not None else None

    def check(match: re.Match[str]) -> str:
        attributes = {k.lower(): v for k, v in _ATTRIBUTE.findall(match.group(0))}
        path = image_path(attributes.get("src", ""))
        inside = (real_root is not None and path is not None and path.is_file()
                  and real_root in path.resolve().parents)
        if inside:
            return match.group(0)
        alt = attributes.get("alt", "")
        return f"[{alt}]" if alt else ""

    return _IMG.sub(check, html)


def image_path(src: str) -> Path | None:
    parsed = urlparse(src)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return None
    return Path(unquote(parsed.path))


def scale_images(html: str, width: int) -> str:
    """Give every image a width of at most ``width`` pixels (Qt keeps the aspect ratio)."""
    def fit(match: re.Match[str]) -> str:
        tag = _SIZE_ATTRIBUTE.sub("", match.group(0))
        src = dict((k.lower(), v) for k, v in _ATTRIBUTE.findall(tag)).get("src", "")
        path = image_path(src)
        natural = QImageReader(str(path)).size() if path is not None else QSize()
        shown = min(natural.width(), width) if natural.isValid() else width
        return tag[:4] + f' width="{max(shown, 1)}"' + tag[4:]

    return _IMG.sub(fit, html)


class RichLabel(QLabel):
    """A word-wrapped rich-text label whose images shrink to its width (never wider)."""

    def __init__(self, html: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)
        self._html = ""
        self._fitted_to = -1
        self.set_html(html)

    def set_html(self, html: str) -> None:
        self._html = html
        self._fitted_to = -1
        self._fit()

    def html(self) -> str:
        return self._html

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if "<img" not in self._html:
            if self.text() != self._html:
                self.setText(self._html)
            return
        width = max(self.width() - 4, 60)
        if width != self._fitted_to:
            self._fitted_to = width
            self.setText(scale_images(self._html, width))
