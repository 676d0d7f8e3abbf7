"""A table of contents laid out once: page numbers are filled in when the PDF is saved.

ReportLab's TableOfContents needs a second layout pass of the whole document: the first finds
the pages, the second prints them. But the contents' lines (titles and levels) are known before
layout, and a line's height never depends on its page number (the number is drawn after the
title by a callback, never wrapped). So the lines are laid out from the start; where the
dot leader and page number go, each line draws a PDF form XObject that is defined only when
the canvas is saved, by which time every page is known. The result is the same as ReportLab's
(same dots, right-aligned numbers, shrinking a number that does not fit, links), in one pass.

If the story produced different lines than announced, :attr:`DeferredContents.matches` is
False and the caller lays the document out again the classic way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from exporters.pdf.cjk_paragraph import CJKParagraph
from exporters.pdf.markup import escape

DOT = " . "


def toc_key(index: int) -> str:
    """The bookmark key of the ``index``-th (from 1) table-of-contents line."""
    return f"toc{index}"


@dataclass
class _Slot:
    """Where one line's dots and page number go (relative to the line's form origin)."""

    form: str
    width: float  # from the end of the title to the right edge
    style: ParagraphStyle
    dots: bool


class DeferredContents(TableOfContents):
    """A TableOfContents whose lines are given up front and laid out in the first pass."""

    def __init__(self, lines: list[tuple[int, str]], **options: Any) -> None:
        super().__init__(**options)
        self.lines = lines
        self._lastEntries = [(level, escape(text), 0, toc_key(i))
                             for i, (level, text) in enumerate(lines, start=1)]
        self._slots: dict[str, _Slot] = {}
        self._hooked: Any = None  # the canvas whose save defines the forms

    @property
    def matches(self) -> bool:
        """Did the story announce exactly the lines laid out (titles, levels, keys)?"""
        found = [(level, text, key) for level, text, _, key in self._entries]
        expected = [(level, text, key) for level, text, _, key in self._lastEntries]
        return found == expected

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Laid out once per frame size: the lines are fixed, and re-wrapping ~100 titles
        # every time the frame asks is a few percent of a handout's build.
        key = (id(self.canv), availWidth, availHeight, tuple(self._lastEntries))
        if not self._lastEntries:  # ReportLab's placeholder line
            super().wrap(availWidth, availHeight)
        elif getattr(self, "_wrapped", None) != key:
            self._table = Table(self._rows(), colWidths=(availWidth,), style=self.tableStyle)
            self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
            self._wrapped = key
        self.canv.setNamedCB("drawTOCEntryEnd", self._entry_end(availWidth))
        return self.width, self.height

    def _rows(self) -> list[list[Flowable]]:
        """ReportLab's rows (a linked title, then the callback that draws dots and number),
        as CJKParagraphs: Chinese line breaking, and lines kept between wrap, split and draw."""
        rows: list[list[Flowable]] = []
        for level, text, page, key in self._lastEntries:
            style = self.getLevelStyle(level)
            label = repr(key).replace(",", "\\x2c").replace('"', "\\x2c") if key else None
            title = f'<a href="#{key}">{text}</a>' if key else text
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([CJKParagraph(f'{title}<onDraw name="drawTOCEntryEnd" '
                                      f'label="{page},{level},{label}"/>', style)])
        return rows

    def _entry_end(self, available: float) -> Any:
        def draw(canvas: Any, kind: str, label: str) -> None:
            _, level, key = label.split(",")
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            if canvas is not self._hooked:  # a new build: its canvas defines the forms
                self._slots, self._hooked = {}, canvas
                canvas.before_save.append(self._define_forms)
            style = self.getLevelStyle(int(level))
            form = f"TocNumber{key.strip(chr(39))}"
            self._slots[form] = _Slot(form, available - x, style,
                                      self.dotsMinLevel >= 0 and int(level) >= self.dotsMinLevel)
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(form)
            canvas.restoreState()
            canvas.linkRect("", key.strip(chr(39)), (x, y, available, y + style.leading),
                            relative=1)

        return draw

    def _define_forms(self, canvas: Any) -> None:
        pages = {key: page for _, _, page, key in self._entries}
        for slot in self._slots.values():
            page = pages.get(slot.form.removeprefix("TocNumber"), 0)
            _draw_number_form(canvas, slot, str(page))


def _draw_number_form(canvas: Any, slot: _Slot, number: str) -> None:
    """The dot leader and right-aligned number of one line, as ReportLab's drawPageNumbers."""
    style, size = slot.style, slot.style.fontSize
    width = stringWidth(number, style.fontName, size)
    while width > slot.width and size >= 1.0:
        size *= 0.9
        width = stringWidth(number, style.fontName, size)
    dot_width = stringWidth(DOT, style.fontName, size) if slot.dots else 0
    dots = int((slot.width - width) / dot_width) if dot_width else 0
    canvas.beginForm(slot.form, lowerx=0, lowery=-style.leading, upperx=max(slot.width, 1),
                     uppery=style.leading)
    text = canvas.beginText(slot.width - dots * dot_width - width, 0)
    text.setFont(style.fontName, size)
    text.setFillColor(style.textColor)
    text.textLine(DOT * dots + number)
    canvas.drawText(text)
    canvas.endForm()
