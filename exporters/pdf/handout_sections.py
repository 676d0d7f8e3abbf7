"""The parts of a handout: introduction, module opener, lessons, case studies, quizzes, glossary.

Every part starts with a marked heading (bookmark, table-of-contents line, running header) and
leaves out what the participant edition must not show: trainer blocks, module trainer notes,
case analyses and facilitation notes, answer keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    ListFlowable,
    ListItem,
    LongTable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from courseware import model as m
from exporters.handout_outline import DISCUSSION_LINES, HandoutOutline
from exporters.pdf.document import OutlineEntry, mark
from exporters.pdf.flowables import FillPageWithLines, WritingLines, panel, para, text_para
from exporters.pdf.markdown_flowables import MarkdownRenderer, RenderContext
from exporters.pdf.markdown_source import new_markdown
from exporters.pdf.markup import escape, format_number
from exporters.pdf.options import Edition
from exporters.pdf.quiz_render import QuizLayout, QuizRenderer
from exporters.pdf.styles import (
    CALLOUT_COLOURS,
    PRIMARY,
    RULE,
    TABLE_HEADER_BG,
    derived_style,
)

if TYPE_CHECKING:
    from exporters.pdf.handout import HandoutDocument, HandoutOptions



class HandoutSections:
    def __init__(self, doc: HandoutDocument, course_root: Path, options: HandoutOptions) -> None:
        self.doc = doc
        self.styles = doc.styles
        self.course_root = course_root
        self.options = options
        self.trainer = options.edition == Edition.TRAINER
        self.label = doc.label
        self.outline = HandoutOutline(doc.course, doc.language, doc.label, self.trainer,
                                      options.module_id)
        self._steps = 0
        self._markdown = new_markdown()  # one converter for every text (reset before each)

    # ------------------------------------------------------------- structure

    def step_count(self, modules: list[tuple[int, m.Module]], introduction: bool) -> int:
        intro = 1 if introduction and (self.doc.course.introduction or
                                       self.doc.course.description) else 0
        return intro + sum(1 + len(module.items) for _, module in modules)

    def toc_preview(self, modules: list[tuple[int, m.Module]], introduction: bool
                    ) -> list[tuple[int, str]]:
        """The table-of-contents lines the story will produce (laid out before the rest)."""
        return self.outline.contents_lines()

    def _renderer(self, relative_file: str) -> MarkdownRenderer:
        base = (self.course_root / relative_file).parent if relative_file else self.course_root
        context = RenderContext(self.styles, self.doc.width, self.doc.height, base,
                                self.trainer, self.label, self.course_root)
        return MarkdownRenderer(context, self._markdown)

    def _step(self, flowable: Flowable) -> Flowable:
        """Count a unit of work: reported while building the story and at layout."""
        self._steps += 1
        self.doc.story_step_done(self._steps)
        return mark(flowable, progress_step=True)

    def _heading(self, text: str, style: ParagraphStyle, level: int, toc_level: int | None,
                 header: str | None = None) -> Flowable:
        return mark(text_para(text, style), outline=OutlineEntry(text, level, toc_level),
                    running_header=header)

    # ------------------------------------------------------------- introduction

    def _introduction_title(self) -> str:
        return self.outline.introduction_title()

    def introduction(self, course: m.Course) -> list[Flowable]:
        if course.introduction is None and not course.description:
            return []
        title = self._introduction_title()
        story: list[Flowable] = [
            text_para(self.label("introduction"), self.styles.kicker),
            self._step(self._heading(title, self.styles.h1, 1, 0, header=title)),
        ]
        if course.introduction is not None:
            story += self._renderer(course.introduction.path).render(course.introduction.body)
        elif course.description:
            story += self._renderer("").render(course.description)
        return [*story, PageBreak()]

    # ------------------------------------------------------------- modules

    def _module_title(self, number: int, module: m.Module) -> str:
        return self.outline.module_title(number, module)

    def module(self, number: int, module: m.Module) -> list[Flowable]:
        title = self._module_title(number, module)
        renderer = self._renderer(f"{module.folder}/module.yaml")
        story: list[Flowable] = [
            self._step(self._heading(title, self.styles.part_title, 1, 0, header=title)),
        ]
        if module.summary.strip():
            story += renderer.render_plain(module.summary)
        if self.trainer and module.duration_minutes:
            story.append(text_para(self.label("module.duration",
                                              minutes=format_number(module.duration_minutes)),
                                   self.styles.muted))
        story += self._objectives(module)
        if self.trainer:
            story += self._trainer_notes(module, renderer)
        for item in module.items:
            story += self._item(item)
        story += self._glossary(module)
        return [*story, PageBreak()]

    def _objectives(self, module: m.Module) -> list[Flowable]:
        if not module.objectives:
            return []
        items = [ListItem(text_para(o, self.styles.body)) for o in module.objectives]
        objectives = ListFlowable(items, bulletType="bullet", start="✓",
                                  bulletFontName=self.styles.font, bulletColor=PRIMARY,
                                  leftIndent=16)
        return [text_para(self.label("module.objectives"), self.styles.h2),
                text_para(self.label("module.objectives.lead"), self.styles.body), objectives]

    def _trainer_notes(self, module: m.Module, renderer: MarkdownRenderer) -> list[Flowable]:
        rows: list[Flowable] = []
        timing = self._timing_table(module)
        if timing is not None:
            rows.append(timing)
        if module.trainer_notes.strip():
            rows += renderer.render_plain(module.trainer_notes, self.doc.width - 20)
        if not rows:
            return []
        label = text_para(self.label("module.trainer_notes"),
                          derived_style(self.styles.callout_label, "tn",
                                        textColor=CALLOUT_COLOURS["trainer"].accent))
        block = panel(rows, CALLOUT_COLOURS["trainer"], label, self.doc.width)
        block.spaceBefore, block.spaceAfter = 12, 6
        return [block]

    def _timing_table(self, module: m.Module) -> LongTable | None:
        timed = [item for item in module.items
                 if isinstance(item, m.Lesson | m.CaseStudy) and item.duration_minutes]
        if not timed:
            return None
        rows = [[text_para(self._item_title(item), self.styles.cell),
                 text_para(self.label("item.duration",
                                      minutes=format_number(item.duration_minutes or 0)),
                           self.styles.cell)] for item in timed]
        table = LongTable(rows, colWidths=[self.doc.width * 0.6, self.doc.width * 0.25],
                          hAlign="LEFT")
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        return table

    # ------------------------------------------------------------- items

    def _item_title(self, item: m.ModuleItem) -> str:
        return self.outline.item_title(item)

    def _item(self, item: m.ModuleItem) -> list[Flowable]:
        if isinstance(item, m.Lesson):
            return self.lesson(item)
        if isinstance(item, m.CaseStudy):
            return self.case_study(item)
        return self.quiz(item)

    def _item_heading(self, item: m.ModuleItem, kicker: str) -> list[Flowable]:
        minutes = getattr(item, "duration_minutes", None)
        if self.trainer and minutes:
            kicker = f"{kicker}　·　{self.label('item.duration', minutes=format_number(minutes))}"
        story: list[Flowable] = [PageBreak()]
        if kicker:
            story.append(text_para(kicker, self.styles.kicker))
        story.append(self._step(self._heading(self._item_title(item), self.styles.h1, 2, 1)))
        return story

    def lesson(self, lesson: m.Lesson) -> list[Flowable]:
        story = self._item_heading(lesson, "")
        story += self._renderer(lesson.path).render(lesson.body)
        if self.options.notes_pages:
            story += [PageBreak(), text_para(self.label("notes.title"), self.styles.h2),
                      FillPageWithLines()]
        return story

    def case_study(self, case: m.CaseStudy) -> list[Flowable]:
        story = self._item_heading(case, self.label("case.label"))
        renderer = self._renderer(case.path)
        for name in self.outline.case_sections():
            text = case.sections.get(name, "")
            if not text.strip():
                continue
            if name == "questions":
                story += self._discussion_questions(case, renderer)
            elif name in m.TRAINER_CASE_SECTIONS:
                story.append(self._trainer_section(name, text, renderer))
            else:
                story.append(text_para(self.label(f"case.{name}"), self.styles.h2))
                story += renderer.render_plain(text)
        return story

    def _trainer_section(self, name: str, text: str, renderer: MarkdownRenderer) -> Flowable:
        colours = CALLOUT_COLOURS["trainer"]
        label = text_para(self.label(f"case.{name}"),
                          derived_style(self.styles.callout_label, f"case-{name}",
                                        textColor=colours.accent))
        block = panel(renderer.render_plain(text, self.doc.width - 20), colours, label,
                      self.doc.width)
        block.spaceBefore, block.spaceAfter = 10, 8
        return block

    def _discussion_questions(self, case: m.CaseStudy, renderer: MarkdownRenderer
                              ) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(self.doc.height * 0.25),
                                 text_para(self.label("case.questions"), self.styles.h2)]
        for number, question in enumerate(case.discussion_questions, start=1):
            content: list[Flowable] = [para(renderer.inline_markdown(question),
                                            self.styles.body)]
            if not self.trainer:
                content.append(WritingLines(DISCUSSION_LINES))
            story.append(self._numbered_block(number, content))
        return [*story, Spacer(1, 6)]

    def _numbered_block(self, number: int, content: list[Flowable]) -> Table:
        number_style = derived_style(self.styles.body, "qnum", textColor=PRIMARY)
        table = Table([[para(f"{number}.", number_style), content]],
                      colWidths=[20, self.doc.width - 20], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def quiz(self, quiz: m.Quiz) -> list[Flowable]:
        story = self._item_heading(quiz, self.label("quiz.label"))
        renderer = self._renderer(quiz.path)
        if quiz.description.strip():
            story += renderer.render_plain(quiz.description)
        layout = QuizLayout(self.styles, renderer, self.label, self.doc.width)
        questions = QuizRenderer(layout)
        for number, question in enumerate(quiz.questions, start=1):
            story.append(questions.paper(question, number))
        if self.trainer and quiz.questions:
            story += [CondPageBreak(self.doc.height * 0.3),
                      text_para(self.label("quiz.key_title"), self.styles.h2)]
            story += [questions.key(q, n) for n, q in enumerate(quiz.questions, start=1)]
        return story

    # ------------------------------------------------------------- glossary

    def _glossary(self, module: m.Module) -> list[Flowable]:
        if not module.glossary:
            return []
        header = [text_para(self.label("glossary.term"), self.styles.cell_header),
                  text_para(self.label("glossary.definition"), self.styles.cell_header)]
        rows = [[para(f"<b>{escape(e.term)}</b>", self.styles.cell),
                 text_para(e.definition, self.styles.cell)] for e in module.glossary]
        table = LongTable([header, *rows], colWidths=[self.doc.width * 0.24,
                                                      self.doc.width * 0.76],
                          repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        title = self._heading(self.label("module.glossary"), self.styles.h1, 2, None)
        return [PageBreak(), title, table]
