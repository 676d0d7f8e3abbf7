"""Quiz questions on paper (numbered, options lettered, answer boxes) and their answer keys."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Spacer,
    Table,
    TableStyle,
)

from courseware import model as m
from courseware.engine.grading.numerical import accepted_lines
from courseware.engine.grading.numerical import answer_text as numerical_answer_text
from exporters.pdf.flowables import WritingLines, panel, para, text_para
from exporters.pdf.markdown_flowables import MarkdownRenderer, blank_token
from exporters.pdf.markup import colour_attribute, escape, format_number
from exporters.pdf.styles import CALLOUT_COLOURS, MUTED, PRIMARY, RULE, Styles, derived_style

BLANK_MARKER = re.compile(r"_{3,}")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BOX_SIZE = 9


class TickBox(Flowable):
    """An empty square to tick or to write a letter or number in."""

    def __init__(self, size: float = BOX_SIZE) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, -1.5, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


@dataclass(frozen=True)
class QuizLayout:
    styles: Styles
    markdown: MarkdownRenderer
    label: Callable[..., str]  # (key, **values) → printed text
    width: float
    seed: int = 1


def letter(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


def matching_right_column(question: m.MatchingQuestion, seed: int) -> list[str]:
    """Right-hand items (answers and distractors) in a shuffled but reproducible order."""
    items = [pair.right for pair in question.pairs] + list(question.distractors)
    random.Random(f"{seed}:{question.id}").shuffle(items)
    return items


def ordering_shown(question: m.OrderingQuestion, seed: int) -> list[str]:
    items = list(question.items)
    rng = random.Random(f"{seed}:{question.id}")
    for _ in range(5):  # never print them already in the right order
        rng.shuffle(items)
        if items != question.items or len(items) < 2:
            break
    return items


def scenario_steps(question: m.ScenarioQuestion) -> list[m.ScenarioNode]:
    """Nodes in reading order (breadth first from the start), each once."""
    order: list[m.ScenarioNode] = []
    queue = [question.start]
    seen: set[str] = set()
    while queue:
        node = question.node(queue.pop(0))
        if node is None or node.id in seen:
            continue
        seen.add(node.id)
        order.append(node)
        queue.extend(choice.next for choice in node.choices)
    return order


def answer_text(question: m.Question, label: Callable[..., str], seed: int) -> str:
    """The right answer in one line (e.g. 'B', '对', '1-C, 2-A') as printed with ``seed``."""
    separator = label("list.separator")
    if isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        return separator.join(letter(i) for i, o in enumerate(question.options) if o.correct)
    if isinstance(question, m.TrueFalseQuestion):
        return label("quiz.true" if question.answer else "quiz.false")
    if isinstance(question, m.NumericalQuestion):
        return separator.join(accepted_lines(question))
    if isinstance(question, m.MatchingQuestion):
        right = matching_right_column(question, seed)
        return separator.join(f"{i + 1}-{letter(right.index(p.right))}"
                              for i, p in enumerate(question.pairs))
    if isinstance(question, m.OrderingQuestion):
        shown = ordering_shown(question, seed)
        return " → ".join(str(shown.index(item) + 1) for item in question.items)
    return ""


class QuizRenderer:
    """Flowables for one question: the paper form and the key form."""

    def __init__(self, layout: QuizLayout) -> None:
        self.layout = layout
        self.styles = layout.styles
        self.label = layout.label
        self.option_style = derived_style(self.styles.body, "option", spaceAfter=0)
        self.meta_style = derived_style(self.styles.muted, "qmeta", spaceAfter=2)

    # ------------------------------------------------------------- shared

    def numbered(self, number: int, content: list[Flowable]) -> Flowable:
        item = ListFlowable([ListItem(content, value=number)], bulletType="1",
                            bulletFormat="%s.", bulletFontName=self.styles.font,
                            bulletFontSize=self.styles.body.fontSize, bulletColor=PRIMARY,
                            leftIndent=22, spaceBefore=6, spaceAfter=10)
        return item

    def heading(self, question: m.Question) -> Flowable:
        kind = self.label(f"qtype.{question.type_name}")
        points = self.label("quiz.points", points=format_number(question.points))
        return text_para(f"{kind} {points}", self.meta_style)

    def prompt(self, question: m.Question) -> list[Flowable]:
        text = question.prompt
        if isinstance(question, m.FillBlankQuestion):
            counter = iter(range(1, 1000))
            text = BLANK_MARKER.sub(lambda _: blank_token(next(counter)), text)
        return self.layout.markdown.render_plain(text, self.layout.width - 22)

    # ------------------------------------------------------------- paper form

    def paper(self, question: m.Question, number: int) -> Flowable:
        content = [self.heading(question), *self.prompt(question), *self.answer_space(question)]
        flowable = self.numbered(number, content)
        if isinstance(question, m.EssayQuestion | m.ScenarioQuestion):
            return flowable
        return KeepTogether([flowable])

    def answer_space(self, question: m.Question) -> list[Flowable]:
        builders: dict[type, Callable[..., list[Flowable]]] = {
            m.SingleChoiceQuestion: self._choice_space,
            m.MultipleChoiceQuestion: self._choice_space,
            m.TrueFalseQuestion: self._true_false_space,
            m.FillBlankQuestion: self._fill_space,
            m.NumericalQuestion: self._numerical_space,
            m.MatchingQuestion: self._matching_space,
            m.OrderingQuestion: self._ordering_space,
            m.EssayQuestion: self._essay_space,
            m.ScenarioQuestion: self._scenario_space,
        }
        builder = builders.get(type(question))
        return builder(question) if builder else []

    def rich(self, prefix: str, text: str, width: float,
             style: ParagraphStyle | None = None) -> list[Flowable]:
        """``prefix`` (markup) and a short Markdown text, its pictures under it."""
        markup, pictures = self.layout.markdown.short_text(text, width)
        return [para(f"{prefix}{markup}", style or self.option_style), *pictures]

    def markup(self, text: str) -> str:
        """Paragraph markup of a short Markdown text, without its pictures (answer keys)."""
        return self.layout.markdown.short_text(text, self.layout.width)[0]

    def _boxed_rows(self, texts: list[str], prefix: Callable[[int], str],
                    plain: bool = False) -> Table:
        width = self.layout.width - 22 - 16
        rows = [[TickBox(), para(f"{prefix(i)}{escape(t)}", self.option_style) if plain
                 else self.rich(prefix(i), t, width)] for i, t in enumerate(texts)]
        table = Table(rows, colWidths=[16, self.layout.width - 22 - 16], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (0, -1), 5),
        ]))
        return table

    def _choice_space(self, question: m.SingleChoiceQuestion) -> list[Flowable]:
        texts = [option.text for option in question.options]
        return [Spacer(1, 2), self._boxed_rows(texts, lambda i: f"{letter(i)}.&nbsp;&nbsp;")]

    def _true_false_space(self, question: m.TrueFalseQuestion) -> list[Flowable]:
        row = [TickBox(), text_para(self.label("quiz.true"), self.option_style),
               TickBox(), text_para(self.label("quiz.false"), self.option_style)]
        table = Table([row], colWidths=[16, 60, 16, 60], hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (0, -1), 5),
                                   ("TOPPADDING", (2, 0), (2, -1), 5),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [Spacer(1, 2), table]

    def _fill_space(self, question: m.FillBlankQuestion) -> list[Flowable]:
        return []  # the gaps are printed in the prompt

    def _numerical_space(self, question: m.NumericalQuestion) -> list[Flowable]:
        unit = f" {question.units[0].unit}" if question.units else ""
        line = "_" * 24
        return [Spacer(1, 6), text_para(self.label("quiz.numerical_line", line=line, unit=unit),
                                        self.option_style)]

    def _matching_space(self, question: m.MatchingQuestion) -> list[Flowable]:
        right = matching_right_column(question, self.layout.seed)
        count = max(len(question.pairs), len(right))
        half = (self.layout.width - 22) / 2
        rows = []
        for index in range(count):
            left: list[Flowable] = [para("", self.option_style)]
            if index < len(question.pairs):
                markup, pictures = self.layout.markdown.short_text(question.pairs[index].left,
                                                                   half * 0.8 - 8)
                left = [para(f"{index + 1}. {markup}　（　　）", self.option_style), *pictures]
            answer = (self.rich(f"{letter(index)}. ", right[index], half * 1.2 - 12)
                      if index < len(right) else [para("", self.option_style)])
            rows.append([left, answer])
        table = Table(rows, colWidths=[half * 0.8, half * 1.2], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                                   ("LEFTPADDING", (1, 0), (1, -1), 10)]))
        return [text_para(self.label("quiz.match_hint"), self.meta_style), table]

    def _ordering_space(self, question: m.OrderingQuestion) -> list[Flowable]:
        shown = ordering_shown(question, self.layout.seed)
        return [text_para(self.label("quiz.order_hint"), self.meta_style),
                self._boxed_rows(shown, lambda i: "")]

    def _essay_space(self, question: m.EssayQuestion) -> list[Flowable]:
        lines = max(6, min(14, int(question.points * 2) + 4))
        return [Spacer(1, 4), WritingLines(lines)]

    def _scenario_space(self, question: m.ScenarioQuestion) -> list[Flowable]:
        steps = scenario_steps(question)
        numbers = {node.id: index for index, node in enumerate(steps, start=1)}
        story: list[Flowable] = [text_para(self.label("quiz.scenario_hint"), self.meta_style)]
        for node in steps:
            story.append(self._scenario_node(node, numbers))
        return story

    def _scenario_node(self, node: m.ScenarioNode, numbers: dict[str, int]) -> Flowable:
        step = self.label("quiz.scenario_step", number=numbers[node.id])
        colours = CALLOUT_COLOURS["quote"]
        width = self.layout.width - 22
        rows: list[Flowable] = self.layout.markdown.render_plain(node.text, width - 20)
        if node.choices:
            texts = []
            for choice in node.choices:
                target = numbers.get(choice.next)
                goto = (self.label("quiz.scenario_goto", number=target) if target
                        else self.label("quiz.scenario_end"))
                texts.append(f"{choice.text}　{goto}")
            rows.append(self._boxed_rows(texts, lambda i: f"{letter(i)}.&nbsp;&nbsp;", True))
        label_style = derived_style(self.styles.callout_label, "step", textColor=PRIMARY)
        block = panel(rows, colours, text_para(step, label_style), width)
        block.spaceBefore, block.spaceAfter = 4, 6
        return block

    # ------------------------------------------------------------- key form

    def key(self, question: m.Question, number: int) -> Flowable:
        content = [self.heading(question), *self.key_lines(question)]
        if question.feedback.strip():
            label = escape(self.label("quiz.feedback", text="\ue002"))
            content.append(para(label.replace("\ue002", self.markup(question.feedback)),
                                self.styles.body))
        return KeepTogether([self.numbered(number, content)])

    def answer_text(self, question: m.Question) -> str:
        return answer_text(question, self.label, self.layout.seed)

    def key_lines(self, question: m.Question) -> list[Flowable]:
        body = self.styles.body
        answer = self.answer_text(question)
        story: list[Flowable] = []
        if answer:
            markup = escape(self.label("quiz.answer", answer=answer))
            story.append(para(f'<font color="{colour_attribute(PRIMARY)}">{markup}</font>', body))
        if isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            story += [para(f"{letter(i)}. {self.markup(o.text)}"
                           + (f" —— {self.markup(o.feedback)}" if o.feedback.strip() else ""),
                           self.styles.small)
                      for i, o in enumerate(question.options)]
        elif isinstance(question, m.TrueFalseQuestion):
            feedback = question.true_feedback if question.answer else question.false_feedback
            if feedback.strip():
                story.append(para(self.markup(feedback), self.styles.small))
        elif isinstance(question, m.FillBlankQuestion):
            separator = self.label("list.separator")
            story += [text_para(self.label("quiz.blank_answer", index=i,
                                           accepted=separator.join(b.accepted)), body)
                      for i, b in enumerate(question.blanks, start=1)]
        elif isinstance(question, m.NumericalQuestion):
            story += [text_para(f"{numerical_answer_text(a, question.units)} —— {a.feedback}",
                                self.styles.small) for a in question.answers if a.feedback]
        elif isinstance(question, m.OrderingQuestion):
            items = " → ".join(self.markup(item) for item in question.items)
            label = escape(self.label("quiz.order_answer", items="\ue002"))
            story.append(para(label.replace("\ue002", items), self.styles.small))
        elif isinstance(question, m.EssayQuestion):
            story += self._essay_key(question)
        elif isinstance(question, m.ScenarioQuestion):
            story += self._scenario_key(question)
        return story

    def _essay_key(self, question: m.EssayQuestion) -> list[Flowable]:
        story: list[Flowable] = [text_para(self.label("quiz.rubric"), self.styles.h4)]
        story += [text_para("• " + self.label("quiz.rubric_line", criterion=c.criterion,
                                              points=format_number(c.points)), self.styles.body)
                  for c in question.rubric]
        if question.model_answer.strip():
            story.append(text_para(self.label("quiz.model_answer"), self.styles.h4))
            story += self.layout.markdown.render_plain(question.model_answer,
                                                       self.layout.width - 22)
        return story

    def _scenario_key(self, question: m.ScenarioQuestion) -> list[Flowable]:
        steps = scenario_steps(question)
        numbers = {node.id: index for index, node in enumerate(steps, start=1)}
        story: list[Flowable] = []
        for node in steps:
            step = self.label("quiz.scenario_step", number=numbers[node.id])
            if node.ending is not None:
                ending = self.label("quiz.scenario_ending",
                                    percent=format_number(node.ending.score_percent))
                story.append(text_para(f"{step} · {ending}：{node.ending.feedback.strip()}",
                                       self.styles.small))
            for index, choice in enumerate(node.choices):
                if choice.feedback.strip():
                    story.append(text_para(f"{step} {letter(index)}：{choice.feedback.strip()}",
                                           self.styles.small))
        return story
