"""What every design shares: the page, colours, images and the pieces both designs draw."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from exporters.certificates.fonts import FontChain
from exporters.certificates.text import Align, Box, draw_line, wrap
from exporters.certificates.view import CertificateView

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
Colour = tuple[float, float, float]
GREY: Colour = (0.38, 0.40, 0.44)
INK: Colour = (0.13, 0.14, 0.17)


class Design(Protocol):
    name: str

    def draw(self, canvas: Canvas, view: CertificateView, chain: FontChain) -> None: ...


@dataclass
class Pen:
    """Draws text in a colour with the certificate's font chain."""

    canvas: Canvas
    chain: FontChain

    def line(self, text: str, box: Box, size: float, colour: Colour = INK,
             align: Align = Align.CENTRE, min_size: float | None = None,
             char_space: float = 0) -> None:
        if not text:
            return
        self.canvas.setFillColorRGB(*colour)
        draw_line(self.canvas, self.chain, text, box, size, min_size, align, char_space)

    def paragraph(self, text: str, box: Box, size: float, colour: Colour = GREY,
                  max_lines: int = 2, align: Align = Align.CENTRE) -> None:
        """Wrapped text going down from the box's baseline; the last line shrinks to fit."""
        lines = wrap(self.chain, text, box.width, size)
        kept = [*lines[:max_lines - 1], "".join(lines[max_lines - 1:])] if lines else []
        for index, line in enumerate(kept):
            self.line(line, Box(box.x, box.y - index * size * 1.45, box.width), size, colour,
                      align)


def draw_image(canvas: Canvas, path: Path | None, x: float, y: float, width: float,
               height: float, anchor: str = "c") -> None:
    """An image scaled into the box, keeping its proportions (transparency kept)."""
    if path is not None:
        canvas.drawImage(str(path), x, y, width, height, preserveAspectRatio=True,
                         anchor=anchor, mask="auto")


def detail_columns(pen: Pen, pairs: list[tuple[str, str]], left: float, width: float,
                   label_y: float, value_size: float, label_colour: Colour,
                   value_colour: Colour, align: Align = Align.CENTRE) -> None:
    """Label-over-value columns side by side, e.g. date | result | hours."""
    if not pairs:
        return
    column = width / len(pairs)
    for index, (caption, value) in enumerate(pairs):
        x = left + index * column
        pen.line(caption, Box(x, label_y, column - 12), 9.5, label_colour, align)
        pen.line(value, Box(x, label_y - value_size - 6, column - 12), value_size,
                 value_colour, align)
