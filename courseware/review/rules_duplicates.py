"""Duplicate and near-duplicate questions across the course.

Similarity is the Jaccard index of the two texts' character trigrams (prompt plus answer
texts, without spaces, punctuation and markup). Pairs are found with prefix filtering (an
"all-pairs similarity join"): trigrams are ranked rarest first, and two texts with Jaccard ≥ t
must share one of the first |x| − ⌈t·|x|⌉ + 1 trigrams of each; only those candidates are
compared, those sharing the rarest trigrams first. Each question is reported once, against
the first earlier question found at or above the threshold.

Haladyna, Downing & Rodriguez (2002): keep items independent of one another (one item must not
cue or repeat another).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import PlacedQuiz, ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.review.text import trigrams

MIN_TRIGRAMS = 4  # shorter texts (a bare "对/错") say too little to compare
MAX_CANDIDATES = 50  # per question: bounds the work on a bank of near-identical questions


def comparable_text(question: m.Question) -> str:
    parts = [question.prompt]
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        parts += [o.text for o in question.options]
    elif isinstance(question, m.MatchingQuestion):
        parts += [f"{p.left}{p.right}" for p in question.pairs]
    elif isinstance(question, m.OrderingQuestion):
        parts += question.items
    elif isinstance(question, m.ScenarioQuestion):
        parts += [n.text for n in question.nodes]
    return "\n".join(parts)


def similar_pairs(texts: list[frozenset[str]], threshold: float) -> dict[int, tuple[int, float]]:
    """Index → (the most similar earlier index, similarity) for texts at or above threshold."""
    frequency = Counter(g for grams in texts for g in grams)
    # rank = position in (frequency, trigram) order: rarest first, ties broken the same way
    # on every run (set order is not)
    rank = {g: i for i, g in enumerate(sorted(frequency, key=lambda g: (frequency[g], g)))}
    index: dict[str, list[int]] = defaultdict(list)
    found: dict[int, tuple[int, float]] = {}
    for position, grams in enumerate(texts):
        if len(grams) < MIN_TRIGRAMS:
            continue
        ranked = sorted(grams, key=rank.__getitem__)
        prefix = ranked[:len(ranked) - math.ceil(threshold * len(ranked)) + 1]
        candidates = _candidates(index, prefix)
        best = _most_similar(grams, candidates, texts, threshold)
        if best is not None:
            found[position] = best
        for gram in prefix:
            index[gram].append(position)
    return found


def _candidates(index: dict[str, list[int]], prefix: list[str]) -> list[int]:
    """Earlier texts sharing a prefix trigram, the rarest trigrams (most telling) first."""
    candidates: dict[int, None] = {}
    for gram in prefix:
        for other in reversed(index[gram][-MAX_CANDIDATES:]):
            candidates[other] = None
        if len(candidates) >= MAX_CANDIDATES:
            break
    return list(candidates)


def _most_similar(grams: frozenset[str], candidates: list[int],
                  texts: list[frozenset[str]], threshold: float) -> tuple[int, float] | None:
    """The first candidate at or above the threshold (candidates come most alike first)."""
    for other in candidates:
        theirs = texts[other]
        if min(len(grams), len(theirs)) < threshold * max(len(grams), len(theirs)):
            continue  # sizes alone rule the pair out
        shared = len(grams & theirs)
        similarity = shared / (len(grams) + len(theirs) - shared)
        if similarity >= threshold:
            return other, similarity
    return None


def check(ctx: ReviewContext) -> Iterator[Finding]:
    placed_questions: list[tuple[PlacedQuiz, m.Question]] = list(ctx.questions())
    texts = [trigrams(comparable_text(q)) for _, q in placed_questions]
    named: dict[int, tuple[str, str]] = {}  # position → where it is, zh and en
    for position, (other, similarity) in sorted(
            similar_pairs(texts, ctx.settings.duplicate_similarity).items()):
        placed, question = placed_questions[position]
        original_place, original = placed_questions[other]
        if other not in named:
            where = original_place.where(original)
            named[other] = (where.text("zh"), where.text("en"))
        code = "duplicate" if similarity >= 0.999 else "near_duplicate"
        yield placed.finding(code, Severity.WARNING, question, percent=round(similarity * 100),
                             other_zh=named[other][0], other_en=named[other][1],
                             other_id=original.id)
