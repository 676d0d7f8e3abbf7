"""GIFT text handling shared by the reader and the writer: escapes, text formats, weights.

Follows Moodle's ``qformat_gift``: ``\\~ \\= \\# \\{ \\} \\:`` are literal characters, ``\\n`` a
line break, ``\\\\`` a backslash; ``[html]`` ``[markdown]`` ``[moodle]`` ``[plain]`` set a text's
format; weights are ``%50%``.
"""

from __future__ import annotations

import re

from exporters.banks.interop.html_text import html_to_markdown

SPECIAL = "~=#{}:"
_ESCAPABLE = set(SPECIAL) | {"\\", "n"}
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")

# Moodle's accepted grades (question_bank::fraction_options_full), as percentages
MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0)


def split_unescaped(text: str, separators: str) -> list[tuple[str, str]]:
    """Split at unescaped separator characters: [(separator before the part, part), …]; the
    first part has separator ``""``. Escapes are kept (``unescape`` removes them later)."""
    parts: list[tuple[str, str]] = []
    current: list[str] = []
    before = ""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index:index + 2])
            index += 2
            continue
        if char in separators:
            parts.append((before, "".join(current)))
            before, current = char, []
        else:
            current.append(char)
        index += 1
    parts.append((before, "".join(current)))
    return parts


def find_unescaped(text: str, char: str, start: int = 0) -> int:
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == char:
            return index
        index += 1
    return -1


def rfind_unescaped(text: str, char: str) -> int:
    found, index = -1, 0
    while True:
        index = find_unescaped(text, char, index)
        if index < 0:
            return found
        found, index = index, index + 1


def unescape(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE:
            nxt = text[index + 1]
            out.append("\n" if nxt == "n" else nxt)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def escape(text: str) -> str:
    """GIFT-safe text: specials and backslashes escaped; line breaks kept as ``\\n``."""
    out = []
    for char in text:
        if char == "\\" or char in SPECIAL:
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(char)
    return "".join(out)


def split_format(text: str, default: str = "moodle") -> tuple[str, str]:
    match = _FORMAT.match(text)
    if match is None:
        return default, text
    return match.group(1).lower(), text[match.end():]


def to_markdown(raw: str, text_format: str) -> str:
    """A GIFT text (still escaped) as the domain's Markdown."""
    text = unescape(raw).strip()
    if text_format == "html":
        return html_to_markdown(text)
    return text


def split_weight(text: str) -> tuple[float | None, str]:
    match = _WEIGHT.match(text.lstrip())
    if match is None:
        return None, text
    return float(match.group(1)), text.lstrip()[match.end():]


def grade_text(percent: float) -> str:
    """A weight as Moodle writes it: the nearest accepted grade (5 decimals), sign kept."""
    size = abs(percent)
    nearest = min(MOODLE_GRADES, key=lambda grade: abs(grade - size))
    value = nearest if abs(nearest - size) < 0.01 else round(size, 5)
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return ("-" if percent < 0 else "") + text
