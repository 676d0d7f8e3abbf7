"""The one document template every course PDF is built on (pretix-style hooks).

Subclasses provide the story (:meth:`CourseDocTemplate.build_story`); the template provides the
fonts and styles, page frames, cover page template, running header, "page x of y" footer
(outside edge when printed duplex), table of contents, PDF bookmarks and progress reports.
Flowables tell the template about structure through attributes set by :func:`mark`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from courseware.tasks import ProgressCallback, report
from exporters.pdf.fonts import FontChoice
from exporters.pdf.keep_with_next import attach_headings
from exporters.pdf.labels import label
from exporters.pdf.layout_frame import DrawingSwitch, LayoutFrame
from exporters.pdf.markup import escape
from exporters.pdf.page_canvas import numbered_canvas_maker
from exporters.pdf.styles import DEFAULT_FONT, MUTED, PRIMARY, RULE, Styles, build_styles
from exporters.pdf.toc import DeferredContents, toc_key

PAPER_SIZES = {"a4": A4, "letter": LETTER}
COVER_TEMPLATE = "cover"
BODY_TEMPLATE = "body"


@dataclass(frozen=True)
class PageSetup:
    paper: str = "a4"  # "a4" or "letter"
    duplex: bool = False

    @property
    def size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper.lower()]


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark (and optionally a table-of-contents line) at a flowable."""

    title: str
    level: int
    toc_level: int | None = None


def mark(flowable: Flowable, *, outline: OutlineEntry | None = None,
         running_header: str | None = None, progress_step: bool = False) -> Flowable:
    """Attach structure to a flowable: a bookmark, the header text from here on, a step."""
    if outline is not None:
        flowable.outline_entry = outline  # type: ignore[attr-defined]
    if running_header is not None:
        flowable.running_header = running_header  # type: ignore[attr-defined]
    if progress_step:
        flowable.progress_step = True  # type: ignore[attr-defined]
    return flowable


class CourseDocTemplate(BaseDocTemplate):
    """Base of handouts and quiz papers. Override the hooks, then call :meth:`render`."""

    has_cover = True  # the first page uses the cover template
    margin_x = 20 * mm
    margin_top = 24 * mm
    margin_bottom = 22 * mm
    gutter = 8 * mm  # duplex only: the binding side gets this much more than the outside

    def __init__(self, filename: Path, *, title: str, language: str, page_setup: PageSetup,
                 font: FontChoice = DEFAULT_FONT, author: str = "", subject: str = "",
                 header_title: str = "", progress: ProgressCallback | None = None) -> None:
        super().__init__(str(filename), pagesize=page_setup.size, title=title, author=author,
                         subject=subject, creator="Courseware Studio",
                         leftMargin=self.margin_x, rightMargin=self.margin_x,
                         topMargin=self.margin_top, bottomMargin=self.margin_bottom,
                         pageCompression=1)
        self.language = language
        self.page_setup = page_setup
        self.header_title = header_title or title
        self.progress = progress
        self.styles = self.build_styles(font)
        self.drawing = DrawingSwitch()
        self._layout_first_pass = False
        self.addPageTemplates(self.page_templates())
        self.running_header = ""
        self._bookmark_keys = itertools.count(1)
        self._toc_keys = itertools.count(1)
        self._undecorated_pages: set[int] = set()
        self._pass = 0
        self._layout_first_pass = False
        self._steps_done = 0
        self.steps_per_pass = 1
        self.expected_passes = 1
        self.story_steps = 0

    # ------------------------------------------------------------- hooks

    def build_styles(self, font: FontChoice) -> Styles:
        return build_styles(font, self.language)

    def page_templates(self) -> list[PageTemplate]:
        frame = LayoutFrame(self.leftMargin, self.bottomMargin, self.width, self.height,
                            id="body", leftPadding=0, rightPadding=0, topPadding=0,
                            bottomPadding=0, drawing=self.drawing)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                            id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                            bottomPadding=0)
        cover = PageTemplate(COVER_TEMPLATE, [cover_frame], onPage=self.draw_cover_background)
        body = PageTemplate(BODY_TEMPLATE, [frame], onPageEnd=self.draw_running_header)
        return [cover, body] if self.has_cover else [body, cover]

    def build_story(self) -> list[Flowable]:
        raise NotImplementedError

    def label(self, key: str, **values: object) -> str:
        return label(self.language, key, **values)

    # ------------------------------------------------------------- page geometry

    def page_margins(self, page: int) -> tuple[float, float]:
        """(left, right) margins of a page. Printed duplex, the wider one is on the binding
        side: the left of odd (right-hand) pages, the right of even ones."""
        if not self.page_setup.duplex:
            return self.leftMargin, self.rightMargin
        inner = self.margin_x + self.gutter / 2
        outer = self.margin_x - self.gutter / 2
        return (inner, outer) if page % 2 == 1 else (outer, inner)

    def beforePage(self) -> None:
        """Move the frames to this page's margins (the text width never changes)."""
        if self.page_setup.duplex:
            left, _ = self.page_margins(self.page)
            for frame in self.pageTemplate.frames:
                frame.x1 = left
                frame._reset()

    # ------------------------------------------------------------- building

    def render(self) -> None:
        """Build the story and lay it out: one pass, also with a table of contents whose lines
        are known in advance (DeferredContents); two or more for any other contents."""
        story = attach_headings(self.build_story())
        canvasmaker = numbered_canvas_maker(self.stamp_page, self.styles.font)
        contents = [f for f in story if isinstance(f, TableOfContents)]
        deferred = [f for f in contents if isinstance(f, DeferredContents)]
        if contents and len(deferred) == len(contents):
            self._indexingFlowables = deferred
            self.build(story, canvasmaker=canvasmaker)
            if all(toc.matches for toc in deferred):
                report(self.progress, self.total_steps, self.total_steps)
                return
            story = attach_headings(self.build_story())  # not as announced: the classic way
            contents = [f for f in story if isinstance(f, TableOfContents)]
        if contents:
            self._layout_first_pass = True
            self.multiBuild(story, canvasmaker=canvasmaker, maxPasses=6)
        else:
            self.build(story, canvasmaker=canvasmaker)
        report(self.progress, self.total_steps, self.total_steps)

    @property
    def total_steps(self) -> int:
        return self.story_steps + self.steps_per_pass * self.expected_passes

    def story_step_done(self, done: int) -> None:
        report(self.progress, min(done, self.story_steps), self.total_steps)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self._pass += 1
        # The first of several passes only finds where things land: no drawing needed.
        self.drawing.on = not (self._layout_first_pass and self._pass == 1)
        self._bookmark_keys = itertools.count(1)
        self._toc_keys = itertools.count(1)
        self._steps_done = 0
        self._undecorated_pages = set()
        self.running_header = ""

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is not None:
            self._add_outline_entry(entry)
        header = getattr(flowable, "running_header", None)
        if header is not None:
            self.running_header = header
        if getattr(flowable, "progress_step", False):
            self._steps_done += 1
            passes_before = min(self._pass, self.expected_passes) - 1
            done = self.story_steps + passes_before * self.steps_per_pass + min(
                self._steps_done, self.steps_per_pass)
            report(self.progress, min(done, self.total_steps - 1), self.total_steps)

    def _add_outline_entry(self, entry: OutlineEntry) -> None:
        key = (toc_key(next(self._toc_keys)) if entry.toc_level is not None
               else f"k{next(self._bookmark_keys)}")
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(entry.title, key, level=entry.level, closed=entry.level >= 2)
        if entry.toc_level is not None:
            self.notify("TOCEntry", (entry.toc_level, escape(entry.title), self.page, key))

    # ------------------------------------------------------------- page decoration

    def draw_cover_background(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._undecorated_pages.add(canvas.getPageNumber())
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, width, 8 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def draw_running_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        y = height - self.margin_top + 8 * mm
        right_page = not self.page_setup.duplex or canvas.getPageNumber() % 2 == 1
        left_text, right_text = self.header_title, self.running_header
        if not right_page:
            left_text, right_text = right_text, left_text
        left, right = self.page_margins(canvas.getPageNumber())
        canvas.saveState()
        canvas.setFont(self.styles.font, 8.5)
        canvas.setFillColor(MUTED)
        available = (self.width - 12) / 2
        canvas.drawString(left, y, _fit(left_text, self.styles.font, 8.5, available))
        canvas.drawRightString(width - right, y, _fit(right_text, self.styles.font, 8.5, available))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 3 * mm, width - right, y - 3 * mm)
        canvas.restoreState()

    def stamp_page(self, canvas: Canvas, page: int, total: int) -> None:
        """The footer "第 x 页 / 共 y 页": centred, or on the outside edge when duplex."""
        if page in self._undecorated_pages:
            return
        width, _ = self.pagesize
        text = self.label("footer.page", page=page, total=total)
        y = self.margin_bottom - 12 * mm
        canvas.saveState()
        canvas.setFont(self.styles.font, 8.5)
        canvas.setFillColor(MUTED)
        if not self.page_setup.duplex:
            canvas.drawCentredString(width / 2, y, text)
        elif page % 2 == 1:
            canvas.drawRightString(width - self.page_margins(page)[1], y, text)
        else:
            canvas.drawString(self.page_margins(page)[0], y, text)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis when it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
