"""Reading GIFT (Moodle's text format for questions) into domain questions.

Semantics follow Moodle's ``qformat_gift``: questions are separated by blank lines; ``//``
comment lines are dropped; ``$CATEGORY: path`` sets the category of what follows; ``::title::``
names a question; answers sit in ``{…}`` (text after the closing brace is an embedded gap,
shown as ``_____``). Types: ``{}`` essay, ``{T}``/``{FALSE}`` true/false, ``{#…}`` numerical,
``=a -> b`` matching, ``~`` choices (single when any answer starts with ``=``), only ``=``
short answer; a block without braces is a description (not a question: reported and skipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from courseware import model as m
from courseware.format.fields import ID_PATTERN
from courseware.i18n import tr
from exporters.banks import BankEntry, BankProblem, BankReadResult
from exporters.banks.interop import gift_syntax as g

GAP = "_____"
_TRUE = {"t", "true"}
_FALSE = {"f", "false"}
_CATEGORY = re.compile(r"^\s*\$CATEGORY:\s*(.*?)\s*$")


class GiftError(ValueError):
    """A question that cannot be read; the message is already in the user's language."""


@dataclass
class Block:
    line: int
    lines: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


_ID_IN_COMMENT = re.compile(r"\[id:((?:\\.|[^\]\\\n])+)\]")


def comment_id(comments: list[str]) -> str:
    """Moodle's ``// [id:four]`` idnumber in a question's comments ("" when none)."""
    match = _ID_IN_COMMENT.search("\n".join(comments))
    return re.sub(r"\\(.)", r"\1", match.group(1)).strip() if match else ""


def blocks(text: str) -> list[Block]:
    """Question blocks with the line they start on, blank-line separated; ``//`` comment lines
    are kept apart (Moodle reads ``[id:…]`` from them)."""
    found: list[Block] = []
    current: Block | None = None
    pending: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.lstrip().startswith("//"):
            (current.comments if current is not None else pending).append(line.lstrip()[2:])
            continue
        if not line.strip():
            current, pending = None, []
            continue
        if current is None:
            current = Block(number, comments=pending)
            pending = []
            found.append(current)
        current.lines.append(line)
    return found


def category_name(path: str) -> str:
    """Moodle's ``$course$/top/Default for X/sub`` as a plain category label (``sub``)."""
    parts = [p for p in path.split("/") if p]
    while parts and (parts[0].startswith("$") or parts[0] == "top"):
        parts = parts[1:]
    if parts and parts[0].startswith("Default for "):
        parts = parts[1:] or [parts[0][len("Default for "):]]
    return "/".join(parts)


def read_gift_text(text: str, name: str) -> BankReadResult:
    result = BankReadResult()
    category = ""
    number = 0
    for block in blocks(text.lstrip("\ufeff")):
        source = f"{name}:{block.line}"
        body = "\n".join(block.lines)
        match = _CATEGORY.match(block.lines[0])
        if match:
            category = category_name(match.group(1))
            if category not in result.categories:
                result.categories.append(category)
            body = "\n".join(block.lines[1:])
            if not body.strip():
                continue
        notes: list[str] = []
        try:
            question = parse_question(body, notes)
        except GiftError as error:
            result.entries.append(BankEntry(source, None, [BankProblem(source, "error",
                                                                       str(error))]))
            continue
        if question is None:
            result.problems.append(BankProblem(source, "warning", tr("banks.gift.description")))
            continue
        number += 1
        question.category = question.category or category
        ident = comment_id(block.comments)
        if ident and ID_PATTERN.match(ident):
            question.id = ident
        if not question.id:
            question.id = f"q{number}"
        result.entries.append(BankEntry(source, question, [
            BankProblem(source, "warning", note) for note in notes]))
    return result


def parse_question(body: str, notes: list[str] | None = None) -> m.Question | None:
    """One block as a question (None for a description); ``notes`` gets what was left out."""
    notes = [] if notes is None else notes
    title, body = _title(body)
    start = g.find_unescaped(body, "{")
    if start < 0:
        return None  # a description
    end = g.rfind_unescaped(body, "}")
    if end < start:
        raise GiftError(tr("banks.gift.no_closing_brace"))
    answer = body[start + 1:end]
    after = body[end + 1:]
    text_format, before = g.split_format(body[:start])
    embedded = bool(after.strip())
    prompt = g.to_markdown(before + GAP + after if embedded else before, text_format)
    answer, general = _general_feedback(answer)
    question = _typed_question(answer.strip(), text_format, notes)
    if isinstance(question, m.FillBlankQuestion) and not embedded:
        prompt = f"{prompt} {GAP}"  # the domain's fill-in needs its gap in the prompt
    question.prompt = prompt
    question.feedback = _formatted(general, text_format)
    question.id = title if title and ID_PATTERN.match(title) else ""
    return question


def _title(body: str) -> tuple[str, str]:
    stripped = body.lstrip()
    if not stripped.startswith("::"):
        return "", body
    close = stripped.find("::", 2)
    while close > 0 and stripped[close - 1] == "\\":
        close = stripped.find("::", close + 1)
    if close < 0:
        return "", body
    return g.unescape(stripped[2:close]).strip(), stripped[close + 2:]


def _general_feedback(answer: str) -> tuple[str, str]:
    index = 0
    while True:
        index = g.find_unescaped(answer, "#", index)
        if index < 0:
            return answer, ""
        if answer.startswith("###", index + 1):
            return answer[:index], answer[index + 4:]
        index += 1


def _typed_question(answer: str, text_format: str, notes: list[str]) -> m.Question:
    """The type as Moodle decides it, in Moodle's order of checks."""
    if not answer:
        return m.EssayQuestion(id="")
    if answer.startswith("#"):
        return _numerical(answer[1:], text_format, notes)
    if answer.startswith(">"):
        return _ordering(answer[1:])
    split = g.split_unescaped(answer, "=~")
    parts = [(sep, text) for sep, text in split if sep]
    if not parts:
        head = split[0][1].split("#")[0].strip().lower()
        if head in _TRUE | _FALSE:
            return _true_false(answer, text_format, head in _TRUE)
        # Moodle would read {One} as FALSE; like GIFT-grammar-PEG.js we take it as the one
        # accepted short answer, which is what its author meant
        return _short_answer([("=", answer)], notes)
    if split[0][1].strip():
        raise GiftError(tr("banks.gift.answer_text_first"))
    if any(sep == "~" for sep, _ in parts):
        return _choice(parts, text_format)
    if any("->" in text for _sep, text in parts):
        return _matching(parts, text_format)
    return _short_answer(parts, notes)


def _ordering(answer: str) -> m.Question:
    """Moodle 4.4's dialect: ``{>4 CONTIGUOUS VERT … \n item \n item …}`` (options line
    first, then one item per line in the right order); the display options are not kept."""
    lines = [g.unescape(line).strip() for line in answer.splitlines()[1:]]
    return m.OrderingQuestion(id="", items=[line for line in lines if line])


def _answer_and_feedback(text: str, text_format: str) -> tuple[float | None, str, str]:
    weight, text = g.split_weight(text)
    pieces = g.split_unescaped(text, "#")
    feedback = "#".join(p for _, p in pieces[1:])
    return weight, _formatted(pieces[0][1], text_format), _formatted(feedback, text_format)


def _formatted(raw: str, default: str) -> str:
    """A text that may start with its own ``[html]``/``[markdown]``… (answers, feedback)."""
    if not raw.strip():
        return ""
    text_format, raw = g.split_format(raw, default)
    return g.to_markdown(raw, text_format)


def _choice(parts: list[tuple[str, str]], text_format: str) -> m.Question:
    single = any(sep == "=" for sep, _ in parts)
    options = []
    for index, (sep, raw) in enumerate(parts):
        weight, text, feedback = _answer_and_feedback(raw, text_format)
        fraction = 100.0 if sep == "=" else (weight or 0.0)
        options.append(m.Option(id=chr(ord("a") + index) if index < 26 else f"o{index + 1}",
                                text=text, correct=fraction > 0, feedback=feedback))
    if single:
        return m.SingleChoiceQuestion(id="", options=options)
    return m.MultipleChoiceQuestion(id="", options=options)


def _short_answer(parts: list[tuple[str, str]], notes: list[str]) -> m.Question:
    accepted = []
    for _sep, raw in parts:
        weight, text = g.split_weight(raw)
        text = _formatted(g.split_unescaped(text, "#")[0][1], "plain")
        if text == "*":
            notes.append(tr("banks.gift.other_answer"))
        elif weight is None or weight >= 100:
            accepted.append(text)
        elif weight > 0:
            notes.append(tr("banks.gift.partial_answer", answer=text, weight=f"{weight:g}"))
            accepted.append(text)
    return m.FillBlankQuestion(id="", blanks=[m.Blank(accepted=accepted)])


def _matching(parts: list[tuple[str, str]], text_format: str) -> m.Question:
    question = m.MatchingQuestion(id="")
    for _sep, raw in parts:
        text = g.split_unescaped(raw, "#")[0][1]
        arrow = text.find("->")
        if arrow < 0:
            raise GiftError(tr("banks.gift.matching_arrow"))
        left = _formatted(text[:arrow], text_format)
        right = g.unescape(text[arrow + 2:]).strip()
        if left:
            question.pairs.append(m.MatchPair(left, right))
        else:
            question.distractors.append(right)
    return question


def _true_false(answer: str, text_format: str, value: bool) -> m.Question:
    pieces = [_formatted(p, text_format) for _, p in g.split_unescaped(answer, "#")[1:]]
    wrong = pieces[0] if pieces else ""  # Moodle: the first feedback is for a wrong answer
    right = pieces[1] if len(pieces) > 1 else ""
    return m.TrueFalseQuestion(id="", answer=value,
                               true_feedback=right if value else wrong,
                               false_feedback=wrong if value else right)


def _numerical(answer: str, text_format: str, notes: list[str]) -> m.Question:
    question = m.NumericalQuestion(id="")
    parts = g.split_unescaped(answer, "=~")
    if parts[0][1].strip():
        parts[0] = ("=", parts[0][1])  # {#3:2 ~#…}: the first answer needs no "="
    for sep, raw in parts:
        if not sep:
            continue
        weight, rest = g.split_weight(raw)
        pieces = g.split_unescaped(rest, "#")
        feedback = "#".join(p for _, p in pieces[1:])
        fraction = 0.0 if sep == "~" else (100.0 if weight is None else weight)
        if sep == "~" and not g.unescape(pieces[0][1]).strip():
            notes.append(tr("banks.gift.other_answer"))  # Moodle's "*": any other answer
            continue
        value, tolerance = _number_and_tolerance(g.unescape(pieces[0][1]))
        question.answers.append(m.NumericalAnswer(
            value, tolerance, max(0.0, fraction),
            _formatted(feedback, text_format)))
    return question


def _number_and_tolerance(text: str) -> tuple[float, float]:
    """``1822``, ``3.1415:0.0005`` or ``3.141..3.142`` (a range becomes midpoint ± half)."""
    try:
        if ".." in text:
            low, high = (float(v) for v in text.split("..", 1))
            return round((low + high) / 2, 10), round(abs(high - low) / 2, 10)
        if ":" in text:
            value, tolerance = text.split(":", 1)
            return float(value), abs(float(tolerance))
        return float(text), 0.0
    except ValueError:
        raise GiftError(tr("banks.gift.bad_number", text=text.strip())) from None
