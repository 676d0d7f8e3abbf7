"""Quiz questions in the Word handout: the paper form (boxes, gaps, lines) and the answer key.

Orders, letters and answers come from the PDF's quiz code (exporters.pdf.quiz_render), so a
printed PDF and a Word edition made with the same seed agree.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from docx.document import Document
from docx.shared import Emu, Pt
from docx.table import _Cell

from courseware import model as m
from exporters.docx import word
from exporters.docx.markdown import WordMarkdown
from exporters.pdf.markdown_flowables import blank_token
from exporters.pdf.markup import format_number
from exporters.pdf.quiz_render import (
    BLANK_MARKER,
    answer_text,
    letter,
    matching_right_column,
    ordering_shown,
    scenario_steps,
)
from exporters.pdf.styles import MUTED, PRIMARY

BOX = "☐"


class WordQuestions:
    def __init__(self, document: Document, markdown: WordMarkdown, label: Callable[..., str],
                 ruled_lines: Callable[[int], None], seed: int = 1) -> None:
        self.document, self.markdown, self.label = document, markdown, label
        self.ruled_lines, self.seed = ruled_lines, seed

    def _meta(self, question: m.Question, number: int) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(8)
        lead = paragraph.add_run(f"{number}. ")
        lead.bold, lead.font.color.rgb = True, word.rgb(PRIMARY)
        kind = self.label(f"qtype.{question.type_name}")
        points = self.label("quiz.points", points=format_number(question.points))
        meta = paragraph.add_run(f"{kind} {points}")
        meta.font.color.rgb, meta.font.size = word.rgb(MUTED), Pt(9.5)

    def _hint(self, key: str) -> None:
        run = self.document.add_paragraph().add_run(self.label(key))
        run.font.color.rgb, run.font.size = word.rgb(MUTED), Pt(9.5)

    def _option(self, text: str, prefix: str = "") -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(18)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(f"{BOX} {prefix}")
        self.markdown.short_into(text, paragraph, self.document)

    # ------------------------------------------------------------- paper form

    def paper(self, question: m.Question, number: int) -> None:
        self._meta(question, number)
        prompt = question.prompt
        if isinstance(question, m.FillBlankQuestion):
            counter = iter(range(1, 1000))
            prompt = BLANK_MARKER.sub(lambda _: blank_token(next(counter)), prompt)
        self.markdown.render_plain(prompt, self.document)
        if isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            for index, option in enumerate(question.options):
                self._option(option.text, f"{letter(index)}. ")
        elif isinstance(question, m.TrueFalseQuestion):
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.left_indent = Pt(18)
            paragraph.add_run(f"{BOX} {self.label('quiz.true')}　　　　"
                              f"{BOX} {self.label('quiz.false')}")
        elif isinstance(question, m.MatchingQuestion):
            self._matching(question)
        elif isinstance(question, m.OrderingQuestion):
            self._hint("quiz.order_hint")
            for item in ordering_shown(question, self.seed):
                self._option(item)
        elif isinstance(question, m.EssayQuestion):
            self.ruled_lines(max(6, min(14, int(question.points * 2) + 4)))
        elif isinstance(question, m.ScenarioQuestion):
            self._scenario(question)

    def _matching(self, question: m.MatchingQuestion) -> None:
        self._hint("quiz.match_hint")
        right = matching_right_column(question, self.seed)
        count = max(len(question.pairs), len(right))
        table = self.document.add_table(rows=count, cols=2)
        column = Emu(int(self.markdown.context.text_width * 0.45))  # a picture fits its cell
        for index, row in enumerate(table.rows):
            if index < len(question.pairs):
                paragraph = row.cells[0].paragraphs[0]
                paragraph.add_run(f"{index + 1}. ")
                self.markdown.short_into(question.pairs[index].left, paragraph, row.cells[0],
                                         column)
                paragraph.add_run("　（　　）")
            if index < len(right):
                paragraph = row.cells[1].paragraphs[0]
                paragraph.add_run(f"{letter(index)}. ")
                self.markdown.short_into(right[index], paragraph, row.cells[1], column)
        self.document.add_paragraph()

    def _scenario(self, question: m.ScenarioQuestion) -> None:
        self._hint("quiz.scenario_hint")
        steps = scenario_steps(question)
        numbers = {node.id: index for index, node in enumerate(steps, start=1)}
        for node in steps:
            self.markdown.callout("quote", self.label("quiz.scenario_step",
                                                      number=numbers[node.id]),
                                  partial(self._scenario_node, node, numbers), self.document)

    def _scenario_node(self, node: m.ScenarioNode, numbers: dict[str, int], cell: _Cell
                       ) -> None:
        self.markdown.render_plain(node.text, cell)
        for index, choice in enumerate(node.choices):
            target = numbers.get(choice.next)
            goto = (self.label("quiz.scenario_goto", number=target) if target
                    else self.label("quiz.scenario_end"))
            cell.add_paragraph(f"{BOX} {letter(index)}. {choice.text}　{goto}")

    # ------------------------------------------------------------- key form

    def key(self, question: m.Question, number: int) -> None:
        self._meta(question, number)
        answer = answer_text(question, self.label, self.seed)
        if answer:
            run = self.document.add_paragraph().add_run(self.label("quiz.answer", answer=answer))
            run.bold, run.font.color.rgb = True, word.rgb(PRIMARY)
        for line in self._key_lines(question):
            self.document.add_paragraph(line).paragraph_format.left_indent = Pt(18)
        if isinstance(question, m.EssayQuestion) and question.model_answer.strip():
            self.document.add_paragraph(self.label("quiz.model_answer"), style="Heading 4")
            self.markdown.render_plain(question.model_answer, self.document)
        if question.feedback.strip():
            self.document.add_paragraph(self.label("quiz.feedback",
                                                   text=question.feedback.strip()))

    def _key_lines(self, question: m.Question) -> list[str]:
        separator = self.label("list.separator")
        if isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            return [f"{letter(i)}. {o.text}" + (f" —— {o.feedback}" if o.feedback else "")
                    for i, o in enumerate(question.options)]
        if isinstance(question, m.TrueFalseQuestion):
            feedback = question.true_feedback if question.answer else question.false_feedback
            return [feedback] if feedback else []
        if isinstance(question, m.FillBlankQuestion):
            return [self.label("quiz.blank_answer", index=i, accepted=separator.join(b.accepted))
                    for i, b in enumerate(question.blanks, start=1)]
        if isinstance(question, m.OrderingQuestion):
            return [self.label("quiz.order_answer", items=" → ".join(question.items))]
        if isinstance(question, m.EssayQuestion):
            return [self.label("quiz.rubric")] + [
                "• " + self.label("quiz.rubric_line", criterion=c.criterion,
                                  points=format_number(c.points)) for c in question.rubric]
        if isinstance(question, m.ScenarioQuestion):
            return self._scenario_key(question)
        return []

    def _scenario_key(self, question: m.ScenarioQuestion) -> list[str]:
        steps = scenario_steps(question)
        numbers = {node.id: index for index, node in enumerate(steps, start=1)}
        lines: list[str] = []
        for node in steps:
            step = self.label("quiz.scenario_step", number=numbers[node.id])
            if node.ending is not None:
                ending = self.label("quiz.scenario_ending",
                                    percent=format_number(node.ending.score_percent))
                lines.append(f"{step} · {ending}：{node.ending.feedback.strip()}")
            lines += [f"{step} {letter(i)}：{c.feedback.strip()}"
                      for i, c in enumerate(node.choices) if c.feedback.strip()]
        return lines
