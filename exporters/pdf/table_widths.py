"""Column widths for Markdown tables, the way browsers lay out automatic tables.

Every column first gets its minimum: the width of its longest word, and a short cell (a label
such as 倾听 or 环节) is treated as one word so that it never breaks character by character.
What is left of the page width is shared in proportion to how much more each column would
need to set its longest cell on one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

SHORT_CELL = 8  # display units (a CJK character counts two): kept on one line
CJK_START = 0x2E80
_LATIN_WORD = re.compile(r"[^\s\u2e80-\U0002ffff]+")

Measure = Callable[[str], float]


def measure_in(font_name: str, font_size: float) -> Measure:
    return lambda text: stringWidth(text, font_name, font_size)


def display_length(text: str) -> int:
    return sum(2 if ord(char) >= CJK_START else 1 for char in text)


def column_widths(texts: Sequence[Sequence[str]], columns: int, width: float, measure: Measure,
                  padding: float) -> list[float]:
    """Widths (points) of ``columns`` columns sharing ``width``; ``padding`` is per cell."""
    if columns == 0:
        return []
    cells = [[row[c] for row in texts if c < len(row)] for c in range(columns)]
    natural = [max((measure(t) for t in col), default=0.0) + padding for col in cells]
    minimum = [min(max((_unbreakable(t, measure) for t in col), default=0.0) + padding, n)
               for col, n in zip(cells, natural, strict=True)]
    if sum(natural) <= width:
        return _share(natural, natural, width - sum(natural))
    if sum(minimum) >= width:
        return [width * m / sum(minimum) for m in minimum]
    wants = [n - m for n, m in zip(natural, minimum, strict=True)]
    return _share(minimum, wants, width - sum(minimum))


def _unbreakable(text: str, measure: Measure) -> float:
    """The narrowest a cell can be without breaking inside a word or a short label."""
    if display_length(text) <= SHORT_CELL:
        return measure(text)
    words = _LATIN_WORD.findall(text)
    widest_word = max((measure(word) for word in words), default=0.0)
    return max(widest_word, measure("字字"))


def _share(base: list[float], weights: list[float], extra: float) -> list[float]:
    total = sum(weights) or 1.0
    return [b + extra * w / total for b, w in zip(base, weights, strict=True)]
