"""Synthetic bold for fonts that ship a single weight (WenQuanYi Micro Hei, SimSun …).

The bold face of such a font is registered under a second name (same file, same metrics, so
line breaking is unchanged). Text set in that name is drawn filled *and* stroked with a thin
outline in the text colour (PDF text render mode 2), the way word processors embolden CJK
faces. The stroke state is wrapped in q … Q so that it never leaks into later drawing.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from exporters.pdf.fallback import font_runs

BOLD_SUFFIX = "-SynthBold"
STROKE_PER_POINT = 0.03  # outline width as a share of the font size
FILL_AND_STROKE = 2
FILL = 0
_BOLD_NAMES: set[str] = set()


def register_bold_twin(name: str, path: str, subfont_index: int = 0) -> str:
    """Register ``name``'s synthetic bold face (idempotent) and return its name."""
    bold = name + BOLD_SUFFIX
    if bold not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(bold, path, subfontIndex=subfont_index))
    _BOLD_NAMES.add(bold)
    return bold


def is_synthetic_bold(font_name: str) -> bool:
    return font_name in _BOLD_NAMES


class SyntheticBoldText(PDFTextObject):
    """A text object that draws synthetic bold faces filled and outlined, and sets characters
    the font lacks in a fallback font (see exporters.pdf.fallback)."""

    def __init__(self, canvas: Canvas, *args: Any, **kwargs: Any) -> None:
        super().__init__(canvas, *args, **kwargs)
        self._fill_colour: Any = getattr(canvas, "_fillColorObj", (0, 0, 0))
        self._bold = False
        self._state_changed = False

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        super().setFillColor(aColor, alpha)
        self._fill_colour = aColor
        if self._bold:
            self.setStrokeColor(aColor)

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._switch_weight(psfontname, size)

    def setFont(self, psfontname: str, size: float,
                leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._switch_weight(psfontname, size)

    def _switch_weight(self, font_name: str, size: float) -> None:
        bold = is_synthetic_bold(font_name)
        if bold:
            self._state_changed = True
            self._code.append(f"{fp_str(size * STROKE_PER_POINT)} w")
            self.setStrokeColor(self._fill_colour)
            self.setTextRenderMode(FILL_AND_STROKE)
        elif self._bold:
            self.setTextRenderMode(FILL)
        self._bold = bold

    def _formatText(self, text: Any) -> str:
        font_name: str = getattr(self, "_fontname")  # noqa: B009 (untyped in ReportLab)
        runs = font_runs(font_name, text) if isinstance(text, str) else None
        if runs is None:
            return super()._formatText(text)  # type: ignore[no-any-return]
        parts: list[str] = []
        try:
            for font, piece in runs:
                self._fontname, self._curSubset = font, -1  # each run sets its own Tf
                parts.append(super()._formatText(piece))
        finally:
            self._fontname, self._curSubset = font_name, -1
        return " ".join(parts)

    def getCode(self) -> str:
        code = super().getCode()
        # Line width, stroke colour and render mode outlive ET: keep them inside q … Q.
        return f"q {code} Q" if self._state_changed else code


class SyntheticBoldCanvas(Canvas):
    """A canvas whose text objects draw synthetic bold faces."""

    def beginText(self, x: float = 0, y: float = 0,
                  direction: str | None = None) -> PDFTextObject:
        return SyntheticBoldText(self, x, y, direction=direction)
