"""Course handouts: one source, two editions (participant and trainer).

Public API (used by the desktop UI and the CLI)::

    export_handout(course, course_root, output, HandoutOptions(edition=Edition.TRAINER))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from courseware import model as m
from courseware.tasks import ProgressCallback
from exporters.handout_outline import UnknownModuleError as UnknownModuleError
from exporters.handout_outline import number_word, selected_modules
from exporters.pdf.cover import CoverInfo, cover_story, table_of_contents
from exporters.pdf.document import (
    BODY_TEMPLATE,
    CourseDocTemplate,
    OutlineEntry,
    PageSetup,
    mark,
)
from exporters.pdf.flowables import text_para
from exporters.pdf.handout_sections import HandoutSections
from exporters.pdf.labels import label_language
from exporters.pdf.options import Edition, PrintOptions
from exporters.pdf.output import atomic_output


@dataclass(frozen=True)
class HandoutOptions(PrintOptions):
    edition: Edition = Edition.PARTICIPANT
    module_id: str | None = None  # None: the whole course
    notes_pages: bool = False  # a ruled notes page after each lesson


class HandoutDocument(CourseDocTemplate):
    def __init__(self, filename: Path, course: m.Course, course_root: Path,
                 options: HandoutOptions, progress: ProgressCallback | None = None) -> None:
        self.course = course
        self.options = options
        self.modules = _selected_modules(course, options.module_id)
        language = label_language(course.language)
        super().__init__(filename, title=self._document_title(language), language=language,
                         page_setup=PageSetup(options.paper, options.duplex), font=options.font,
                         author=options.organisation or ", ".join(course.authors),
                         subject=course.subtitle, header_title=course.title, progress=progress)
        self.sections = HandoutSections(self, course_root, options)
        self.steps_per_pass = self.sections.step_count(self.modules, self._with_introduction)
        self.story_steps = self.steps_per_pass
        self.expected_passes = 1

    @property
    def _with_introduction(self) -> bool:
        return self.options.module_id is None

    def _document_title(self, language: str) -> str:
        from exporters.handout_outline import HandoutOutline
        from exporters.pdf.labels import label

        outline = HandoutOutline(self.course, language, lambda k, **v: label(language, k, **v),
                                 self.options.edition == Edition.TRAINER)
        return outline.edition_title(self.options.edition.value)

    def build_story(self) -> list[Flowable]:
        story = self._cover() + self._contents()
        if self._with_introduction:
            story += self.sections.introduction(self.course)
        for number, module in self.modules:
            story += self.sections.module(number, module)
        return story

    def _cover(self) -> list[Flowable]:
        options = self.options
        subtitle = self.course.subtitle
        if options.module_id is not None and self.modules:
            number, module = self.modules[0]
            word = _number_word(number, self.language)
            subtitle = f"{self.label('module.number', number=word)}　{module.title}"
        extra = [self.label("cover.version", version=self.course.version)] \
            if self.course.version else []
        info = CoverInfo(title=self.course.title, subtitle=subtitle,
                         edition=self.label(f"edition.{options.edition.value}"),
                         date_line=self.label("cover.date",
                                              date=options.printed_date.isoformat()),
                         organisation=options.organisation, logo=options.logo,
                         extra_lines=extra)
        story = cover_story(info, self.styles, self.width, BODY_TEMPLATE)
        mark(story[0], outline=OutlineEntry(self.course.title, 0))
        return story

    def _contents(self) -> list[Flowable]:
        title = text_para(self.label("toc.title"), self.styles.toc_title)
        mark(title, outline=OutlineEntry(self.label("toc.title"), 1),
             running_header=self.label("toc.title"))
        toc = table_of_contents(self.styles,
                                self.sections.toc_preview(self.modules, self._with_introduction))
        return [title, toc, PageBreak()]


_number_word = number_word
_selected_modules = selected_modules


def export_handout(course: m.Course, course_root: Path, output: Path, options: HandoutOptions,
                   progress: ProgressCallback | None = None) -> Path:
    """Write the handout PDF; raises Cancelled (and leaves no file) when cancelled."""
    _selected_modules(course, options.module_id)
    with atomic_output(output) as temp:
        HandoutDocument(temp, course, course_root, options, progress).render()
    return output
