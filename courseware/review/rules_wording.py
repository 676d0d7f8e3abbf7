"""Wording that gives the answer away or trips the reader.

Haladyna, Downing & Rodriguez (2002): avoid specific determiners (always, never, completely,
absolutely); use none-of-the-above carefully and avoid all-of-the-above; word stems
positively, and when a negative is needed make it stand out (capitals, bold, underline).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import PlacedQuiz, ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.review.location import Location

ABSOLUTE_ZH = re.compile(r"总是|从不|从来不|从未|一定|所有|绝对|永远|完全|一律|绝不|决不|任何|"
                         r"只要[^，。；,;\n]{0,20}就|即使[^。；;\n]{0,30}也")
ABSOLUTE_EN = re.compile(r"\b(always|never|absolutely|completely|guaranteed?|every|all|none)\b",
                         re.IGNORECASE)
ALL_ABOVE = re.compile(r"以上(都|皆|均|全)(对|是|正确)|以上全部|上述(都|均|皆)(对|正确)|"
                       r"\ball of the above\b", re.IGNORECASE)
NONE_ABOVE = re.compile(r"以上(都|皆|均|全)(不对|不是|非|错|不正确)|上述(都|均|皆)不(对|正确)|"
                        r"\bnone of the above\b", re.IGNORECASE)
NEGATIVE_ZH = re.compile(r"不正确|错误的是|错误的一项|不属于|不恰当|不应|不包括|不符合|不宜|"
                         r"不妥|除外")
NEGATIVE_EN = re.compile(r"\b(not|except|incorrect|false)\b", re.IGNORECASE)
# **不正确**, __不正确__, <u>不正确</u>, <b>…</b>, <strong>…</strong>, 【…】
EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|<(u|b|strong|em)>(.+?)</\3>|【(.+?)】")
PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX+|lorem ipsum)\b|待补充|待完善|待定|占位|"
                         r"请填写|在此输入|此处填写|[?？]{3,}", re.IGNORECASE)


def check(ctx: ReviewContext) -> Iterator[Finding]:
    for placed, question in ctx.questions():
        yield from _absolute(placed, question)
        yield from _above(placed, question)
        yield from _negative(placed, question)
        yield from _placeholder(placed, question)
    yield from _course_placeholders(ctx)


def absolute_words(text: str) -> list[str]:
    """Absolute wording in one text (a 只要…就 pair is shown as 只要…就)."""
    found = [m.group(0) for m in ABSOLUTE_ZH.finditer(text)]
    found += [m.group(0) for m in ABSOLUTE_EN.finditer(text)]
    return [w if len(w) <= 8 else w[:2] + "…" + w[-1] for w in found]


def _cue_texts(question: m.Question) -> list[str]:
    """A true/false statement, or a choice question's distractors (where an absolute word
    tells a test-wise reader the option is wrong)."""
    if isinstance(question, m.TrueFalseQuestion):
        return [question.prompt]
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return [o.text for o in question.options if not o.correct]
    return []


def _absolute(placed: PlacedQuiz, question: m.Question) -> Iterator[Finding]:
    words = list(dict.fromkeys(absolute_words("\n".join(_cue_texts(question)))))
    if words:
        yield placed.finding("absolute_words", Severity.WARNING, question,
                             words="、".join(words))


def _option_texts(question: m.Question) -> list[str]:
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return [o.text for o in question.options]
    return []


def _above(placed: PlacedQuiz, question: m.Question) -> Iterator[Finding]:
    texts = _option_texts(question)
    if any(NONE_ABOVE.search(t) for t in texts):
        yield placed.finding("none_of_the_above", Severity.SUGGESTION, question)
    elif any(ALL_ABOVE.search(t) for t in texts):
        yield placed.finding("all_of_the_above", Severity.WARNING, question)


def _negative(placed: PlacedQuiz, question: m.Question) -> Iterator[Finding]:
    if not isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return
    stem = question.prompt
    emphasised = " ".join("".join(g for g in groups if g) for groups in EMPHASIS.findall(stem))
    for match in NEGATIVE_ZH.finditer(stem):
        if match.group(0) not in emphasised:
            yield placed.finding("negative_stem", Severity.WARNING, question,
                                 word=match.group(0))
            return
    for match in NEGATIVE_EN.finditer(stem):
        word = match.group(0)
        if not word.isupper() and word.lower() not in emphasised.lower():
            yield placed.finding("negative_stem", Severity.WARNING, question, word=word)
            return


def question_texts(question: m.Question) -> list[str]:
    """Every piece of text a trainee or trainer reads in this question."""
    texts = [question.prompt, question.feedback]
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        texts += [t for o in question.options for t in (o.text, o.feedback)]
    elif isinstance(question, m.TrueFalseQuestion):
        texts += [question.true_feedback, question.false_feedback]
    elif isinstance(question, m.FillBlankQuestion):
        texts += [a for b in question.blanks for a in b.accepted]
    elif isinstance(question, m.MatchingQuestion):
        texts += [t for p in question.pairs for t in (p.left, p.right)] + question.distractors
    elif isinstance(question, m.OrderingQuestion):
        texts += question.items
    elif isinstance(question, m.EssayQuestion):
        texts += [c.criterion for c in question.rubric] + [question.model_answer]
    elif isinstance(question, m.ScenarioQuestion):
        for node in question.nodes:
            texts += [node.text, *(t for c in node.choices for t in (c.text, c.feedback))]
            if node.ending is not None:
                texts.append(node.ending.feedback)
    return texts


def placeholder_in(texts: list[str]) -> str | None:
    match = PLACEHOLDER.search("\n".join(texts))
    return match.group(0) if match else None


def _placeholder(placed: PlacedQuiz, question: m.Question) -> Iterator[Finding]:
    found = placeholder_in(question_texts(question))
    if found:
        yield placed.finding("placeholder", Severity.WARNING, question, text=found)


def _course_placeholders(ctx: ReviewContext) -> Iterator[Finding]:
    for placed in ctx.quizzes():
        found = placeholder_in([placed.quiz.title, placed.quiz.description,
                                *(b.text for b in placed.quiz.feedback_bands)])
        if found:
            yield placed.finding("placeholder", Severity.WARNING, text=found)
    certificate = ctx.course.certificate
    if certificate is not None:
        found = placeholder_in([certificate.title, certificate.issuer, certificate.statement])
        if found:
            yield Finding("placeholder_certificate", Severity.WARNING, Location(),
                          {"text": found}, ctx.course, ctx.course.source)
