"""The handout as a Word document, for trainers who adjust it before printing.

Same outline and content as the PDF (exporters.handout_outline): cover, table of contents (a
real TOC field, refreshed when Word or WPS opens the file), introduction, and per module its
opener, lessons, case studies, quizzes and glossary, with the edition's differences (trainer
blocks and notes, case analyses, answer keys; ruled answer space for participants). Headings
use Word's Heading 1–4 styles so the navigation pane works; every style names the course's font
for Latin and East Asian text (w:eastAsia) so Chinese shows in the intended face.

    export_handout_docx(course, course_root, Path("out.docx"), HandoutOptions(...))
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Emu, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from reportlab.pdfbase import pdfmetrics

from courseware import model as m
from courseware.tasks import ProgressCallback, report
from exporters.docx import word
from exporters.docx.markdown import WordContext, WordMarkdown
from exporters.docx.questions import WordQuestions
from exporters.handout_outline import DISCUSSION_LINES, HandoutOutline, selected_modules
from exporters.pdf.fonts import register_font
from exporters.pdf.handout import HandoutOptions
from exporters.pdf.labels import label, label_language
from exporters.pdf.markup import format_number
from exporters.pdf.options import Edition
from exporters.pdf.output import atomic_output
from exporters.pdf.styles import CALLOUT_COLOURS, MONO_FONT, MUTED, PRIMARY, RULE, TEXT
from exporters.pdf.table_widths import measure_in

PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
BODY_SIZE = 10.5
HEADING_SIZES = {1: 20, 2: 16, 3: 13, 4: 11.5}


def font_family(name: str) -> str:
    """The family name Word knows a registered TrueType font by."""
    family = pdfmetrics.getFont(name).face.familyName
    return family.decode("utf8", "replace") if isinstance(family, bytes) else str(family)


class WordHandout:
    def __init__(self, course: m.Course, course_root: Path, options: HandoutOptions,
                 progress: ProgressCallback | None = None) -> None:
        self.course, self.root, self.options, self.progress = course, course_root, options, progress
        self.language = label_language(course.language)
        self.label = partial(label, self.language)
        self.trainer = options.edition == Edition.TRAINER
        self.outline = HandoutOutline(course, self.language, self.label, self.trainer,
                                      options.module_id)
        self.document: Document = docx.Document()
        self.font = font_family(register_font(options.font))
        self.mono = font_family(register_font(MONO_FONT))
        self._steps = 0
        self.total = 1 + len(self.outline.contents_lines())
        self._setup_page()
        self._setup_styles()
        width, height = PAPER[options.paper.value]
        self.context = WordContext(
            self.document, course_root, self.trainer, self.label,
            Emu(width - Mm(40)), Emu(height - Mm(46)), self.mono,  # margins as _setup_page
            measure_in(register_font(options.font), BODY_SIZE), course_root=course_root)

    # ------------------------------------------------------------- set-up

    def _setup_page(self) -> None:
        section = self.document.sections[0]
        section.page_width, section.page_height = PAPER[self.options.paper.value]
        section.top_margin, section.bottom_margin = Mm(24), Mm(22)
        if self.options.duplex:  # the binding side 8 mm wider, as the PDF
            word.mirror_margins(self.document)
            section.left_margin, section.right_margin = Mm(24), Mm(16)
        else:
            section.left_margin = section.right_margin = Mm(20)
        section.header_distance, section.footer_distance = Mm(12), Mm(10)
        section.different_first_page_header_footer = True  # the cover has none
        self._footer(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER)
        if self.options.duplex:
            self.document.settings.odd_and_even_pages_header_footer = True
            self._footer(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT, clear=True)
            self._footer(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)

    def _footer(self, paragraph: Paragraph, align: WD_ALIGN_PARAGRAPH,
                clear: bool = False) -> None:
        """"第 x 页 / 共 y 页" with PAGE and NUMPAGES fields."""
        if clear:
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
        paragraph.alignment = align
        template = self.label("footer.page", page="\0", total="\1")
        before, rest = template.split("\0")
        middle, after = rest.split("\1")
        paragraph.add_run(before)
        word.add_field(paragraph, "PAGE", "1")
        paragraph.add_run(middle)
        word.add_field(paragraph, "NUMPAGES", "1")
        paragraph.add_run(after)
        for run in paragraph.runs:
            run.font.size = Pt(8.5)
            run.font.color.rgb = word.rgb(MUTED)

    def _setup_styles(self) -> None:
        styles = self.document.styles
        word.default_fonts(self.document, self.font, self.font)
        for style in styles:
            if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
                word.style_fonts(style, self.font, self.font)
        normal = styles["Normal"]
        normal.font.size = Pt(BODY_SIZE)
        normal.font.color.rgb = word.rgb(TEXT)
        normal.paragraph_format.line_spacing = 1.4
        normal.paragraph_format.space_after = Pt(6)
        for level, size in HEADING_SIZES.items():
            heading = styles[f"Heading {level}"]
            heading.font.size = Pt(size)
            heading.font.color.rgb = word.rgb(PRIMARY)
            heading.font.bold = True
            heading.paragraph_format.space_before = Pt(14 if level > 1 else 0)
            heading.paragraph_format.space_after = Pt(8)
        for level in (1, 2):
            toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = normal
            toc.paragraph_format.left_indent = Pt(18 * (level - 1))
            toc.paragraph_format.space_after = Pt(4 if level == 2 else 8)
            toc.font.bold = level == 1
            word.style_fonts(toc, self.font, self.font)
        kicker = styles.add_style("Kicker", WD_STYLE_TYPE.PARAGRAPH)
        kicker.base_style = normal
        kicker.font.color.rgb = word.rgb(MUTED)
        kicker.font.size = Pt(9.5)
        kicker.paragraph_format.keep_with_next = True
        word.style_fonts(kicker, self.font, self.font)

    # ------------------------------------------------------------- building

    def build(self) -> Document:
        self._cover()
        self._contents()
        if self.outline.has_introduction:
            self._introduction()
        for number, module in self.outline.modules:
            self._module(number, module)
        report(self.progress, self.total, self.total)
        return self.document

    def _step(self) -> None:
        self._steps += 1
        report(self.progress, min(self._steps, self.total - 1), self.total)

    def _new_section(self, header: str) -> None:
        """A new page whose running header names the course and this part."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False
        headers = [section.header]
        if self.options.duplex:
            headers.append(section.even_page_header)
        for index, part in enumerate(headers):
            part.is_linked_to_previous = False
            paragraph = part.paragraphs[0]
            paragraph.style = self.document.styles["No Spacing"]  # no tab stops of "Header"
            width = self.context.text_width
            paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            left, right = (self.course.title, header) if index == 0 else (header,
                                                                         self.course.title)
            run = paragraph.add_run(f"{left}\t{right}")
            run.font.size = Pt(8.5)
            run.font.color.rgb = word.rgb(MUTED)
            word.bottom_rule(paragraph, RULE)

    def _cover(self) -> None:
        document, options = self.document, self.options
        for _ in range(4):
            document.add_paragraph()
        if options.logo is not None and options.logo.is_file():
            document.add_picture(str(options.logo), height=Mm(25))
        title = document.add_paragraph(self.course.title, style="Title")
        title.runs[0].font.color.rgb = word.rgb(PRIMARY)
        subtitle = self.course.subtitle
        if options.module_id is not None and self.outline.modules:
            number, module = self.outline.modules[0]
            subtitle = self.outline.module_title(number, module)
        if subtitle:
            document.add_paragraph(subtitle, style="Subtitle")
        edition = document.add_paragraph()
        run = edition.add_run(f" {self.label(f'edition.{options.edition.value}')} ")
        run.bold, run.font.size = True, Pt(14)
        run.font.color.rgb = word.rgb("FFFFFF")
        word.shade_run(run, PRIMARY)
        for _ in range(6):
            document.add_paragraph()
        lines = [options.organisation]
        if self.course.version:
            lines.append(self.label("cover.version", version=self.course.version))
        lines.append(self.label("cover.date", date=options.printed_date.isoformat()))
        for line in filter(None, lines):
            document.add_paragraph(line)

    def _contents(self) -> None:
        """A Word TOC field over Heading 1–2, shown with its lines until Word refreshes it."""
        self._new_section(self.label("toc.title"))
        title = self.document.add_paragraph(self.label("toc.title"), style="TOC Heading")
        title.runs[0].font.color.rgb = word.rgb(PRIMARY)
        lines = self.outline.contents_lines()
        first = self.document.add_paragraph(style="toc 1")
        word.begin_complex_field(first, 'TOC \\o "1-2" \\h \\z \\u')
        paragraph = first
        for index, (level, text) in enumerate(lines):
            if index:
                paragraph = self.document.add_paragraph(style=f"toc {level + 1}")
            paragraph.add_run(text)
        word.end_complex_field(paragraph)
        word.update_fields_on_open(self.document)

    def _heading(self, text: str, level: int, kicker: str = "",
                 new_page: bool = False) -> Paragraph:
        if kicker:
            before = self.document.add_paragraph(kicker, style="Kicker")
            before.paragraph_format.page_break_before = new_page
            new_page = False
        heading = self.document.add_paragraph(text, style=f"Heading {level}")
        heading.paragraph_format.page_break_before = new_page
        self._step()
        return heading

    def _introduction(self) -> None:
        title = self.outline.introduction_title()
        self._new_section(title)
        self._heading(title, 1, kicker=self.label("introduction"))
        intro = self.course.introduction
        markdown = self._markdown(intro.path if intro else "")
        markdown.render(intro.body if intro else self.course.description, self.document)

    def _markdown(self, relative_file: str) -> WordMarkdown:
        base = (self.root / relative_file).parent if relative_file else self.root
        return WordMarkdown(WordContext(**{**self.context.__dict__, "base_dir": base}))

    # ------------------------------------------------------------- modules

    def _module(self, number: int, module: m.Module) -> None:
        title = self.outline.module_title(number, module)
        self._new_section(title)
        self._heading(title, 1)
        markdown = self._markdown(f"{module.folder}/module.yaml")
        if module.summary.strip():
            markdown.render_plain(module.summary, self.document)
        if self.trainer and module.duration_minutes:
            self.document.add_paragraph(self.label(
                "module.duration", minutes=format_number(module.duration_minutes)),
                style="Kicker")
        if module.objectives:
            self.document.add_paragraph(self.label("module.objectives"), style="Heading 3")
            self.document.add_paragraph(self.label("module.objectives.lead"))
            for objective in module.objectives:
                self.document.add_paragraph(objective, style="List Bullet")
        if self.trainer:
            self._trainer_notes(module, markdown)
        for item in module.items:
            self._item(item)
        self._glossary(module)

    def _trainer_notes(self, module: m.Module, markdown: WordMarkdown) -> None:
        timed = [item for item in module.items
                 if isinstance(item, m.Lesson | m.CaseStudy) and item.duration_minutes]
        if not timed and not module.trainer_notes.strip():
            return

        def fill(cell: _Cell) -> None:
            if timed:
                table = cell.add_table(rows=len(timed), cols=2)
                for row, item in zip(table.rows, timed, strict=True):
                    row.cells[0].text = self.outline.item_title(item)
                    row.cells[1].text = self.label(
                        "item.duration", minutes=format_number(item.duration_minutes or 0))
                    for cell_ in row.cells:
                        word.cell_borders(cell_, bottom=("single", 0.4, RULE))
            if module.trainer_notes.strip():
                markdown.render_plain(module.trainer_notes, cell)

        markdown.callout("trainer", self.label("module.trainer_notes"), fill, self.document)

    def _item(self, item: m.ModuleItem) -> None:
        if isinstance(item, m.Lesson):
            self._lesson(item)
        elif isinstance(item, m.CaseStudy):
            self._case_study(item)
        else:
            self._quiz(item)

    def _kicker(self, item: m.ModuleItem, kicker: str) -> str:
        minutes = getattr(item, "duration_minutes", None)
        if self.trainer and minutes:
            duration = self.label("item.duration", minutes=format_number(minutes))
            return f"{kicker}　·　{duration}" if kicker else duration
        return kicker

    def _lesson(self, lesson: m.Lesson) -> None:
        self._heading(self.outline.item_title(lesson), 2, self._kicker(lesson, ""), True)
        self._markdown(lesson.path).render(lesson.body, self.document)
        if self.options.notes_pages:
            notes = self.document.add_paragraph(self.label("notes.title"), style="Heading 3")
            notes.paragraph_format.page_break_before = True
            self._ruled_lines(24)

    def _case_study(self, case: m.CaseStudy) -> None:
        self._heading(self.outline.item_title(case), 2,
                      self._kicker(case, self.label("case.label")), True)
        markdown = self._markdown(case.path)
        for name in self.outline.case_sections():
            text = case.sections.get(name, "")
            if not text.strip():
                continue
            if name == "questions":
                self._discussion(case, markdown)
            elif name in m.TRAINER_CASE_SECTIONS:
                markdown.callout("trainer", self.label(f"case.{name}"),
                                 partial(markdown.render_plain, text), self.document)
            else:
                self.document.add_paragraph(self.label(f"case.{name}"), style="Heading 3")
                markdown.render_plain(text, self.document)

    def _discussion(self, case: m.CaseStudy, markdown: WordMarkdown) -> None:
        self.document.add_paragraph(self.label("case.questions"), style="Heading 3")
        for number, question in enumerate(case.discussion_questions, start=1):
            paragraph = self.document.add_paragraph()
            lead = paragraph.add_run(f"{number}. ")
            lead.bold, lead.font.color.rgb = True, word.rgb(PRIMARY)
            markdown.inline_into(question, paragraph)
            if not self.trainer:
                self._ruled_lines(DISCUSSION_LINES)

    def _ruled_lines(self, count: int) -> None:
        """Lines to write on: empty paragraphs ruled underneath, 22 pt apart as in the PDF."""
        for _ in range(count):
            line = self.document.add_paragraph()
            line.paragraph_format.space_after = Pt(0)
            line.paragraph_format.line_spacing = Pt(22)
            word.bottom_rule(line, "C8C8C8")

    def _quiz(self, quiz: m.Quiz) -> None:
        self._heading(self.outline.item_title(quiz), 2, self.label("quiz.label"), True)
        markdown = self._markdown(quiz.path)
        if quiz.description.strip():
            markdown.render_plain(quiz.description, self.document)
        questions = WordQuestions(self.document, markdown, self.label, self._ruled_lines)
        for number, question in enumerate(quiz.questions, start=1):
            questions.paper(question, number)
        if self.trainer and quiz.questions:
            self.document.add_paragraph(self.label("quiz.key_title"), style="Heading 3")
            for number, question in enumerate(quiz.questions, start=1):
                questions.key(question, number)

    def _glossary(self, module: m.Module) -> None:
        if not module.glossary:
            return
        heading = self.document.add_paragraph(self.label("module.glossary"), style="Heading 2")
        heading.paragraph_format.page_break_before = True
        table = self.document.add_table(rows=1 + len(module.glossary), cols=2)
        table.style = "Table Grid"
        header = table.rows[0].cells
        for cell, key in zip(header, ("glossary.term", "glossary.definition"), strict=True):
            cell.paragraphs[0].add_run(self.label(key)).bold = True
            word.shade(cell, CALLOUT_COLOURS["note"].background)
        for row, entry in zip(table.rows[1:], module.glossary, strict=True):
            row.cells[0].paragraphs[0].add_run(entry.term).bold = True
            row.cells[1].text = entry.definition
        width = self.context.text_width
        for cells, share in ((table.columns[0].cells, 0.24), (table.columns[1].cells, 0.76)):
            for cell in cells:
                cell.width = int(width * share)
        word.repeat_header_row(table)


def export_handout_docx(course: m.Course, course_root: Path, output: Path,
                        options: HandoutOptions, progress: ProgressCallback | None = None
                        ) -> Path:
    """Write the handout as .docx; raises Cancelled (and leaves no file) when cancelled."""
    selected_modules(course, options.module_id)  # UnknownModuleError before any work
    document = WordHandout(course, course_root, options, progress).build()
    with atomic_output(output) as temp:
        document.save(str(temp))
    return output
