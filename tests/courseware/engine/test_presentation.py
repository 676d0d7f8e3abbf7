"""Random draws without repeats and seeded, reproducible shuffles."""

from __future__ import annotations

import random

from courseware import model as m
from courseware.engine.presentation import build_presentation
from tests.courseware.engine.builders import choice, course_with, quiz

POOL = quiz("pool", [choice(f"p{n}", category="listen" if n % 2 else "empathy")
                     for n in range(1, 11)])


def exam(*draws: m.Draw, **settings: object) -> m.Quiz:
    the_exam = quiz("exam", [choice("own1"), choice("own2")], **settings)
    the_exam.draws = list(draws)
    return the_exam


def test_draws_follow_the_own_questions_and_never_repeat() -> None:
    # Two draws over overlapping pools: 5 "listen" questions, then 8 of the whole pool.
    the_exam = exam(m.Draw(count=5, from_quiz="pool", category="listen"),
                    m.Draw(count=8, from_quiz="pool"))
    course = course_with(POOL, the_exam)
    for seed in range(50):
        ids = build_presentation(course, the_exam, seed).question_ids
        assert ids[:2] == ["own1", "own2"]
        assert len(ids) == len(set(ids)) == 2 + 5 + 5  # only 5 left for the second draw
        assert {f"p{n}" for n in (1, 3, 5, 7, 9)} <= set(ids[2:7])


def test_draw_larger_than_its_pool_takes_what_there_is() -> None:
    the_exam = exam(m.Draw(count=50, category="empathy"))
    ids = build_presentation(course_with(POOL, the_exam), the_exam, 1).question_ids
    assert sorted(ids[2:]) == sorted(f"p{n}" for n in (2, 4, 6, 8, 10))


def test_the_same_seed_shows_the_same_thing() -> None:
    the_exam = exam(m.Draw(count=4, from_quiz="pool"), shuffle_questions=True,
                    shuffle_options=True)
    course = course_with(POOL, the_exam)
    first = build_presentation(course, the_exam, 1234)
    assert build_presentation(course, the_exam, 1234) == first
    others = {tuple(build_presentation(course, the_exam, s).question_ids) for s in range(20)}
    assert len(others) > 10  # different seeds really differ


def test_shuffled_options_are_a_permutation() -> None:
    the_quiz = quiz(shuffle_options=True)
    shown = build_presentation(course_with(the_quiz), the_quiz, 5)
    orders = [shown.option_orders[q.id] for q in the_quiz.questions]
    assert all(sorted(order) == ["a", "b", "c", "d"] for order in orders)
    assert any(order != ["a", "b", "c", "d"] for order in orders)


def test_matching_shows_right_sides_and_distractors_once() -> None:
    question = m.MatchingQuestion(id="mt", pairs=[m.MatchPair("A", "1"), m.MatchPair("B", "1"),
                                                 m.MatchPair("C", "2")], distractors=["3"])
    the_quiz = quiz(questions=[question], shuffle_options=True)
    order = build_presentation(course_with(the_quiz), the_quiz, 3).option_orders["mt"]
    assert sorted(order) == ["1", "2", "3"]


def test_a_quiz_that_draws_from_itself_is_a_bank() -> None:
    # An exam bank: 10 questions of its own, each attempt draws 4 of them and nothing else.
    bank = quiz("bank", [choice(f"b{n}") for n in range(1, 11)])
    bank.draws = [m.Draw(count=4, from_quiz="bank")]
    assert bank.is_pool and bank.fixed_questions() == []
    course = course_with(bank)
    seen: set[str] = set()
    for seed in range(40):
        ids = build_presentation(course, bank, seed).question_ids
        assert len(ids) == len(set(ids)) == 4
        seen.update(ids)
    assert seen == {f"b{n}" for n in range(1, 11)}  # every bank question can come up


def test_a_bank_quiz_validates_and_its_draw_counts_its_own_questions() -> None:
    from courseware.problems import ProblemList
    from courseware.validation import draw_candidates, validate_course

    bank = quiz("bank", [choice(f"b{n}") for n in range(1, 4)])
    bank.draws = [m.Draw(count=5, from_quiz="bank")]
    course = course_with(bank)
    assert len(draw_candidates(course, bank, bank.draws[0])) == 3
    problems = ProblemList()
    validate_course(course, None, problems)
    assert any("5" in p.message and "3" in p.message for p in problems), list(problems)


def test_a_two_item_ordering_is_shown_in_either_order() -> None:
    """An order that always avoided the answer would give a two-item question away."""
    from courseware.engine.presentation import option_order

    question = m.OrderingQuestion(id="o", items=["倾听", "认同"])
    shown = {tuple(option_order(question, random.Random(seed), False) or [])
             for seed in range(40)}
    assert shown == {("倾听", "认同"), ("认同", "倾听")}
