"""Chinese line breaking for ReportLab paragraphs.

ReportLab's ``wordWrap='CJK'`` breaks between any two characters but its list of characters
that may not start a line misses most Chinese punctuation (，；：？！》” …), and it hangs at
most one of them in the margin. :class:`CJKParagraph` breaks lines itself: a line never starts
with closing punctuation and never ends with opening punctuation (characters move to the next
line instead), and runs of Latin letters or digits are kept together when there is room.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)
from reportlab.rl_config import _FUZZ

CANNOT_START_LINE = frozenset(
    "，。、；：？！）》」』】〕〗〉”’…‥·・～%‰℃°"
    ",.;:?!)]}'\"》"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々"
)
CANNOT_END_LINE = frozenset("（《「『【〔〖〈“‘([{$£¥￥")


def _is_word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "-_./@%+#")


def _good_break(units: list[Any], start: int, position: int) -> bool:
    """May a line end before ``units[position]`` (the line having begun at ``start``)?"""
    if position <= start:
        return False
    before, after = units[position - 1], units[position]
    if str(after) in CANNOT_START_LINE or str(before) in CANNOT_END_LINE:
        return False
    return not (_is_word_char(str(before)) and _is_word_char(str(after)))


def _break_position(units: list[Any], start: int, overflow: int) -> int:
    """Where to end the line whose character ``units[overflow]`` no longer fits."""
    limit = start + max(1, (overflow - start) // 2)
    for position in range(overflow, limit - 1, -1):
        if _good_break(units, start, position):
            return position
    for position in range(overflow, start, -1):  # a long Latin word: keep only the rules
        before, after = str(units[position - 1]), str(units[position])
        if after not in CANNOT_START_LINE and before not in CANNOT_END_LINE:
            return position
    return max(overflow, start + 1)


def _width(unit: Any, max_width: float) -> float:
    width = unit.width
    if hasattr(width, "normalizedValue"):
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


def _split_units(frags: list[Any]) -> list[Any]:
    units: list[Any] = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        if text:
            units.extend(cjkU(char, frag, "utf8") for char in text)
        else:
            units.append(cjkU(text, frag, "utf8"))
    return units


def break_cjk_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Lines of CJK (and mixed) text following the Chinese line-breaking rules."""
    units = _split_units(frags)
    lines: list[Any] = []
    start = 0
    while start < len(units):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, used, forced = start, 0.0, False
        while end < len(units):
            width = _width(units[end], max_width)
            if used + width > max_width + _FUZZ and end > start:
                break
            used += width
            end += 1
            if hasattr(units[end - 1].frag, "lineBreak"):
                forced = True
                break
        if end < len(units) and not forced:
            end = _break_position(units, start, end)
            used = sum(_width(u, max_width) for u in units[start:end])
        line_units = units[start:end]
        while len(line_units) > 1 and str(line_units[-1]) == " ":
            used -= _width(line_units[-1], max_width)
            line_units = line_units[:-1]
        lines.append(makeCJKParaLine(line_units, max_width, used, max_width - used, forced,
                                     calc_bounds))
        start = end
        while start < len(units) and str(units[start]) == " ":
            start += 1
    return ParaLines(kind=1, lines=lines)


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows the Chinese rules (see the module docstring)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return break_cjk_lines(self.frags, list(maxWidths), auto_leading not in ("", "off"))
