"""GIFT: Moodle's plain-text question format (read and write).

The writer gives every question a ``::id::`` title, a ``$CATEGORY:`` line when the category
changes and ``[markdown]`` texts (the domain's prompts are Markdown). What GIFT cannot hold is
reported per question: ordering, scenarios, more than one blank, units, points, rubrics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from courseware import model as m
from courseware.engine.grading.numerical import number_text
from exporters.banks import BankFormat, BankProblem, BankReadResult, BankWriteResult
from exporters.banks.interop import gift_syntax as g
from exporters.banks.interop.gift_reader import GAP, read_gift_text
from exporters.banks.interop.reading import read_text_file
from exporters.banks.interop.writing import cannot_hold, has_images, loses, points_text

NAME = "GIFT"
_BLANK = re.compile(r"_{3,}")


def read_gift(path: Path) -> BankReadResult:
    text, problem = read_text_file(path)
    if problem is not None:
        return BankReadResult(problems=[problem])
    return read_gift_text(text, path.name)


def _text(markdown: str) -> str:
    return g.escape(markdown)


def _feedback(text: str) -> str:
    return f"#{_text(text)}" if text else ""


def question_to_gift(q: m.Question, problems: list[BankProblem]) -> str | None:
    """One question as a GIFT block, or None when GIFT cannot hold its type."""
    answers = _answers(q, problems)
    if answers is None:
        problems.append(cannot_hold(NAME, q))
        return None
    if q.points != 1:
        problems.append(loses(NAME, q, "banks.what.points", points=points_text(q.points)))
    if has_images(q):
        problems.append(loses(NAME, q, "banks.what.images"))
    general = f"####{_text(q.feedback)}" if q.feedback else ""
    block = f"{{{answers}{general}}}"
    gap = _BLANK.search(q.prompt) if isinstance(q, m.FillBlankQuestion) else None
    if gap is None:
        return f"::{q.id}::[markdown]{_text(q.prompt)} {block}"
    head, tail = q.prompt[:gap.start()], q.prompt[gap.end():]
    return f"::{q.id}::[markdown]{_text(head)}{block}{_text(tail)}"


def _answers(q: m.Question, problems: list[BankProblem]) -> str | None:
    if isinstance(q, m.SingleChoiceQuestion):
        return " ".join(("=" if o.correct else "~") + _text(o.text) + _feedback(o.feedback)
                        for o in q.options)
    if isinstance(q, m.MultipleChoiceQuestion):
        return _multiple(q, problems)
    if isinstance(q, m.TrueFalseQuestion):
        wrong = q.false_feedback if q.answer else q.true_feedback
        right = q.true_feedback if q.answer else q.false_feedback
        tail = f"#{_text(wrong)}#{_text(right)}" if (wrong or right) else ""
        return ("TRUE" if q.answer else "FALSE") + tail
    if isinstance(q, m.FillBlankQuestion):
        return _short_answer(q, problems)
    if isinstance(q, m.NumericalQuestion):
        if q.units:
            problems.append(loses(NAME, q, "banks.what.units"))
        return "#" + " ".join(
            f"={_weight(a.fraction)}{number_text(a.value)}:{number_text(a.tolerance)}"
            + _feedback(a.feedback) for a in q.answers)
    if isinstance(q, m.MatchingQuestion):
        pairs = [f"={_text(p.left)} -> {_text(p.right)}" for p in q.pairs]
        pairs += [f"= -> {_text(d)}" for d in q.distractors]
        return " ".join(pairs)
    if isinstance(q, m.EssayQuestion):
        if q.rubric or q.model_answer:
            problems.append(loses(NAME, q, "banks.what.rubric"))
        return ""
    return None  # ordering, scenario


def _weight(fraction: float) -> str:
    return "" if fraction == 100 else f"%{g.grade_text(fraction)}%"


def _multiple(q: m.MultipleChoiceQuestion, problems: list[BankProblem]) -> str:
    if q.scoring is m.ChoiceScoring.ALL_OR_NOTHING:
        problems.append(loses(NAME, q, "banks.what.scoring"))
    right = sum(1 for o in q.options if o.correct) or 1
    wrong = sum(1 for o in q.options if not o.correct) or 1
    return " ".join(
        f"~%{g.grade_text(100 / right if o.correct else -100 / wrong)}%{_text(o.text)}"
        + _feedback(o.feedback) for o in q.options)


def _short_answer(q: m.FillBlankQuestion, problems: list[BankProblem]) -> str | None:
    if len(q.blanks) != 1:
        problems.append(loses(NAME, q, "banks.what.blanks"))
        return None
    blank = q.blanks[0]
    if blank.case_sensitive:
        problems.append(loses(NAME, q, "banks.what.case_sensitive"))
    return " ".join(f"={_text(a)}" for a in blank.accepted)


def questions_to_gift(questions: Sequence[m.Question]) -> tuple[str, list[BankProblem], int]:
    problems: list[BankProblem] = []
    chunks: list[str] = []
    category = ""
    for q in questions:
        block = question_to_gift(q, problems)
        if block is None:
            continue
        if q.category != category:
            category = q.category
            chunks.append(f"$CATEGORY: {category}" if category else "$CATEGORY: $course$/top")
        chunks.append(block)
    return "\n\n".join(chunks) + "\n", problems, sum(
        1 for c in chunks if not c.startswith("$CATEGORY:"))


def write_gift(questions: Sequence[m.Question], path: Path,
               media: Path | None = None) -> BankWriteResult:
    text, problems, written = questions_to_gift(questions)
    path.write_text(text, encoding="utf-8")
    return BankWriteResult(written, problems)


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore")
    return "$CATEGORY:" in text or ("::" in text and "{" in text)


FORMAT = BankFormat(name="gift", extensions=(".gift",), read=read_gift, write=write_gift,
                    sniff=_sniff)
__all__ = ["FORMAT", "GAP", "read_gift", "write_gift"]
