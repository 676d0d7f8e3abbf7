"""Domain questions → the text conventions the readers read (shared by the txt and docx writers).

The written lines are exactly what :mod:`exporters.banks.textconv` parses back: section headings
``一、单选题``, ``1. 题干``, ``A. 选项``, ``答案：…``, ``解析：…``, ``分值：…``, ``知识点：…``.
Ordering and matching items are written in a fixed shuffled order (seeded by the question id)
so a printed paper does not give the answer away.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from courseware import model as m
from courseware.i18n import tr
from exporters.banks import BankProblem
from exporters.banks.answers import LETTERS, TYPE_LABELS
from exporters.banks.text_patterns import QNUM
from exporters.banks.textconv import type_tag


@dataclass
class Block:
    """One question: its lines in order; ``kind`` tells the docx writer how to style them."""

    question: m.Question
    lines: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def labelled(questions: Sequence[m.Question], format_name: str, problems: list[BankProblem]
             ) -> list[tuple[m.Question, str]]:
    """Each question a 题库 file can hold with its type label (单选题…); a warning in
    ``problems`` for each one it cannot."""
    kept: list[tuple[m.Question, str]] = []
    for question in questions:
        label = TYPE_LABELS.get(question.type_name)
        if label is None:
            problems.append(BankProblem(question.id, "warning", tr(
                "tiku.cannot_hold", format=format_name, type=question.type_name)))
        else:
            kept.append((question, label))
    return kept


def sections_for(questions: Sequence[m.Question], format_name: str
                 ) -> tuple[list[Section], list[BankProblem]]:
    """Questions grouped by type, as a 题库 paper is laid out (一、单选题 … 二、多选题 …);
    within a type the order is kept."""
    by_label: dict[str, Section] = {}
    problems: list[BankProblem] = []
    for question, label in labelled(questions, format_name, problems):
        if label not in by_label:
            by_label[label] = Section(f"{_cn(len(by_label) + 1)}、{label}")
        by_label[label].blocks.append(Block(question))
    number = 0
    for section in by_label.values():
        for block in section.blocks:
            number += 1
            _write(block, number, problems)
    return list(by_label.values()), problems


def grouped(questions: Sequence[m.Question]) -> list[m.Question]:
    """The order in which :func:`sections_for` writes the questions it can hold."""
    sections, _problems = sections_for(questions, "")
    return [block.question for section in sections for block in section.blocks]


def _cn(value: int) -> str:
    from exporters.banks.word_numbering import chinese_number

    return chinese_number(value)


def _write(block: Block, number: int, problems: list[BankProblem]) -> None:
    q = block.question
    prompt_lines = q.prompt.strip().splitlines() or [""]
    first = prompt_lines[0]
    if type_tag(first) is not None or QNUM.match(first):
        first += f" 【{TYPE_LABELS[q.type_name]}】"  # the reader strips this tag, not the text's
    block.lines.append(("stem", f"{number}. {first}"))
    block.lines.extend(("stem", _more(line)) for line in prompt_lines[1:])
    answer = _type_lines(block, problems)
    if answer is not None:
        answer_lines = answer.splitlines() or [""]
        block.lines.append(("answer", f"答案：{answer_lines[0]}"))
        block.lines.extend(("answer", _more(line)) for line in answer_lines[1:])
    if q.feedback.strip():
        feedback = q.feedback.strip().splitlines()
        block.lines.append(("field", f"解析：{feedback[0]}"))
        block.lines.extend(("field", _more(line)) for line in feedback[1:])
    block.lines.append(("field", f"分值：{_number(q.points)}"))
    if q.category:
        block.lines.append(("field", f"知识点：{q.category}"))


def _more(line: str) -> str:
    """A further line of a multi-line text: ``> `` keeps it whatever it looks like."""
    return f"> {line}" if line.strip() else ">"


def _type_lines(block: Block, problems: list[BankProblem]) -> str | None:
    q = block.question
    lost: list[str] = []
    answer: str | None
    if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        for letter, option in zip(LETTERS, q.options, strict=False):
            block.lines.append(("option", f"{letter}. {_one_line(option.text)}"))
        answer = "".join(letter for letter, o in zip(LETTERS, q.options, strict=False)
                         if o.correct)
        if any(o.feedback for o in q.options):
            lost.append(tr("tiku.lost.option_feedback"))
        if isinstance(q, m.MultipleChoiceQuestion) and q.scoring is not None:
            lost.append(tr("tiku.lost.scoring"))
    elif isinstance(q, m.TrueFalseQuestion):
        answer = "正确" if q.answer else "错误"
        if q.true_feedback or q.false_feedback:
            lost.append(tr("tiku.lost.option_feedback"))
    elif isinstance(q, m.FillBlankQuestion):
        answer = "|".join(";".join(blank.accepted) for blank in q.blanks)
        if any(blank.case_sensitive for blank in q.blanks):
            lost.append(tr("tiku.lost.case_sensitive"))
    elif isinstance(q, m.OrderingQuestion):
        answer = _ordering(block)
    elif isinstance(q, m.MatchingQuestion):
        answer = _matching(block)
    else:
        assert isinstance(q, m.EssayQuestion)
        answer = q.model_answer.strip() or None
        if len(q.rubric) > 1 or any(c.criterion != tr("tiku.essay_rubric") for c in q.rubric):
            lost.append(tr("tiku.lost.rubric"))
    if lost:
        what = tr("tiku.list_separator").join(lost)
        problems.append(BankProblem(q.id, "warning", tr("tiku.lost", what=what)))
    return answer


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _ordering(block: Block) -> str:
    q = block.question
    assert isinstance(q, m.OrderingQuestion)
    shown = list(range(len(q.items)))
    random.Random(q.id).shuffle(shown)
    for letter, index in zip(LETTERS, shown, strict=False):
        block.lines.append(("option", f"{letter}. {_one_line(q.items[index])}"))
    return "".join(LETTERS[shown.index(i)] for i in range(len(q.items)))


def _matching(block: Block) -> str:
    q = block.question
    assert isinstance(q, m.MatchingQuestion)
    rights = [p.right for p in q.pairs] + list(q.distractors)
    shown = list(range(len(rights)))
    random.Random(q.id).shuffle(shown)
    for letter, pair in zip(LETTERS, q.pairs, strict=False):
        block.lines.append(("option", f"{letter}. {_one_line(pair.left)}"))
    for number, index in enumerate(shown, start=1):
        block.lines.append(("option", f"{number}) {_one_line(rights[index])}"))
    return ";".join(f"{LETTERS[i]}-{shown.index(i) + 1}" for i in range(len(q.pairs)))


def text_of(sections: list[Section]) -> str:
    out: list[str] = []
    for section in sections:
        out.append(section.heading)
        out.append("")
        for block in section.blocks:
            out.extend(text for _kind, text in block.lines)
            out.append("")
    return "\n".join(out)
