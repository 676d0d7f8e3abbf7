"""Shared helpers of the visual editor tests."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextFrame

from ui.editors.rich import props as p
from ui.editors.rich.to_document import markdown_to_document
from ui.editors.rich.to_markdown import document_to_markdown


def frames(frame: QTextFrame) -> list[QTextFrame]:
    found = []
    for child in frame.childFrames():
        found += [child, *frames(child)]
    return found


def source_blocks(document: QTextDocument) -> list[str]:
    """The text of every protected source block (what the editor could not show)."""
    return [child.firstCursorPosition().block().text() for child in frames(document.rootFrame())
            if child.frameFormat().property(p.KIND) == p.KIND_SOURCE]


def build(text: str, tail: tuple[str, ...] = ("",)) -> QTextDocument:
    document = QTextDocument()
    markdown_to_document(text, document, tail=tail)
    return document


def round_trip(text: str, tail: tuple[str, ...] = ("",)) -> str:
    return document_to_markdown(build(text, tail), tail)
