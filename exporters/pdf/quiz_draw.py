"""Which questions a printed quiz holds: its own, then the ones its draws pick with a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass

from courseware import model as m
from courseware.validation import draw_candidates


@dataclass(frozen=True)
class PaperQuestions:
    questions: list[m.Question]
    drawn: bool  # some questions were drawn at random from a pool
    seed: int


def paper_questions(course: m.Course, quiz: m.Quiz, seed: int = 1) -> PaperQuestions:
    """The quiz's questions followed by its draws, reproducible for a given seed (a pool quiz:
    only the drawn ones)."""
    rng = random.Random(seed)
    chosen = quiz.fixed_questions()
    taken = {question.id for question in chosen}
    for draw in quiz.draws:
        candidates = [q for q in draw_candidates(course, quiz, draw) if q.id not in taken]
        picked = rng.sample(candidates, min(draw.count, len(candidates)))
        chosen.extend(picked)
        taken.update(q.id for q in picked)
    return PaperQuestions(chosen, bool(quiz.draws), seed)
