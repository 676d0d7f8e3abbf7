"""What visible text says: literal Markdown, and English words in the Chinese interface."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from enum import Enum

from PySide6.QtGui import Qt, QTextDocument  # QtGui.Qt has mightBeRichText

MARKDOWN = (
    (re.compile(r"!\["), "image syntax ![…]"),
    (re.compile(r"(?<!\*)\*\*(?!\*)\S"), "bold syntax **…**"),
    (re.compile(r"\|\s*:?-{3,}:?\s*\|"), "table rule |---|"),
    (re.compile(r"(?m)^\s*#{1,6} \S"), "heading syntax ## …"),
)
# Names that stay Latin in a Chinese interface: products, formats, keys, units.
PRODUCT_NAMES = frozenset(name.lower() for name in (
    "PDF", "Excel", "Word", "WPS", "Markdown", "SQLite", "PostgreSQL", "URL", "QR", "ID", "CSV",
    "XLSX", "DOCX", "TXT", "YAML", "HTML", "XML", "GIFT", "Moodle", "Aiken", "SCORM", "Ed25519",
    "Qt", "TrueType", "OpenType", "ZIP", "PNG", "JPG", "JPEG", "SVG", "A4", "A5", "Letter",
    "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Del", "Space", "F1", "F2", "F7",
    "Courseware", "Studio", "OK", "ms", "KB", "MB", "GB", "px", "pt",
))
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# paths, file names, addresses, ids with digits or dashes (m1-quiz, E1001, bank-service-trust)
NOT_WORDS = re.compile(
    r"\S*[/\\]\S*|\S*\.[A-Za-z0-9]{2,5}\b|\S+@\S+|[A-Za-z0-9_]*\d[A-Za-z0-9_-]*"
    r"|[a-z0-9]+(?:[-_][a-z0-9]+)+")


def plain(text: str) -> str:
    """Text as shown: rich text turned into what the reader sees."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def literal_markdown(text: str) -> Iterator[str]:
    for pattern, what in MARKDOWN:
        match = pattern.search(text)
        if match:
            start = max(0, match.start() - 10)
            snippet = " ".join(text[start:match.end() + 20].split())
            yield f'{what} in "{snippet}"'


def english_words(text: str, allowed: frozenset[str]) -> list[str]:
    """Latin words in ``text`` that are neither allowed names nor ids, paths, addresses."""
    cleaned = NOT_WORDS.sub(" ", text)
    return [word for word in WORD.findall(cleaned)
            if word.lower() not in PRODUCT_NAMES and word.lower() not in allowed]


def course_words(course: object) -> frozenset[str]:
    """Latin words in the course's own text (titles, prompts, bodies): content, not interface.
    Enum values (settings) are left out, so they cannot hide an untranslated label."""
    words: set[str] = set()
    for text in _strings(course, depth=0):
        words.update(w.lower() for w in WORD.findall(text))
    return frozenset(words)


def _strings(value: object, depth: int) -> Iterator[str]:
    if depth > 12 or isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from _strings(getattr(value, item.name), depth + 1)
    elif isinstance(value, list | tuple):
        for element in value:
            yield from _strings(element, depth + 1)
    elif isinstance(value, dict):
        for element in value.values():
            yield from _strings(element, depth + 1)
