"""Chinese line breaking for ReportLab paragraphs.

ReportLab's ``wordWrap='CJK'`` breaks between any two characters but its list of characters
that may not start a line misses most Chinese punctuation (，；：？！》” …), and it hangs at
most one of them in the margin. This module breaks the lines of
:class:`exporters.pdf.cjk_paragraph.CJKParagraph` itself: a line never starts with closing
punctuation and never ends with opening punctuation (characters move to the next line
instead), and runs of Latin letters or digits are kept together when there is room.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, NamedTuple

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    ParaLines,
    imgNormV,
    imgVRange,
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


@dataclass
class _Units:
    """A paragraph's characters with the fragment each belongs to and its width.

    ``offsets[i]`` is the width of the first ``i`` characters (so a line's width is one
    subtraction and the characters that fit are found by bisection); ``breaks`` lists the
    positions after a forced line break (<br/>).
    """

    frags: list[Any]
    chars: list[str] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    offsets: list[float] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    frag_ends: list[int] = field(default_factory=list)  # position after each fragment's last

    def __len__(self) -> int:
        return len(self.chars)


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # font metrics: (font, size) → widths


def _char_widths(font_name: str, font_size: float) -> dict[str, float]:
    return _WIDTHS.setdefault((font_name, font_size), {})


def _text_widths(text: str, font_name: str, font_size: float) -> list[float]:
    cache = _char_widths(font_name, font_size)
    widths = [cache.get(char, -1.0) for char in text]
    if -1.0 in widths:
        for char in set(text) - cache.keys():
            cache[char] = stringWidth(char, font_name, font_size)
        widths = [cache[char] for char in text]
    return widths


def _split_units(frags: list[Any]) -> _Units:
    units = _Units(frags)
    chars, owners, widths = units.chars, units.owners, units.widths
    for index, frag in enumerate(frags):
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        cb_width = getattr(getattr(frag, "cbDefn", None), "width", None)
        if not text or cb_width is not None:
            chars.append(text or "")
            owners.append(index)
            widths.append(float(cb_width or 0) if not hasattr(cb_width, "normalizedValue")
                          else 0.0)
        else:
            chars.extend(text)
            owners.extend([index] * len(text))
            widths.extend(_text_widths(text, frag.fontName, frag.fontSize))
        if hasattr(frag, "lineBreak"):
            units.breaks.append(len(chars))
        units.frag_ends.append(len(chars))
    units.offsets = list(accumulate(widths, initial=0.0))
    return units


def _good_break(chars: list[str], start: int, position: int) -> bool:
    """May a line end before ``chars[position]`` (the line having begun at ``start``)?"""
    if position <= start:
        return False
    before, after = chars[position - 1], chars[position]
    if after in CANNOT_START_LINE or before in CANNOT_END_LINE:
        return False
    return not (_is_word_char(before) and _is_word_char(after))


def _break_position(chars: list[str], start: int, overflow: int) -> int:
    """Where to end the line whose character ``chars[overflow]`` no longer fits."""
    limit = start + max(1, (overflow - start) // 2)
    for position in range(overflow, limit - 1, -1):
        if _good_break(chars, start, position):
            return position
    for position in range(overflow, start, -1):  # a long Latin word: keep only the rules
        if chars[position] not in CANNOT_START_LINE and chars[position - 1] not in CANNOT_END_LINE:
            return position
    return max(overflow, start + 1)


def _make_line(units: _Units, start: int, end: int, max_width: float, used: float,
               line_break: bool, calc_bounds: bool) -> FragLine:
    """One line: a word per run of characters from the same fragment (as ReportLab's own)."""
    words: list[Any] = []
    max_size = max_ascent = min_descent = 0.0
    position = start
    while position < end:
        owner = units.owners[position]
        run_end = min(end, units.frag_ends[owner])  # a fragment's characters are contiguous
        frag = units.frags[owner]
        size = frag.fontSize
        cb_defn = getattr(frag, "cbDefn", None)  # an inline image's size and alignment
        if calc_bounds and cb_defn is not None and getattr(cb_defn, "width", False):
            descent, ascent = imgVRange(imgNormV(cb_defn.height, size), cb_defn.valign, size)
        else:
            ascent, descent = getAscentDescent(frag.fontName, size)
        max_size, max_ascent = max(max_size, size), max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        word = frag.clone()
        word.text = "".join(units.chars[position:run_end])
        words.append(word)
        position = run_end
    return FragLine(kind=1, extraSpace=max_width - used, wordCount=1, words=words,
                    fontSize=max_size, ascent=max_ascent, descent=min_descent,
                    maxWidth=max_width, currentWidth=used, lineBreak=line_break)


def _line_end(units: _Units, start: int, max_width: float) -> tuple[int, bool]:
    """(end, forced): how many characters fit from ``start`` (at least one); forced at a
    <br/> that comes first."""
    offsets = units.offsets
    end = bisect_right(offsets, offsets[start] + max_width + _FUZZ, start + 1) - 1
    end = min(max(end, start + 1), len(units))
    forced = bisect_right(units.breaks, start)
    if forced < len(units.breaks) and units.breaks[forced] <= end:
        return units.breaks[forced], True
    return end, False


class _Span(NamedTuple):
    """One line: characters ``start`` to ``last`` (trailing spaces dropped), set in a line
    ``max_width`` wide of which ``used`` is filled; ``forced`` at a <br/>."""

    start: int
    last: int
    max_width: float
    used: float
    forced: bool


def _line_spans(units: _Units, max_widths: list[float]) -> list[_Span]:
    """Where each line starts and ends, following the Chinese line-breaking rules."""
    chars = units.chars
    spans: list[_Span] = []
    start = 0
    while start < len(units):
        max_width = max_widths[min(len(spans), len(max_widths) - 1)]
        end, forced = _line_end(units, start, max_width)
        if end < len(units) and not forced:
            end = _break_position(chars, start, end)
        last = end
        while last - start > 1 and chars[last - 1] == " ":
            last -= 1
        used = units.offsets[last] - units.offsets[start]
        spans.append(_Span(start, last, max_width, used, forced))
        start = end
        while start < len(units) and chars[start] == " ":
            start += 1
    return spans


def break_cjk_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Lines of CJK (and mixed) text following the Chinese line-breaking rules."""
    units = _split_units(frags)
    return ParaLines(kind=1, lines=[
        _make_line(units, span.start, span.last, span.max_width, span.used, span.forced,
                   calc_bounds) for span in _line_spans(units, max_widths)])


def break_simple_lines(frag: Any, max_widths: list[float]) -> Any:
    """The same lines for a paragraph of one plain fragment, in ReportLab's simple form
    (kind 0: ``(extra space, [text])`` per line), which is drawn without per-fragment work.

    ``starts`` (where each line begins in ``source``, then its length) lets a split keep the
    spaces that were dropped at line ends.
    """
    text: str = frag.text
    widths = _text_widths(text, frag.fontName, frag.fontSize)
    units = _Units([frag], chars=list(text), widths=widths,
                   offsets=list(accumulate(widths, initial=0.0)))  # no owners: one fragment
    spans = _line_spans(units, max_widths)
    return frag.clone(kind=0, lines=[(span.max_width - span.used, [text[span.start:span.last]])
                                     for span in spans],
                      starts=[span.start for span in spans] + [len(text)], source=text,
                      ascent=frag.fontSize, descent=-0.2 * frag.fontSize)


def simple_part(lines: Any, start: int, stop: int) -> Any:
    """Lines ``start`` to ``stop`` of simple lines, as their own simple lines."""
    begin, end = lines.starts[start], lines.starts[stop]
    return lines.clone(lines=lines.lines[start:stop], source=lines.source[begin:end],
                       starts=[at - begin for at in lines.starts[start:stop + 1]])
