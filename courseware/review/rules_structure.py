"""Points, feedback and matching: how a quiz is put together.

Points: equal weight per type unless the course says why (a total that depends on which
questions were drawn is unfair). Feedback: per-option feedback tells a trainee why a choice is
wrong (formative use). Matching: with fewer than three pairs and no extra right-hand item the
last pair is given away (Haladyna, Downing & Rodriguez 2002: make all distractors plausible;
more options than stems in matching).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import PlacedQuiz, ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.validation import draw_candidates


def check(ctx: ReviewContext) -> Iterator[Finding]:
    for placed in ctx.quizzes():
        yield from _uneven_points(placed)
        yield from _drawn_totals(ctx, placed)
        if placed.quiz.settings.feedback_timing is not m.Timing.NEVER:
            yield from _feedback(placed)
        yield from _matching(ctx, placed)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _uneven_points(placed: PlacedQuiz) -> Iterator[Finding]:
    points: dict[str, set[float]] = defaultdict(set)
    for question in placed.quiz.questions:
        points[question.type_name].add(question.points)
    for type_name, values in points.items():
        if len(values) > 1:
            yield placed.finding("uneven_points", Severity.SUGGESTION, type=type_name,
                                 low=_number(min(values)), high=_number(max(values)))


def _drawn_totals(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    """Draws from questions of different points: the total depends on luck."""
    if not placed.quiz.draws:
        return
    fixed = sum(q.points for q in placed.quiz.questions)
    low = high = fixed
    for draw in placed.quiz.draws:
        weights = sorted(q.points for q in draw_candidates(ctx.course, placed.quiz, draw))
        count = min(draw.count, len(weights))
        low += sum(weights[:count])
        high += sum(weights[len(weights) - count:])
    if high > low:
        yield placed.finding("drawn_total_varies", Severity.WARNING, low=_number(low),
                             high=_number(high))


def _feedback(placed: PlacedQuiz) -> Iterator[Finding]:
    for question in placed.quiz.questions:
        missing = 0
        if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
            missing = sum(1 for o in question.options if not o.feedback.strip())
        elif isinstance(question, m.TrueFalseQuestion):
            wrong = question.false_feedback if question.answer else question.true_feedback
            missing = int(not wrong.strip() and not question.feedback.strip())
        if missing:
            yield placed.finding("option_feedback_missing", Severity.SUGGESTION, question,
                                 count=missing)


def _matching(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    for question in placed.quiz.questions:
        if isinstance(question, m.MatchingQuestion) and not question.distractors \
                and len(question.pairs) < ctx.settings.min_matching_pairs:
            yield placed.finding("matching_few_pairs", Severity.WARNING, question,
                                 pairs=len(question.pairs))
