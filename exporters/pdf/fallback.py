"""Fallback fonts for characters the document's font lacks (𠮷 U+20BB7, 䶮 U+4DAE …).

The bundled WenQuanYi Micro Hei covers the common CJK characters but not Extension A/B. When a
piece of text holds a character the current font has no glyph for, the text object sets that
run in the first fallback font that has it (system TrueType fonts known to cover rare
characters: HanaMin from Debian's ``fonts-hanazono``, SimSun-ExtB / MingLiU-ExtB on Windows).
Widths are unchanged: CJK fonts give a missing character the same 1 em advance as the glyph
it stands for, so line breaking does not move.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

SYSTEM_FALLBACK_FONTS = (
    Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
    Path("C:/Windows/Fonts/simsunb.ttf"),
    Path("C:/Windows/Fonts/mingliub.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)
FALLBACK_PREFIX = "TextFallback-"


@cache
def fallback_fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """(registered name, code points) of every installed fallback font, in order."""
    fonts: list[tuple[str, frozenset[int]]] = []
    for path in SYSTEM_FALLBACK_FONTS:
        if not path.is_file():
            continue
        name = FALLBACK_PREFIX + path.stem
        try:
            font = TTFont(name, str(path))
        except (TTFError, OSError):
            continue
        pdfmetrics.registerFont(font)
        fonts.append((name, frozenset(font.face.charToGlyph)))
    return tuple(fonts)


@cache
def _covered(font_name: str) -> frozenset[str] | None:
    """The characters a TrueType font has glyphs for (None: not a TrueType font)."""
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    return None if cmap is None else frozenset(map(chr, cmap))


@cache
def _uncovered_pattern(font_name: str) -> re.Pattern[str] | None:
    """A regex that finds the first character the font lacks (one C-level scan per text)."""
    covered = _covered(font_name)
    if covered is None:
        return None
    codes = sorted(map(ord, covered))
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
    return re.compile(f"[^{members}]")


def font_for(font_name: str, char: str) -> str:
    """The font to set ``char`` in: ``font_name`` when it has the glyph, else a fallback."""
    code = ord(char)
    for name, covered in fallback_fonts():
        if code in covered:
            return name
    return font_name


def font_runs(font_name: str, text: str) -> list[tuple[str, str]] | None:
    """(font, text) runs when some character needs a fallback font; None when none does."""
    if text.isascii():
        return None
    pattern = _uncovered_pattern(font_name)
    if pattern is None or pattern.search(text) is None:
        return None
    covered = _covered(font_name) or frozenset()
    runs: list[tuple[str, str]] = []
    for char in text:
        font = font_name if char in covered or not char.isprintable() else font_for(
            font_name, char)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs
