"""A canvas that knows the page total: pages are kept until ``save`` and stamped then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import standardFonts
from reportlab.pdfgen.canvas import Canvas

from exporters.pdf.synthetic_bold import SyntheticBoldCanvas

PageStamp = Callable[[Canvas, int, int], None]  # (canvas, page number, page total)


def numbered_canvas_maker(stamp: PageStamp, font_name: str) -> Callable[..., Canvas]:
    """A canvasmaker for ``doc.build`` whose pages get ``stamp(canvas, page, total)``.

    The canvas starts in ``font_name`` so that no page refers to the unembedded Helvetica.
    """

    def make(*args: Any, **kwargs: Any) -> Canvas:
        kwargs["initialFontName"] = font_name
        return _NumberedCanvas(stamp, font_name, *args, **kwargs)

    return make


class _NumberedCanvas(SyntheticBoldCanvas):
    def __init__(self, stamp: PageStamp, font_name: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._font_name = font_name
        self._saved_pages: list[dict[str, Any]] = []
        # Called with the canvas when the page total is known, before pages are written
        # (e.g. to define the table of contents' page-number forms).
        self.before_save: list[Callable[[Canvas], None]] = []

    def setFont(self, psfontname: str, size: float, leading: float | None = None
                ) -> None:
        """Never select one of the 14 standard PDF fonts: they are not embedded (and ReportLab
        tables select Helvetica for every cell, even one that holds only a Paragraph)."""
        if psfontname in standardFonts:
            psfontname = self._font_name
        super().setFont(psfontname, size, leading)

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()
        # Bookmarks and links name their page "Page<n>" from the document's page counter,
        # which only moves when a page is written: keep it in step with the kept pages.
        self._doc.pageCounter = len(self._saved_pages) + 1

    def save(self) -> None:
        total = len(self._saved_pages)
        for hook in self.before_save:
            hook(self)
        self._doc.pageCounter = 1  # the kept pages are written now, from the first
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._stamp(self, self._pageNumber, total)
            super().showPage()
        self._saved_pages = []
        super().save()
