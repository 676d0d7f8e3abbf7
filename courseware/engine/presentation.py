"""What an attempt shows: the questions (own + random draws) and the order of everything, all
decided by one seed so that a review shows exactly what the trainee saw."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from courseware import model as m
from courseware.validation import draw_candidates


@dataclass
class Presentation:
    question_ids: list[str] = field(default_factory=list)
    option_orders: dict[str, list[str]] = field(default_factory=dict)


def build_presentation(course: m.Course, quiz: m.Quiz, seed: int) -> Presentation:
    """Choose and order the questions and their options for one attempt."""
    rng = random.Random(seed)
    questions = quiz.fixed_questions() + draw_questions(course, quiz, rng)
    if quiz.settings.shuffle_questions:
        rng.shuffle(questions)
    orders = {q.id: order for q in questions
              if (order := option_order(q, rng, quiz.settings.shuffle_options)) is not None}
    return Presentation([q.id for q in questions], orders)


def draw_questions(course: m.Course, quiz: m.Quiz, rng: random.Random) -> list[m.Question]:
    """Random draws in the order the quiz lists them; a question is never drawn twice."""
    taken = {q.id for q in quiz.fixed_questions()}
    drawn: list[m.Question] = []
    for draw in quiz.draws:
        candidates = [q for q in draw_candidates(course, quiz, draw) if q.id not in taken]
        picked = rng.sample(candidates, min(draw.count, len(candidates)))
        taken.update(q.id for q in picked)
        drawn.extend(picked)
    return drawn


def option_order(question: m.Question, rng: random.Random, shuffle: bool) -> list[str] | None:
    """Option ids (choice), right-hand texts with distractors (matching) or items (ordering) in
    the order shown; None for types without options."""
    if isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return _maybe_shuffled([o.id for o in question.options], rng, shuffle)
    if isinstance(question, m.MatchingQuestion):
        rights = list(dict.fromkeys([p.right for p in question.pairs] + question.distractors))
        return _maybe_shuffled(rights, rng, shuffle)
    if isinstance(question, m.OrderingQuestion):
        # uniformly shuffled: an order that avoided the answer would give it away whenever
        # there are two items; the trainee can keep the order shown as the answer
        return _maybe_shuffled(list(question.items), rng, True)
    return None


def _maybe_shuffled(values: list[str], rng: random.Random, shuffle: bool) -> list[str]:
    if shuffle:
        rng.shuffle(values)
    return values
