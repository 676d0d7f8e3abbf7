"""GIFT text handling shared by the reader and the writer: escapes, text formats, weights.

Follows Moodle's ``qformat_gift``: ``\\~ \\= \\# \\{ \\} \\:`` are literal characters, ``\\n`` a
line break, ``\\\\`` a backslash; ``[html]`` ``[markdown]`` ``[moodle]`` ``[plain]`` set a text's
format; weights are ``%50%``.
"""

from __future__ import annotations

import functools
import re

from exporters.banks.interop.html_text import html_to_markdown

SPECIAL = "~=#{}:"
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")

# Moodle's accepted grades (question_bank::fraction_options_full), as percentages
MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0)


def _pattern(chars: str) -> re.Pattern[str]:
    return re.compile(r"\\.|[" + re.escape(chars) + "]", re.DOTALL)


_PATTERNS: dict[str, re.Pattern[str]] = {}
_UNESCAPE = re.compile(r"\\([~=#{}:\\n])")
_ESCAPES = str.maketrans({**{c: "\\" + c for c in SPECIAL + "\\"}, "\n": "\\n"})
_UNESCAPED = {c: c for c in SPECIAL + "\\"} | {"n": "\n"}


def _tokens(chars: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(chars)
    if pattern is None:
        pattern = _PATTERNS[chars] = _pattern(chars)
    return pattern


def split_unescaped(text: str, separators: str) -> list[tuple[str, str]]:
    """Split at unescaped separator characters: [(separator before the part, part), …]; the
    first part has separator ``""``. Escapes are kept (``unescape`` removes them later)."""
    parts: list[tuple[str, str]] = []
    before, start = "", 0
    for match in _tokens(separators).finditer(text):
        if match.group(0)[0] != "\\":
            parts.append((before, text[start:match.start()]))
            before, start = match.group(0), match.end()
    parts.append((before, text[start:]))
    return parts


def find_unescaped(text: str, char: str, start: int = 0) -> int:
    for match in _tokens(char).finditer(text, start):
        if match.group(0) == char:
            return match.start()
    return -1


def rfind_unescaped(text: str, char: str) -> int:
    found = -1
    for match in _tokens(char).finditer(text):
        if match.group(0) == char:
            found = match.start()
    return found


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], text)


def escape(text: str) -> str:
    """GIFT-safe text: specials and backslashes escaped; line breaks kept as ``\\n``."""
    return text.translate(_ESCAPES)


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


@functools.lru_cache(maxsize=256)
def grade_text(percent: float) -> str:
    """A weight as Moodle writes it: the nearest accepted grade (5 decimals), sign kept."""
    size = abs(percent)
    nearest = min(MOODLE_GRADES, key=lambda grade: abs(grade - size))
    value = nearest if abs(nearest - size) < 0.01 else round(size, 5)
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return ("-" if percent < 0 else "") + text
