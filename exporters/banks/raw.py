"""A question as a 题库 file states it (stem, lettered options, answer text …) → a domain question.

Every Chinese-convention reader (Word, text, Excel, CSV) fills :class:`RawQuestion`;
:func:`build_entry` infers the type when untagged, normalises the answer and reports, per
question, what was wrong or changed. The domain's own validation runs on the result too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from courseware import model as m
from courseware.i18n import tr
from courseware.problems import ProblemList
from courseware.validation import validate_course
from exporters.banks import BankEntry, BankProblem
from exporters.banks.answers import (
    LETTERS,
    answer_letters,
    half_width,
    split_blanks,
    true_false,
)

# blanks as trainers type them: 2+ underscores, or empty brackets （ ） ( )
BLANK_IN_STEM = re.compile(r"_{2,}|＿{2,}|[（(][\s\u3000]*[)）]")
TAG_SPLIT = re.compile(r"[、,，;；|｜]")


@dataclass
class RawOption:
    letter: str
    text: str
    marked: bool = False  # （正确答案） or shown in red/highlight


@dataclass
class RawQuestion:
    source: str
    stem: str = ""
    type_hint: str | None = None  # from a tag or 题型 cell (explicit)
    section_type: str | None = None  # from the section heading or sheet name
    options: list[RawOption] = field(default_factory=list)
    answer: str | None = None
    blanks: list[str] = field(default_factory=list)  # Excel 空1…空8
    right_items: list[str] = field(default_factory=list)  # matching: 1) … right column
    pairs: list[tuple[str, str]] = field(default_factory=list)  # matching from a table
    analysis: str = ""
    points: float | None = None
    difficulty: str = ""
    tags: str = ""
    number: int | None = None  # printed question number, for a separate answer key
    red_answer: str = ""  # text shown in red outside the options (判断 正确错误)
    stem_red: list[str] = field(default_factory=list)  # red words in the stem (填空 answers)


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def build_entry(raw: RawQuestion, provisional_id: str) -> BankEntry:
    problems: list[BankProblem] = []

    def warn(message: str) -> None:
        problems.append(BankProblem(raw.source, "warning", message))

    try:
        question = _build(raw, provisional_id, warn)
    except _Refused as refused:
        problems.append(BankProblem(raw.source, "error", refused.message))
        return BankEntry(raw.source, None, problems, text=raw.stem.strip(), raw=raw)
    _common(raw, question, warn)
    for message in domain_problems(question):
        problems.append(BankProblem(raw.source, "error", message))
    return BankEntry(raw.source, question, problems, text=raw.stem.strip(), raw=raw)


def _common(raw: RawQuestion, question: m.Question, warn: object) -> None:
    question.feedback = raw.analysis.strip()
    tags = [t.strip() for t in TAG_SPLIT.split(raw.tags) if t.strip()]
    if tags:
        question.category = tags[0]
        if len(tags) > 1 and callable(warn):
            warn(tr("tiku.tags_first", kept=tags[0], dropped="、".join(tags[1:])))


def domain_problems(question: m.Question) -> list[str]:
    """The course validator's messages for this one question (options count, blanks …)."""
    quiz = m.Quiz(id="__import__", questions=[question])
    course = m.Course(id="__course__", modules=[m.Module(id="__module__", items=[quiz])])
    problems = ProblemList()
    validate_course(course, None, problems)
    messages = []
    for problem in problems:
        text = problem.message + (f"（{problem.hint}）" if problem.hint else "")
        messages.append(text)
    return messages


def _decide_type(raw: RawQuestion, warn: object) -> str:
    inferred = _infer(raw)
    explicit = raw.type_hint or (raw.section_type if _fits(raw, raw.section_type) else None)
    single = m.SingleChoiceQuestion.type_name
    if explicit == single and inferred == m.MultipleChoiceQuestion.type_name:
        if callable(warn):
            warn(tr("tiku.single_has_many"))
        return inferred
    if explicit == m.SingleChoiceQuestion.type_name and inferred == m.TrueFalseQuestion.type_name \
            and not raw.options:
        return inferred
    return explicit or inferred


_CHOICE_LIKE = (m.SingleChoiceQuestion.type_name, m.MultipleChoiceQuestion.type_name,
                m.OrderingQuestion.type_name, m.MatchingQuestion.type_name)


def _fits(raw: RawQuestion, section_type: str | None) -> bool:
    """A section heading's type applies only to questions shaped like it."""
    if section_type in _CHOICE_LIKE:
        return bool(raw.options)
    if section_type == m.TrueFalseQuestion.type_name:
        return raw.answer is None or true_false(raw.answer) is not None or bool(raw.options)
    return section_type is not None


def _answer_text(raw: RawQuestion) -> str:
    return (raw.answer or "").strip()


def _infer(raw: RawQuestion) -> str:
    answer = _answer_text(raw)
    marked = [o for o in raw.options if o.marked]
    if raw.pairs or raw.right_items:
        return m.MatchingQuestion.type_name
    if raw.options:
        letters = answer_letters(answer) if answer else "".join(o.letter for o in marked)
        if letters and len(letters) > 1:
            return m.MultipleChoiceQuestion.type_name
        if not answer and not marked and _options_are_true_false(raw.options):
            return m.TrueFalseQuestion.type_name
        if _options_are_true_false(raw.options) and letters:
            return m.TrueFalseQuestion.type_name
        return m.SingleChoiceQuestion.type_name
    if answer and true_false(answer) is not None and not BLANK_IN_STEM.search(raw.stem):
        return m.TrueFalseQuestion.type_name
    if raw.red_answer and true_false(raw.red_answer) is not None:
        return m.TrueFalseQuestion.type_name
    if raw.blanks or (answer and BLANK_IN_STEM.search(raw.stem)):
        return m.FillBlankQuestion.type_name
    return m.EssayQuestion.type_name


def _options_are_true_false(options: list[RawOption]) -> bool:
    return len(options) == 2 and all(true_false(o.text) is not None for o in options)


def _build(raw: RawQuestion, qid: str, warn: object) -> m.Question:
    if not raw.stem.strip():
        raise _Refused(tr("tiku.no_stem"))
    type_name = _decide_type(raw, warn)
    points = raw.points if raw.points is not None else 1
    if points <= 0:
        raise _Refused(tr("tiku.bad_points", points=raw.points))
    builders = {
        m.SingleChoiceQuestion.type_name: _choice,
        m.MultipleChoiceQuestion.type_name: _choice,
        m.TrueFalseQuestion.type_name: _true_false,
        m.FillBlankQuestion.type_name: _fill,
        m.OrderingQuestion.type_name: _ordering,
        m.MatchingQuestion.type_name: _matching,
        m.EssayQuestion.type_name: _essay,
    }
    builder = builders.get(type_name)
    if builder is None:
        raise _Refused(tr("tiku.type_not_supported", type=type_name))
    question = builder(raw, qid, type_name, warn)
    question.points = points
    if isinstance(question, m.EssayQuestion):
        question.rubric = [m.RubricCriterion(tr("tiku.essay_rubric"), points)]
    return question


def _correct_letters(raw: RawQuestion) -> str:
    answer = _answer_text(raw)
    if answer:
        letters = answer_letters(answer)
        if letters is None:
            raise _Refused(tr("tiku.answer_not_letters", answer=answer))
        return letters
    letters = "".join(o.letter for o in raw.options if o.marked)
    if not letters:
        raise _Refused(tr("tiku.no_answer"))
    return letters


def _choice(raw: RawQuestion, qid: str, type_name: str, warn: object) -> m.Question:
    if not raw.options:
        raise _Refused(tr("tiku.no_options"))
    letters = _correct_letters(raw)
    known = {o.letter for o in raw.options}
    unknown = [letter for letter in letters if letter not in known]
    if unknown:
        raise _Refused(tr("tiku.answer_unknown_option", letters="".join(unknown)))
    options = [m.Option(id=o.letter.lower(), text=o.text.strip(), correct=o.letter in letters)
               for o in raw.options]
    if type_name == m.SingleChoiceQuestion.type_name:
        if len(set(letters)) > 1:
            raise _Refused(tr("tiku.single_many", letters=letters))
        return m.SingleChoiceQuestion(id=qid, prompt=_stem(raw.stem), options=options)
    return m.MultipleChoiceQuestion(id=qid, prompt=_stem(raw.stem), options=options)


def _true_false(raw: RawQuestion, qid: str, _type: str, _warn: object) -> m.Question:
    value = _true_false_value(raw)
    if value is None:
        raise _Refused(tr("tiku.answer_not_true_false", answer=_answer_text(raw) or "—"))
    return m.TrueFalseQuestion(id=qid, prompt=_stem(raw.stem), answer=value)


def _true_false_value(raw: RawQuestion) -> bool | None:
    answer = _answer_text(raw)
    by_letter = {o.letter: o.text for o in raw.options}
    if answer:
        letters = answer_letters(answer)
        if letters and len(letters) == 1 and letters in by_letter:
            return true_false(by_letter[letters])
        return true_false(answer)
    marked = [o for o in raw.options if o.marked]
    if len(marked) == 1:
        return true_false(marked[0].text)
    if raw.red_answer:
        return true_false(raw.red_answer)
    return None


def _fill(raw: RawQuestion, qid: str, _type: str, warn: object) -> m.Question:
    if raw.blanks:
        groups = [split_blanks(text)[0] if text.strip() else [] for text in raw.blanks]
        groups = [g for g in groups if g]
    else:
        answer = _answer_text(raw)
        if not answer:
            raise _Refused(tr("tiku.no_answer"))
        groups = split_blanks(answer)
    prompt = BLANK_IN_STEM.sub("___", _stem(raw.stem))
    markers = prompt.count("___")
    if markers == 0:
        prompt = prompt.rstrip() + " ___" * max(len(groups), 1)
        if callable(warn):
            warn(tr("tiku.blank_added"))
    elif markers != len(groups) and len(groups) == 1 and markers > 1:
        raise _Refused(tr("tiku.blank_count", markers=markers, answers=len(groups)))
    blanks = [m.Blank(accepted=group) for group in groups]
    return m.FillBlankQuestion(id=qid, prompt=prompt, blanks=blanks)


def _ordering(raw: RawQuestion, qid: str, _type: str, _warn: object) -> m.Question:
    if not raw.options:
        raise _Refused(tr("tiku.no_options"))
    letters = _correct_letters(raw)
    by_letter = {o.letter: o.text.strip() for o in raw.options}
    if sorted(letters) != sorted(by_letter):
        raise _Refused(tr("tiku.ordering_answer", answer=letters, letters="".join(by_letter)))
    return m.OrderingQuestion(id=qid, prompt=_stem(raw.stem),
                              items=[by_letter[letter] for letter in letters])


_PAIR = re.compile(r"([A-J])\s*[-—–=:：→>]*\s*(\d+|[①-⑩])")


def _matching(raw: RawQuestion, qid: str, _type: str, _warn: object) -> m.Question:
    if raw.pairs:
        pairs = [m.MatchPair(left.strip(), right.strip()) for left, right in raw.pairs]
        return m.MatchingQuestion(id=qid, prompt=_stem(raw.stem), pairs=pairs)
    answer = half_width(_answer_text(raw)).upper()
    found = _PAIR.findall(answer)
    if not raw.options or not raw.right_items or not found:
        raise _Refused(tr("tiku.matching_syntax"))
    by_letter = {o.letter: o.text.strip() for o in raw.options}
    pairs, used = [], set()
    for letter, number in found:
        index = int(number) if number.isdigit() else "①②③④⑤⑥⑦⑧⑨⑩".index(number) + 1
        if letter not in by_letter or not 1 <= index <= len(raw.right_items):
            raise _Refused(tr("tiku.matching_unknown", pair=f"{letter}-{number}"))
        pairs.append(m.MatchPair(by_letter[letter], raw.right_items[index - 1].strip()))
        used.add(index)
    distractors = [text.strip() for i, text in enumerate(raw.right_items, 1) if i not in used]
    return m.MatchingQuestion(id=qid, prompt=_stem(raw.stem), pairs=pairs,
                              distractors=distractors)


def _essay(raw: RawQuestion, qid: str, _type: str, _warn: object) -> m.Question:
    return m.EssayQuestion(id=qid, prompt=_stem(raw.stem), model_answer=_answer_text(raw))


def _stem(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def option_letter(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else f"#{index + 1}"
