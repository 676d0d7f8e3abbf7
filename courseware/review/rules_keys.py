"""Where the key is: longest option, same position, mostly one true/false answer.

Haladyna, Downing & Rodriguez (2002): keep the length of choices about equal; balance the
placement of the right answer; (true/false) balance the keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from courseware import model as m
from courseware.review.context import PlacedQuiz, ReviewContext
from courseware.review.finding import Finding, Severity
from courseware.review.location import Location
from courseware.review.scenario_paths import decisions
from courseware.review.text import option_letter, visible_length


def check(ctx: ReviewContext) -> Iterator[Finding]:
    for placed in ctx.quizzes():
        yield from _longest(ctx, placed)
        if not placed.quiz.settings.shuffle_options:
            yield from _positions(ctx, placed)
            yield from _scenario_first(ctx, placed)
        yield from _true_false(ctx, placed)
    yield from _true_false_course(ctx)


def _longest_key(lengths: list[int], key: int, ratio: float) -> bool | None:
    """True when the key is clearly the longest, False when not, None when it is longest
    only by a hair (it still counts towards the quiz's share)."""
    others = [n for i, n in enumerate(lengths) if i != key]
    if not others or max(others) == 0 or lengths[key] <= max(others):
        return False  # (empty options are a validation problem, not a length cue)
    return lengths[key] >= ratio * max(others) or None


def _choice_items(quiz: m.Quiz) -> Iterator[tuple[m.Question, list[int], int]]:
    """(question, visible option lengths, key index) for single choice and scenario nodes."""
    for question in quiz.questions:
        if isinstance(question, m.SingleChoiceQuestion) and len(question.options) >= 2:
            keys = [i for i, o in enumerate(question.options) if o.correct]
            if len(keys) == 1:
                yield question, [visible_length(o.text) for o in question.options], keys[0]
        elif isinstance(question, m.ScenarioQuestion):
            for node, best in decisions(question):
                yield question, [visible_length(c.text) for c in node.choices], best


def _longest(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    ratio = ctx.settings.key_longer_ratio
    longest = 0
    items = list(_choice_items(placed.quiz))
    for question, lengths, key in items:
        verdict = _longest_key(lengths, key, ratio)
        if verdict is not False:
            longest += 1
        if verdict and isinstance(question, m.SingleChoiceQuestion):
            others = max(n for i, n in enumerate(lengths) if i != key)
            yield placed.finding("key_longest", Severity.WARNING, question,
                                 key=option_letter(key), ratio=round(lengths[key] / others, 1))
    if len(items) >= ctx.settings.min_questions and \
            longest > ctx.settings.key_longest_share * len(items):
        yield placed.finding("key_longest_share", Severity.WARNING, longest=longest,
                             total=len(items))


def _positions(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    positions = [key for question, _, key in _choice_items(placed.quiz)
                 if isinstance(question, m.SingleChoiceQuestion)]
    if len(positions) < ctx.settings.min_questions:
        return
    position, count = Counter(positions).most_common(1)[0]
    if count > ctx.settings.key_position_share * len(positions):
        yield placed.finding("key_position", Severity.WARNING, letter=option_letter(position),
                             count=count, total=len(positions))


def _scenario_first(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    best = [index for question in placed.quiz.questions
            if isinstance(question, m.ScenarioQuestion) for _, index in decisions(question)]
    if len(best) < ctx.settings.min_questions:
        return
    first = best.count(0)
    if first > ctx.settings.key_position_share * len(best):
        yield placed.finding("scenario_best_first", Severity.WARNING, count=first,
                             total=len(best))


def _true_false(ctx: ReviewContext, placed: PlacedQuiz) -> Iterator[Finding]:
    answers = [q.answer for q in placed.quiz.questions if isinstance(q, m.TrueFalseQuestion)]
    imbalance = _imbalance(ctx, answers)
    if imbalance is not None:
        yield placed.finding("true_false_balance", Severity.WARNING, None, **imbalance)


def _true_false_course(ctx: ReviewContext) -> Iterator[Finding]:
    """Across the course, when no single quiz has enough true/false questions to judge."""
    quizzes = [p.quiz for p in ctx.quizzes()]
    per_quiz = [[q.answer for q in quiz.questions if isinstance(q, m.TrueFalseQuestion)]
                for quiz in quizzes]
    if any(len(a) >= ctx.settings.min_questions for a in per_quiz):
        return
    imbalance = _imbalance(ctx, [a for answers in per_quiz for a in answers])
    if imbalance is not None:
        yield Finding("true_false_balance", Severity.WARNING, Location(), imbalance,
                      ctx.course, ctx.course.source)


def _imbalance(ctx: ReviewContext, answers: list[bool]) -> dict[str, object] | None:
    if len(answers) < ctx.settings.min_questions:
        return None
    false_count = answers.count(False)
    majority = max(false_count, len(answers) - false_count)
    if majority <= ctx.settings.true_false_share * len(answers):
        return None
    key = "false" if false_count > len(answers) - false_count else "true"
    return {"answer": key, "count": majority, "total": len(answers)}
