"""Setting one line of text in a box: font runs, shrink to fit, never clip.

Text is drawn with ``drawString`` (no markup), so ``<``, ``&`` and quotes print as themselves;
ReportLab escapes the PDF string. A line wider than its box is set smaller down to ``min_size``,
then condensed horizontally, so it always stays inside the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reportlab.pdfgen.canvas import Canvas

from exporters.certificates.fonts import FontChain


class Align(Enum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # baseline
    width: float


@dataclass(frozen=True)
class Fit:
    size: float
    scale: float  # horizontal scale, 1.0 = natural
    width: float  # drawn width


def fit(chain: FontChain, text: str, width: float, size: float, min_size: float,
        char_space: float = 0) -> Fit:
    natural = chain.width(text, size) + char_space * max(0, len(text) - 1)
    if natural <= width or natural == 0:
        return Fit(size, 1.0, natural)
    shrunk = max(min_size, size * width / natural)
    shrunk_width = natural * shrunk / size
    scale = min(1.0, width / shrunk_width)
    return Fit(shrunk, scale, shrunk_width * scale)


def draw_line(canvas: Canvas, chain: FontChain, text: str, box: Box, size: float,
              min_size: float | None = None, align: Align = Align.CENTRE,
              char_space: float = 0) -> Fit:
    """Draw ``text`` on the box's baseline, shrunk (then condensed) to fit its width."""
    fitted = fit(chain, text, box.width, size, min_size or size * 0.5, char_space)
    x = box.x + {Align.LEFT: 0.0, Align.CENTRE: (box.width - fitted.width) / 2,
                 Align.RIGHT: box.width - fitted.width}[align]
    text_object = canvas.beginText(x, box.y)
    text_object.setHorizScale(fitted.scale * 100)
    text_object.setCharSpace(char_space * fitted.size / size)
    for font, piece in chain.runs(text):
        text_object.setFont(font, fitted.size)
        text_object.textOut(piece)
    canvas.drawText(text_object)
    return fitted


def wrap(chain: FontChain, text: str, width: float, size: float) -> list[str]:
    """Break text into lines no wider than ``width`` (at spaces for Latin, anywhere for CJK)."""
    lines: list[str] = []
    current = ""
    for token in tokens(text):
        candidate = current + token
        if current and chain.width(candidate.rstrip(), size) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines


NO_LINE_START = frozenset("，。、；：？！）》」』”’,.;:?!)")


def tokens(text: str) -> list[str]:
    """Latin words with their trailing space, single CJK characters, closing punctuation glued
    to what precedes it (no closing punctuation at the start of a line)."""
    result: list[str] = []
    for char in text:
        glue = result and (char in NO_LINE_START or (char.isascii() and char != " "
                                                     and result[-1][-1:].isascii()
                                                     and not result[-1].endswith(" ")))
        if glue:
            result[-1] += char
        else:
            result.append(char)
    return result
