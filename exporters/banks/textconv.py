"""The Chinese text conventions of a 题库 (Word paragraphs or plain text lines) → raw questions.

One parser for Word and text: the Word reader turns paragraphs into :class:`Line` objects (with
the spans shown in red or highlighted), the text reader turns lines into them. The syntax is
documented in docs/question-banks.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from courseware import model as m
from courseware.i18n import tr
from exporters.banks import BankEntry, BankProblem, BankReadResult
from exporters.banks.answer_key import split_answer_key
from exporters.banks.answers import half_width, parse_points, type_from_word
from exporters.banks.inline_rules import (
    red_blanks,
    red_segments,
    sequential,
    split_options,
    stem_answer,
)
from exporters.banks.raw import RawOption, RawQuestion, build_entry
from exporters.banks.text_patterns import (
    ANALYSIS,
    ANSWER,
    DIFFICULTY,
    EACH_POINTS,
    EXTRAS,
    MARKED,
    OPTION,
    OPTION_SPLIT,
    POINTS,
    QNUM,
    RIGHT_ITEM,
    SCORE_IN_STEM,
    SECTION,
    TAG_END,
    TAG_START,
    TAGS,
    TF_PAIR,
    TYPE_FIELD,
    TYPE_HEADING,
)


@dataclass
class Line:
    text: str
    source: str
    red: list[tuple[int, int]] = field(default_factory=list)  # spans shown red/highlighted
    starts_question: bool = False
    pair: tuple[str, str] | None = None  # a two-column table row (matching)
    raw: RawQuestion | None = None  # a question already read (a Word table row)
    problem: BankProblem | None = None  # a problem met while reading (a skipped table row)

    def red_text(self, start: int = 0, end: int | None = None) -> str:
        stop = len(self.text) if end is None else end
        parts = [self.text[max(a, start):min(b, stop)] for a, b in self.red
                 if b > start and a < stop]
        return "".join(parts).strip()


@dataclass
class _State:
    section_type: str | None = None
    section_points: float | None = None
    last_field: str = "stem"  # stem | option | answer | analysis | right
    bare_options: bool = False
    blank_before: bool = False
    number_style: str = ""  # how the first question was numbered: "dot", "paren" or "ti"
    sub_next: int | None = None  # next number of a list inside the current question
    sub_style: str = ""


class TextBankParser:
    def __init__(self) -> None:
        self.raws: list[RawQuestion] = []
        self.problems: list[BankProblem] = []
        self.categories: list[str] = []
        self.state = _State()
        self.current: RawQuestion | None = None

    # ------------------------------------------------------------ driving

    def parse(self, lines: list[Line]) -> None:
        count, key = split_answer_key([line.text for line in lines])
        body = lines[:count]
        for line in body:
            self._line(line)
        self._finish()
        if key:
            self._apply_key(key)

    def _line(self, line: Line) -> None:
        text = line.text.strip()
        if line.problem is not None:
            self.problems.append(line.problem)
            return
        if line.raw is not None:
            self._finish()
            self.raws.append(line.raw)
            return
        if not text and line.pair is None:
            self.state.blank_before = True
            return
        if text.startswith(">") and self.current is not None:
            self._verbatim(self.current, text[1:].removeprefix(" "))
        elif line.pair is not None and self.current is not None:
            self.current.pairs.append(line.pair)
        elif not self._structural(line, text):
            self._content(line, text)
        self.state.blank_before = False

    def _structural(self, line: Line, text: str) -> bool:
        """Section headings and question starts."""
        number = QNUM.match(text)
        if number and not line.starts_question and self._inner_list(number):
            return False
        if line.starts_question or (number and not self._is_option(text)):
            if number and not self.state.number_style:
                self.state.number_style = _style(number)
            self.state.sub_next = None
            self._start(line, text[number.end():] if number else text,
                        _qnum(number) if number else None)
            return True
        if self._section(text, line):
            return True
        if self._starts_unnumbered(text):
            self._start(line, text, None)
            return True
        return False

    def _inner_list(self, number: re.Match[str]) -> bool:
        """``（1）…`` or ``1. … 2. …`` inside a question (a case's sub-questions, the points of
        a model answer, a list in the stem before its options) is the question's own text."""
        raw, state = self.current, self.state
        if raw is None or raw.options:
            return False
        value, style = _qnum(number), _style(number)
        continues = state.sub_next == value and style == state.sub_style
        other_style = bool(state.number_style) and style != state.number_style
        starts = value == 1 and (other_style or raw.number not in (None, 0))
        if continues or starts:
            state.sub_next, state.sub_style = value + 1, style
            return True
        return False

    def _section(self, text: str, line: Line) -> bool:
        heading = SECTION.match(text)
        bare = re.sub(r"[（(].*?[)）]", "", text).strip()
        if heading is None and not (TYPE_HEADING.match(bare) and type_from_word(bare)):
            return False
        title = (heading.group(1) if heading else text).strip()
        type_name = type_from_word(re.sub(r"[（(].*?[)）]", "", title))
        if heading and type_name is None and self.current is not None \
                and self.state.last_field == "stem":
            return False  # 一、… inside a stem is the stem's own list
        self._finish()
        self.state.section_type = type_name
        each = EACH_POINTS.search(half_width(title))
        self.state.section_points = float(each.group(1)) if each else None
        self.categories.append(title)
        return True

    def _starts_unnumbered(self, text: str) -> bool:
        """A block with a type tag and no number (问卷星/卷王 text import)."""
        tagged = type_tag(text) is not None
        if self.current is None:
            return tagged or not self._is_field(text)
        complete = bool(self.current.answer or any(o.marked for o in self.current.options)
                        or self.current.red_answer)
        if self._is_field(text) or self._is_option(text):
            return False
        return (tagged and (complete or self.state.blank_before)) or \
            (complete and self.state.blank_before)

    # ------------------------------------------------------------ questions

    def _start(self, line: Line, rest: str, number: int | None) -> None:
        self._finish()
        raw = RawQuestion(source=line.source, number=number,
                          section_type=self.state.section_type,
                          points=self.state.section_points)
        self.current = raw
        self.state.last_field = "stem"
        self.state.bare_options = False
        # 问卷星 marks a required question with a leading * (not Markdown's **bold**)
        stem = self._strip_tags(raw, re.sub(r"^\*(?!\*)\s*", "", rest.strip()))
        inner = QNUM.match(stem) if raw.number is None else None
        if inner:  # 【多选题】1. 题干
            raw.number, stem = _qnum(inner), stem[inner.end():]
        offset = len(line.text) - len(line.text.lstrip()) + (len(line.text.strip()) - len(rest))
        self._add_stem(stem, line, offset)

    def _strip_tags(self, raw: RawQuestion, stem: str) -> str:
        """One type tag (a stem may end in （多选） itself), or several written together with no
        space between (问卷星: ``【多选题】[多选题]``)."""
        for pattern in (TAG_END, TAG_START):
            match = pattern.search(stem)
            while match and type_from_word(match.group(1)):
                raw.type_hint = type_from_word(match.group(1))
                stem = (stem[:match.start()] + " " + stem[match.end():]).strip()
                self.state.bare_options = pattern is TAG_END
                glued = not match.group(0)[:1].isspace() and pattern is TAG_END
                match = pattern.search(stem) if glued else None
                if match and type_from_word(match.group(1)) != raw.type_hint:
                    break
            if raw.type_hint:
                break
        return stem

    def _add_stem(self, text: str, line: Line, offset: int) -> None:
        assert self.current is not None
        parts = OPTION_SPLIT.split(text)
        if len(parts) > 2 and not OPTION.match(parts[0]) and sequential(parts[1:]) \
                and half_width(OPTION.match(parts[1]).group(1)).upper() == "A":  # type: ignore[union-attr]
            text = parts[0]  # 题干 A.… B.… on one line
            for part in parts[1:]:
                self._option_text(part, line, line.text.find(part))
        self.current.stem_red.extend(red_segments(line, offset))
        score = SCORE_IN_STEM.search(text)
        if score:
            self.current.points = float(score.group(1))
            text = (text[:score.start()] + text[score.end():]).strip()
        if self.current.stem:
            self.current.stem += "\n" + text
        else:
            self.current.stem = text

    def _content(self, line: Line, text: str) -> None:
        raw = self.current
        if raw is None:
            self.problems.append(BankProblem(line.source, "warning", tr("tiku.line_outside")))
            return
        if self._field(raw, text):
            return
        if self._is_option(text):
            for part in split_options(text):
                self._option_text(part, line, line.text.find(part))
            self.state.last_field = "option"
            return
        if self._matching_right(raw, text):
            return
        tf_pair = TF_PAIR.match(text)
        if tf_pair:
            raw.red_answer = line.red_text() or raw.red_answer
            return
        self._continuation(raw, line, text)

    def _continuation(self, raw: RawQuestion, line: Line, text: str) -> None:
        last = self.state.last_field
        if self.state.bare_options and last in ("stem", "option") and raw.type_hint in (
                m.SingleChoiceQuestion.type_name, m.MultipleChoiceQuestion.type_name,
                m.TrueFalseQuestion.type_name, m.OrderingQuestion.type_name):
            letter = "ABCDEFGHIJ"[len(raw.options)] if len(raw.options) < 10 else "J"
            self._add_option(letter, text, line, (0, len(line.text)))
            self.state.last_field = "option"
        elif last == "option" and raw.options:
            raw.options[-1].text += "\n" + text
            raw.options[-1].marked = raw.options[-1].marked or bool(line.red_text())
        elif last == "analysis":
            raw.analysis += "\n" + text
        elif last == "answer" and not raw.options:  # a model answer of several lines
            raw.answer = (raw.answer or "") + "\n" + text
        elif last == "right" and raw.right_items:
            raw.right_items[-1] += "\n" + text
        else:
            self._add_stem(text, line, 0)
            self.state.last_field = "stem"
            if line.red_text():
                raw.red_answer = line.red_text()

    def _verbatim(self, raw: RawQuestion, content: str) -> None:
        """``> …`` continues the field above as it is (blank lines, ``1.`` at the start …)."""
        last = self.state.last_field
        if last == "analysis":
            raw.analysis += "\n" + content
        elif last == "answer":
            raw.answer = (raw.answer or "") + "\n" + content
        elif last == "option" and raw.options:
            raw.options[-1].text += "\n" + content
        else:
            raw.stem += "\n" + content

    def _matching_right(self, raw: RawQuestion, text: str) -> bool:
        right = RIGHT_ITEM.match(text)
        matching = (raw.type_hint or raw.section_type) == m.MatchingQuestion.type_name
        if not (right and matching and raw.options):
            return False
        raw.right_items.append(right.group(3).strip())
        self.state.last_field = "right"
        return True

    def _field(self, raw: RawQuestion, text: str) -> bool:
        for pattern, name in ((ANSWER, "answer"), (ANALYSIS, "analysis"), (POINTS, "points"),
                              (DIFFICULTY, "difficulty"), (TAGS, "tags"), (TYPE_FIELD, "type")):
            match = pattern.match(text)
            if match is None:
                continue
            value = match.group(1).strip()
            if name == "answer":
                raw.answer = EXTRAS.sub("", value).strip()
            elif name == "analysis":
                raw.analysis = value
            elif name == "points":
                raw.points = parse_points(value)
            elif name == "difficulty":
                raw.difficulty = value
            elif name == "tags":
                raw.tags = value
            else:
                raw.type_hint = type_from_word(value) or raw.type_hint
            self.state.last_field = name
            return True
        return False

    def _option_text(self, part: str, line: Line, start: int) -> None:
        match = OPTION.match(part)
        if match is None:
            return
        letter = half_width(match.group(1)).upper()
        start = max(start, 0)
        self._add_option(letter, part[match.end():], line, (start, start + len(part)))

    def _add_option(self, letter: str, text: str, line: Line, span: tuple[int, int]) -> None:
        assert self.current is not None
        marked = bool(MARKED.search(text)) or bool(line.red_text(*span))
        text = MARKED.sub("", text).strip()
        self.current.options.append(RawOption(letter, text, marked))

    def _is_option(self, text: str) -> bool:
        return OPTION.match(text) is not None and not QNUM.match(text)

    @staticmethod
    def _is_field(text: str) -> bool:
        return any(p.match(text) for p in (ANSWER, ANALYSIS, POINTS, DIFFICULTY, TAGS, TYPE_FIELD))

    def _finish(self) -> None:
        raw = self.current
        if raw is None:
            return
        stem_answer(raw)
        red_blanks(raw)
        self.raws.append(raw)
        self.current = None

    # ------------------------------------------------------------ answer key

    def _apply_key(self, key: dict[int, str]) -> None:
        numbers = [raw.number for raw in self.raws]
        by_number = len(set(numbers)) == len(numbers) and None not in numbers
        for index, raw in enumerate(self.raws, start=1):
            wanted = raw.number if by_number else index
            if wanted in key and not raw.answer and not any(o.marked for o in raw.options):
                raw.answer = key[wanted]


def _style(match: re.Match[str]) -> str:
    return ("ti", "paren", "dot")[[g is not None for g in match.groups()].index(True)]


def _qnum(match: re.Match[str]) -> int:
    return int(next(g for g in match.groups() if g))


def type_tag(text: str) -> str | None:
    for pattern in (TAG_START, TAG_END):
        match = pattern.search(text)
        if match and type_from_word(match.group(1)):
            return type_from_word(match.group(1))
    return None














def parse_lines(lines: Iterable[Line]) -> BankReadResult:
    parser = TextBankParser()
    parser.parse(list(lines))
    result = BankReadResult(problems=parser.problems, categories=parser.categories)
    for index, raw in enumerate(parser.raws, start=1):
        result.entries.append(build_entry(raw, f"q{index}"))
    difficulty = [raw for raw in parser.raws if raw.difficulty]
    if difficulty:
        result.problems.append(BankProblem(difficulty[0].source, "warning",
                                           tr("tiku.difficulty_dropped", count=len(difficulty))))
    return result


__all__ = ["BankEntry", "Line", "parse_lines"]
