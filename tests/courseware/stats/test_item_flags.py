"""Item flags on hand-computed classes: the wrong key is caught; small classes get a caution,
not a verdict; distractors nobody chose are named."""

from __future__ import annotations

import pytest

from courseware.stats import ItemFlag, item_verdict, quiz_statistics
from courseware.stats.groups import group_size
from tests.courseware.stats.test_quiz_statistics import graded

ANCHORS = ("q1", "q2", "q3")


def trainee(number: int, anchors: tuple[int, int, int], answer: str, right: bool):
    marks = {**dict(zip(ANCHORS, anchors, strict=True)), "wk": 1.0 if right else 0.0}
    answers = {q: "a" if m else "b" for q, m in zip(ANCHORS, anchors, strict=True)}
    return graded(f"t{number:02d}", marks, {**answers, "wk": answer})


# Ten trainees. Anchor totals 3,3,3,2,2,2,1,1,0,0. On "wk" the key says "a", yet only the two
# weakest chose it; the three strongest all chose "b" (the answer that is really right).
#   facility = 2/10 = 20 %
#   x = 0,0,0,0,0,0,0,0,1,1 (x̄ = 0.2); X = 3,3,3,2,2,2,1,1,0,0 (X̄ = 1.7, ΣX² = 41)
#   C(x,X) = (0 − 10·0.2·1.7)/9 = −3.4/9; V(x) = (2 − 0.4)/9 = 1.6/9; V(X) = (41 − 28.9)/9
#   r = −3.4 / √(1.6 · 12.1) = −0.7727 → discrimination −77.3 %
#   groups of round(0.27 · 10) = 3: upper t01–t03 all "b"; lower t08 "b", t09 "a", t10 "a"
WRONG_KEY_CLASS = [
    trainee(1, (1, 1, 1), "b", False), trainee(2, (1, 1, 1), "b", False),
    trainee(3, (1, 1, 1), "b", False), trainee(4, (1, 1, 0), "b", False),
    trainee(5, (1, 1, 0), "c", False), trainee(6, (1, 1, 0), "b", False),
    trainee(7, (1, 0, 0), "c", False), trainee(8, (1, 0, 0), "b", False),
    trainee(9, (0, 0, 0), "a", True), trainee(10, (0, 0, 0), "a", True),
]


def figures(attempts: list, question_id: str):
    return next(q for q in quiz_statistics(attempts).questions if q.question_id == question_id)


def test_the_wrong_key_class_by_hand() -> None:
    wk = figures(WRONG_KEY_CLASS, "wk")
    assert wk.facility_index == pytest.approx(20.0)
    assert wk.discrimination_index == pytest.approx(-100 * 3.4 / (1.6 * 12.1) ** 0.5)
    assert wk.groups is not None
    assert wk.groups.size == 3 and group_size(10) == 3
    assert wk.groups.upper == {"b": 3}
    assert wk.groups.lower == {"b": 1, "a": 2}
    assert wk.groups.key_options == ("a",)  # what the fully correct answers chose


def test_the_wrong_key_is_flagged_first() -> None:
    verdict = item_verdict(figures(WRONG_KEY_CLASS, "wk"), key={"a"})
    assert verdict.flags == (ItemFlag.POSSIBLE_WRONG_KEY,)
    assert verdict.suspect_option == "b" and verdict.level == 3
    assert verdict.small_sample  # 10 < 15 attempts: no too hard / too easy verdicts


def test_upper_group_preferring_a_distractor_is_enough() -> None:
    """Facility 50 %, but the strongest three chose "c": check the key."""
    attempts = [graded(f"u{i}", {"q": 0.0 if i < 3 else 1.0, "r": 1.0 if i < 3 else 0.0},
                       {"q": "c" if i < 3 else "a", "r": "a"}) for i in range(6)]
    attempts += [graded(f"v{i}", {"q": 1.0, "r": 0.0}, {"q": "a", "r": "b"}) for i in range(4)]
    q = figures(attempts, "q")
    assert q.facility_index == pytest.approx(70.0)
    assert q.groups is not None and q.groups.upper == {"c": 3}
    verdict = item_verdict(q)  # key from the results: "a"
    assert ItemFlag.POSSIBLE_WRONG_KEY in verdict.flags and verdict.suspect_option == "c"


def test_a_small_class_gets_a_caution_not_a_verdict() -> None:
    attempts = [graded(f"s{i}", {"q": 1.0, "r": float(i % 2)}, {"q": "a", "r": "a"})
                for i in range(4)]
    verdict = item_verdict(figures(attempts, "q"), key={"a"})
    assert verdict.flags == () and verdict.small_sample


def test_a_large_class_gets_verdicts() -> None:
    # 20 trainees: "easy" all right (100 %), never "c"; "hard" right for the 4 strongest
    # (20 %, positive discrimination): too hard, not a wrong key.
    attempts = []
    for i in range(20):
        strong = i < 4
        marks = {"easy": 1.0, "hard": 1.0 if strong else 0.0, "anchor": 1.0 if i < 10 else 0.0}
        answers = {"easy": "a" if i % 2 else "b", "hard": "a" if strong else "b",
                   "anchor": "a"}
        attempts.append(graded(f"c{i:02d}", marks, answers))
    easy = item_verdict(figures(attempts, "easy"), key={"a", "b"})
    assert easy.flags == (ItemFlag.TOO_EASY, ItemFlag.UNUSED_DISTRACTORS)
    assert easy.unused_options == ("c",) and easy.level == 1 and not easy.small_sample
    hard = item_verdict(figures(attempts, "hard"), key={"a"})
    assert figures(attempts, "hard").facility_index == pytest.approx(20.0)
    assert hard.flags[0] is ItemFlag.TOO_HARD and hard.level == 2
    assert ItemFlag.POSSIBLE_WRONG_KEY not in hard.flags


def test_nobody_right_and_the_top_group_agrees_on_one_option() -> None:
    """0 % facility (no discrimination can be computed): the key is unknown to the results,
    yet the strongest three all chose "b" — the classic wrong key."""
    attempts = [graded(f"z{i}", {"q": 0.0, "r": 1.0 if i < 4 else 0.0},
                       {"q": "b" if i < 4 else "c", "r": "a"}) for i in range(10)]
    q = figures(attempts, "q")
    assert q.facility_index == 0.0 and q.discrimination_index is None
    assert q.groups is not None and q.groups.key_options == ()
    from_results = item_verdict(q)
    assert from_results.flags[0] is ItemFlag.POSSIBLE_WRONG_KEY
    assert from_results.suspect_option == "b"
    from_course = item_verdict(q, key={"a"})
    assert from_course.flags == (ItemFlag.POSSIBLE_WRONG_KEY,)
    assert from_course.suspect_option == "b"
    assert from_course.unused_options == ()  # "a" was never chosen, but it is the key
