"""Aiken: single-choice questions as plain lines (read and write), per Moodle's qformat_aiken.

A question is one line of text, then option lines ``A) …`` or ``A. …``, then ``ANSWER: B``.
Moodle's rules: lines shorter than two characters are skipped; a text line while a question is
still open starts a new question (the open one is reported, not guessed at); fewer than two
options is an error. Only single choice fits: everything else is reported per question.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from courseware import model as m
from courseware.i18n import tr
from exporters.banks import BankEntry, BankFormat, BankProblem, BankReadResult, BankWriteResult
from exporters.banks.interop.reading import read_text_file
from exporters.banks.interop.writing import cannot_hold, has_images, loses, points_text

NAME = "Aiken"
_OPTION = re.compile(r"^([A-Z])[).][ \t]?")
_ANSWER = re.compile(r"^ANSWER:")


@dataclass
class _Open:
    line: int
    text: str
    options: list[str] = field(default_factory=list)


def read_aiken_text(text: str, name: str) -> BankReadResult:
    result = BankReadResult()
    current: _Open | None = None
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text.lstrip("\ufeff")), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        source = f"{name}:{number}"
        option = _OPTION.match(line)
        if option or _ANSWER.match(line):
            if current is None:
                result.problems.append(BankProblem(source, "error",
                                                   tr("banks.aiken.not_started")))
            elif option is None:
                result.entries.append(_finished(current, line, name))
                current = None
            else:
                current.options.append(line[option.end():].strip())
            continue
        if current is not None:
            result.entries.append(_broken(current, name, "banks.aiken.no_answer"))
        current = _Open(number, line)
    if current is not None:
        result.entries.append(_broken(current, name, "banks.aiken.no_answer"))
    for index, entry in enumerate(result.entries, start=1):
        if entry.question is not None:
            entry.question.id = f"q{index}"
    return result


def _broken(current: _Open, name: str, key: str, **values: object) -> BankEntry:
    source = f"{name}:{current.line}"
    return BankEntry(source, None, [BankProblem(source, "error", tr(key, **values))])


def _finished(current: _Open, line: str, name: str) -> BankEntry:
    if len(current.options) < 2:
        return _broken(current, name, "banks.aiken.few_options")
    answer = line.split(":", 1)[1].strip()[:1]
    index = ord(answer) - ord("A") if answer else -1
    if not 0 <= index < len(current.options):
        return _broken(current, name, "banks.aiken.bad_answer", answer=answer or "?")
    options = [m.Option(id=string.ascii_lowercase[i], text=text, correct=i == index)
               for i, text in enumerate(current.options)]
    question = m.SingleChoiceQuestion(id="", prompt=current.text, options=options)
    return BankEntry(f"{name}:{current.line}", question)


def read_aiken(path: Path) -> BankReadResult:
    text, problem = read_text_file(path)
    if problem is not None:
        return BankReadResult(problems=[problem])
    return read_aiken_text(text, path.name)


def _line(text: str) -> str:
    """Aiken holds one line per text: line breaks become spaces."""
    return " ".join(text.split())


def question_to_aiken(q: m.Question, problems: list[BankProblem]) -> str | None:
    if not isinstance(q, m.SingleChoiceQuestion) or not 2 <= len(q.options) <= 26 \
            or sum(o.correct for o in q.options) != 1:
        problems.append(cannot_hold(NAME, q))
        return None
    if q.points != 1:
        problems.append(loses(NAME, q, "banks.what.points", points=points_text(q.points)))
    if q.feedback or any(o.feedback for o in q.options):
        problems.append(loses(NAME, q, "banks.what.feedback"))
    if q.category:
        problems.append(loses(NAME, q, "banks.what.category"))
    if has_images(q):
        problems.append(loses(NAME, q, "banks.what.images"))
    lines = [_line(q.prompt)]
    lines += [f"{string.ascii_uppercase[i]}) {_line(o.text)}" for i, o in enumerate(q.options)]
    right = next(i for i, o in enumerate(q.options) if o.correct)
    lines.append(f"ANSWER: {string.ascii_uppercase[right]}")
    return "\n".join(lines) + "\n"


def questions_to_aiken(questions: Sequence[m.Question]) -> tuple[str, list[BankProblem], int]:
    problems: list[BankProblem] = []
    blocks = [b for q in questions if (b := question_to_aiken(q, problems)) is not None]
    return "".join(block + "\n" for block in blocks), problems, len(blocks)


def write_aiken(questions: Sequence[m.Question], path: Path,
                media: Path | None = None) -> BankWriteResult:
    text, problems, written = questions_to_aiken(questions)
    path.write_text(text, encoding="utf-8")
    return BankWriteResult(written, problems)


def _sniff(head: bytes) -> bool:
    return re.search(rb"(?m)^ANSWER:\s*[A-Z]", head) is not None


FORMAT = BankFormat(name="aiken", extensions=(".aiken",), read=read_aiken, write=write_aiken,
                    sniff=_sniff)
