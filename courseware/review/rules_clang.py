"""The key repeats a distinctive word of the stem that no distractor has (a "clang
association": the reader matches words instead of knowing the answer).

Haladyna, Downing & Rodriguez (2002): avoid clues to the right answer, such as clang
associations. A word is distinctive when few of the course's stems use it (common course words
such as 客户 or 银行 are not clues). Words are Chinese character bigrams and English words (see
:mod:`courseware.review.text`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.review.text import content_words


def check(ctx: ReviewContext) -> Iterator[Finding]:
    pairs = [(placed, q) for placed, q in ctx.questions()
             if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))]
    stems = {id(q): content_words(q.prompt) for _, q in ctx.questions()}
    frequency = Counter(word for words in stems.values() for word in words)
    limit = max(1.0, ctx.settings.distinctive_word_share * len(stems))
    for placed, question in pairs:
        assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
        word = clang_word(question, stems[id(question)], frequency, limit)
        if word:
            yield placed.finding("key_repeats_stem", Severity.WARNING, question, word=word)


def clang_word(question: m.SingleChoiceQuestion | m.MultipleChoiceQuestion,
               stem: frozenset[str], frequency: Counter[str], limit: float) -> str | None:
    """The first distinctive stem word every key repeats and no distractor has."""
    keys = [o for o in question.options if o.correct]
    distractors = [o for o in question.options if not o.correct]
    if not keys or not distractors:
        return None
    shared = set(stem)
    for key in keys:
        shared &= content_words(key.text)
    for option in distractors:
        shared -= content_words(option.text)
    candidates = [w for w in shared if frequency[w] <= limit]
    if not candidates:
        return None
    prompt = question.prompt.lower()
    word = min(candidates, key=lambda w: (prompt.find(w), w))
    return widened(word, prompt, [k.text.lower() for k in keys])


def widened(word: str, stem: str, keys: list[str]) -> str:
    """The word grown to the longest run of the stem that every key also holds (a bigram
    such as 新功 is shown as 新功能)."""
    start = stem.find(word)
    end = start + len(word)
    if start < 0:
        return word
    while end < len(stem) and all(stem[start:end + 1] in k for k in keys):
        end += 1
    while start > 0 and all(stem[start - 1:end] in k for k in keys):
        start -= 1
    run = stem[start:end]
    while run and not run[-1].isalnum():
        run = run[:-1]
    while run and not run[0].isalnum():
        run = run[1:]
    return run or word
