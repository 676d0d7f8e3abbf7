"""Printable quiz papers and their answer keys.

Public API::

    export_quiz_paper(course, course_root, "m1-quiz", Path("m1.pdf"),
                      QuizPaperOptions(with_key=True, seed=7))  # → [m1.pdf, m1-key.pdf]

With ``with_key`` the answer key is written as a second file beside the paper, named
``OUT-key.pdf``, so the paper can be handed out and the key kept back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from courseware import model as m
from courseware.tasks import ProgressCallback
from exporters.pdf.document import CourseDocTemplate, OutlineEntry, PageSetup, mark
from exporters.pdf.flowables import empty_cell, text_para
from exporters.pdf.labels import label_language
from exporters.pdf.markdown_flowables import MarkdownRenderer, RenderContext
from exporters.pdf.markup import format_number
from exporters.pdf.options import PrintOptions
from exporters.pdf.output import atomic_output
from exporters.pdf.quiz_draw import PaperQuestions, paper_questions
from exporters.pdf.quiz_render import QuizLayout, QuizRenderer
from exporters.pdf.styles import PRIMARY


class UnknownQuizError(ValueError):
    """``quiz_id`` names no quiz of the course."""


@dataclass(frozen=True)
class QuizPaperOptions(PrintOptions):
    with_key: bool = False  # also write the answer key, as OUT-key.pdf
    seed: int = 1  # for quizzes with random draws: which questions are printed


def key_path(output: Path) -> Path:
    """Where the answer key of ``output`` goes: ``paper.pdf`` → ``paper-key.pdf``."""
    return output.with_name(f"{output.stem}-key{output.suffix or '.pdf'}")


class QuizPaperDocument(CourseDocTemplate):
    """The paper (``answer_key`` False) or its answer key (True)."""

    def __init__(self, filename: Path, course: m.Course, course_root: Path, quiz: m.Quiz,
                 selection: PaperQuestions, options: QuizPaperOptions, answer_key: bool,
                 progress: ProgressCallback | None = None) -> None:
        self.course, self.quiz, self.selection = course, quiz, selection
        self.options, self.answer_key = options, answer_key
        language = label_language(course.language)
        title = quiz.title or quiz.id
        if answer_key:
            from exporters.pdf.labels import label

            title = f"{title} — {label(language, 'quiz.key_title')}"
        super().__init__(filename, title=title, language=language,
                         page_setup=PageSetup(options.paper, options.duplex), font=options.font,
                         author=options.organisation, subject=course.title,
                         header_title=course.title, progress=progress)
        self.running_header = quiz.title
        base = (course_root / quiz.path).parent if quiz.path else course_root
        renderer = MarkdownRenderer(RenderContext(self.styles, self.width, self.height, base,
                                                  False, self.label, course_root))
        self.renderer = renderer
        self.questions = QuizRenderer(QuizLayout(self.styles, renderer, self.label, self.width,
                                                 selection.seed))
        self.steps_per_pass = len(selection.questions)
        self.story_steps = len(selection.questions)

    has_cover = False

    def build_story(self) -> list[Flowable]:
        title = self.quiz.title or self.quiz.id
        if self.answer_key:
            title = f"{title}　{self.label('quiz.key_title')}"
        heading = mark(text_para(title, self.styles.h1),
                       outline=OutlineEntry(title, 0), running_header=self.quiz.title)
        story: list[Flowable] = []
        if self.options.organisation:
            story.append(text_para(self.options.organisation, self.styles.kicker))
        story += [heading, self._summary()]
        if not self.answer_key:
            story += [self._candidate_lines()]
            if self.quiz.description.strip():
                story += self.renderer.render_plain(self.quiz.description)
        story.append(Spacer(1, 8))
        for number, question in enumerate(self.selection.questions, start=1):
            flowable = (self.questions.key(question, number) if self.answer_key
                        else self.questions.paper(question, number))
            story.append(mark(flowable, progress_step=True))
            self.story_step_done(number)
        return story

    def _summary(self) -> Flowable:
        questions = self.selection.questions
        points = sum(q.points for q in questions)
        text = self.label("quiz.summary", count=len(questions), points=format_number(points),
                          pass_percent=format_number(self.quiz.settings.pass_percent))
        if self.quiz.settings.time_limit_minutes:
            text += " " + self.label("quiz.time_limit", minutes=format_number(
                self.quiz.settings.time_limit_minutes))
        if self.selection.drawn:
            text += " " + self.label("quiz.drawn", seed=self.selection.seed)
        return text_para(text, self.styles.muted)

    def _candidate_lines(self) -> Table:
        cell = ParagraphStyle("field", parent=self.styles.body, spaceAfter=0)
        keys = ("quiz.name", "quiz.staff_id", "quiz.date", "quiz.score")
        row: list[object] = []
        widths: list[float] = []
        for key, share in zip(keys, (0.3, 0.24, 0.26, 0.2), strict=True):
            row += [text_para(f"{self.label(key)}：" if self.language.startswith("zh")
                              else f"{self.label(key)}:", cell), empty_cell()]
            label_width = stringWidth(f"{self.label(key)}：", cell.fontName, cell.fontSize) + 3
            widths += [label_width, self.width * share - label_width - 10]
            row.append(empty_cell())
            widths.append(10)
        table = Table([row], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            *[("LINEBELOW", (i, 0), (i, 0), 0.7, PRIMARY) for i in range(1, len(row), 3)],
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]))
        table.spaceBefore, table.spaceAfter = 10, 10
        return table


def find_quiz(course: m.Course, quiz_id: str) -> m.Quiz:
    quiz = course.find_quiz(quiz_id)
    if quiz is None:
        raise UnknownQuizError(quiz_id)
    return quiz


def export_quiz_paper(course: m.Course, course_root: Path, quiz_id: str, output: Path,
                      options: QuizPaperOptions, progress: ProgressCallback | None = None
                      ) -> list[Path]:
    """Write the paper (and with ``with_key`` the key as OUT-key.pdf); return the files.

    Raises UnknownQuizError for a bad id and Cancelled when cancelled; no partial file stays.
    """
    quiz = find_quiz(course, quiz_id)
    selection = paper_questions(course, quiz, options.seed)
    outputs = [output] + ([key_path(output)] if options.with_key else [])
    with atomic_output(output) as paper_temp:
        QuizPaperDocument(paper_temp, course, course_root, quiz, selection, options, False,
                          _part(progress, 0, len(outputs))).render()
        if options.with_key:
            with atomic_output(outputs[1]) as key_temp:
                QuizPaperDocument(key_temp, course, course_root, quiz, selection, options, True,
                                  _part(progress, 1, len(outputs))).render()
    return outputs


def _part(progress: ProgressCallback | None, index: int, parts: int
          ) -> ProgressCallback | None:
    """Progress of one of ``parts`` documents, scaled into the whole run."""
    if progress is None:
        return None

    def scaled(done: int, total: int) -> bool:
        return progress(index * total + done, parts * total)

    return scaled
