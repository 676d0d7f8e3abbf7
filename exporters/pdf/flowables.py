"""Building blocks: paragraphs, boxed panels, lined writing space, images with captions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from exporters.pdf.cjk_paragraph import CJKParagraph
from exporters.pdf.keep_with_next import joined_rows
from exporters.pdf.markup import escape
from exporters.pdf.png_passthrough import PngImage, read_png
from exporters.pdf.styles import RULE, WRITING_LINE, CalloutColours, Styles


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of (already escaped) markup; Chinese line breaking for CJK styles."""
    if style.wordWrap == "CJK":
        return CJKParagraph(markup, style)
    return Paragraph(markup, style)


def text_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text, escaped so that < & and quotes print literally."""
    return para(escape(text), style)


def empty_cell() -> Flowable:
    """A blank table cell. (A '' cell would make ReportLab set the unembedded Helvetica.)"""
    return Spacer(0, 0)


def panel(rows: list[Flowable], colours: CalloutColours, label: Flowable | None = None,
          width: float | None = None) -> Table:
    """A shaded box with a coloured bar on the left; splits between its rows across pages
    (never right after a heading: it shares a row with the block it introduces)."""
    inner = (width or 400) - 20  # the left and right padding below
    cells: list[list[object]] = [[row] for row in joined_rows(rows, inner)] or [[empty_cell()]]
    if label is not None:  # the label stays on the page with the first row
        first = cells[0][0]
        cells[0] = [[label, *(first if isinstance(first, list) else [first])]] if rows \
            else [[label]]
    table = Table(cells, colWidths=[width] if width else None, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colours.background),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colours.accent),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


class WritingLines(Flowable):
    """Ruled lines to write on (discussion answers, essays, notes pages)."""

    def __init__(self, count: int, spacing: float = 22, indent: float = 0) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing + 4

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(WRITING_LINE)
        canvas.setLineWidth(0.5)
        for line in range(1, self.count + 1):
            y = self.count * self.spacing + 4 - line * self.spacing
            canvas.line(self.indent, y, self.width, y)
        canvas.restoreState()


def lines_to_fill(available_height: float, spacing: float = 22) -> int:
    return max(1, int((available_height - 8) // spacing))


class FillPageWithLines(Flowable):
    """Ruled lines down to the bottom of the frame (a notes page)."""

    def __init__(self, spacing: float = 24) -> None:
        super().__init__()
        self.spacing = spacing
        self._lines = WritingLines(1, spacing)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lines = WritingLines(lines_to_fill(available_height, self.spacing), self.spacing)
        return self._lines.wrap(available_width, available_height)

    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:
        self._lines.drawOn(canvas, x, y, _sW)


def placeholder(text: str, styles: Styles, width: float, height: float = 60) -> Table:
    """A dashed box standing in for something that cannot be printed (a missing image)."""
    table = Table([[text_para(text, styles.muted)]], colWidths=[width], rowHeights=[height])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, RULE, None, (3, 2)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FAFAFA")),
    ]))
    return table


def scaled_image(path: Path, max_width: float, max_height: float) -> Flowable | None:
    """The image scaled down to fit (never up), or None when it cannot be read."""
    png = read_png(path) if path.suffix.lower() == ".png" else None
    if png is not None:
        width, height = _fitted(png.width, png.height, max_width, max_height)
        return PngImage(png, width, height)
    try:
        reader = ImageReader(str(path))
        pixel_width, pixel_height = reader.getSize()
    except Exception:  # a missing or corrupt file must never stop the export
        return None
    width, height = _fitted(pixel_width, pixel_height, max_width, max_height)
    return Image(str(path), width=width, height=height)


def _fitted(pixel_width: int, pixel_height: int, max_width: float,
            max_height: float) -> tuple[float, float]:
    width, height = pixel_width * 0.75, pixel_height * 0.75  # 96 dpi pixels → points
    scale = min(1.0, max_width / width, max_height / height)
    return width * scale, height * scale


def figure_placeholder(caption: str, missing_text: str, styles: Styles,
                       max_width: float) -> Flowable:
    """The "image missing" box with the caption, for an image that may not be shown."""
    parts: list[Flowable] = [Spacer(1, 4), placeholder(missing_text, styles, max_width)]
    if caption:
        parts.append(text_para(caption, styles.caption))
    return Stacked(parts)


def figure(path: Path, caption: str, styles: Styles, max_width: float, max_height: float,
           missing_text: str) -> Flowable:
    """An image with its caption underneath, kept together; a placeholder when missing."""
    image = scaled_image(path, max_width, max_height)
    parts: list[Flowable] = [Spacer(1, 4)]
    parts.append(image if image is not None else placeholder(missing_text, styles, max_width))
    if caption:
        parts.append(text_para(caption, styles.caption))
    return Stacked(parts)


class Stacked(Flowable):
    """Flowables one under another as a block that moves to the next page whole.

    KeepTogether does the same in a frame, but inside a table cell (a call-out box) it reports
    a height of 0xFFFFFF to force a split that a cell never makes, and the export fails.
    """

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [part.wrap(available_width, available_height) for part in self.parts]
        self.width = available_width
        self.height = sum(height for _, height in self._sizes)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # never split: the frame moves the whole figure on

    def draw(self) -> None:
        y = self.height
        for part, (width, height) in zip(self.parts, self._sizes, strict=True):
            y -= height
            align = getattr(part, "hAlign", "LEFT")
            x = {"CENTER": (self.width - width) / 2, "CENTRE": (self.width - width) / 2,
                 "RIGHT": self.width - width}.get(str(align).upper(), 0)
            part.drawOn(self.canv, x, y)
