"""Grading of every question type, including empty, malformed and full-width answers."""

from __future__ import annotations

import pytest

from courseware import model as m
from courseware.engine.grading import grade_fraction, normalise_answer

PARTIAL = m.ChoiceScoring.PARTIAL
EXACT = m.ChoiceScoring.ALL_OR_NOTHING

MALFORMED = [None, 1, 1.5, True, "x", [], {}, [1, 2], {"a": 1}, [None]]


def options(correct: str, ids: str = "abcde") -> list[m.Option]:
    return [m.Option(id=i, text=i.upper(), correct=i in correct) for i in ids]


SINGLE = m.SingleChoiceQuestion(id="s", options=options("b", "abcd"))
MULTI = m.MultipleChoiceQuestion(id="mc", options=options("ac", "abcde"))  # 2 right, 3 wrong
TF = m.TrueFalseQuestion(id="tf", answer=False)
FILL = m.FillBlankQuestion(id="f", prompt="___ and ___", blanks=[
    m.Blank(accepted=["认同", "认可"]), m.Blank(accepted=["ATM Card"], case_sensitive=True)])
MATCH = m.MatchingQuestion(id="mt", pairs=[m.MatchPair("A", "1"), m.MatchPair("B", "2"),
                                          m.MatchPair("C", "3"), m.MatchPair("D", "4")],
                           distractors=["5"])
ORDER = m.OrderingQuestion(id="o", items=["倾听", "认同", "回应", "跟进"])
ESSAY = m.EssayQuestion(id="e", points=3, rubric=[m.RubricCriterion("x", 2),
                                                  m.RubricCriterion("y", 1)])
SCENARIO = m.ScenarioQuestion(id="sc", start="n1", nodes=[
    m.ScenarioNode("n1", choices=[m.ScenarioChoice("good", "n2"),
                                  m.ScenarioChoice("bad", "end-bad")]),
    m.ScenarioNode("n2", choices=[m.ScenarioChoice("best", "end-best"),
                                  m.ScenarioChoice("ok", "end-ok")]),
    m.ScenarioNode("end-bad", ending=m.ScenarioEnding(0)),
    m.ScenarioNode("end-ok", ending=m.ScenarioEnding(60)),
    m.ScenarioNode("end-best", ending=m.ScenarioEnding(100)),
])
AUTO_GRADED = [SINGLE, MULTI, TF, FILL, MATCH, ORDER, SCENARIO]


@pytest.mark.parametrize("question", AUTO_GRADED, ids=lambda q: q.type_name)
@pytest.mark.parametrize("value", MALFORMED, ids=repr)
def test_malformed_or_empty_answers_grade_zero(question: m.Question, value: object) -> None:
    assert grade_fraction(question, value) == 0.0  # type: ignore[arg-type]


def test_single_choice() -> None:
    assert grade_fraction(SINGLE, "b") == 1.0
    assert grade_fraction(SINGLE, "a") == 0.0
    assert grade_fraction(SINGLE, ["b"]) == 0.0  # a list is not a single choice


@pytest.mark.parametrize(("chosen", "expected"), [
    (["a", "c"], 1.0),             # 2/2 − 0/3
    (["a"], 0.5),                  # 1/2 − 0/3
    (["a", "c", "b"], 1 - 1 / 3),  # 2/2 − 1/3
    (["a", "b"], 0.5 - 1 / 3),     # 1/2 − 1/3 = 1/6
    (["a", "b", "d"], 0.0),        # 1/2 − 2/3 < 0 → floored at 0
    (["a", "b", "c", "d", "e"], 0.0),  # choosing everything: 1 − 1 = 0
    (["a", "a", "c"], 1.0),        # a repeated id counts once
    ([], 0.0),
    (["a", "zz"], 0.0),            # an option that does not exist: corrupt answer
])
def test_multiple_choice_partial(chosen: list[str], expected: float) -> None:
    assert grade_fraction(MULTI, chosen, PARTIAL) == pytest.approx(expected)  # type: ignore[arg-type]


def test_multiple_choice_all_or_nothing_and_question_override() -> None:
    assert grade_fraction(MULTI, ["a", "c"], EXACT) == 1.0
    assert grade_fraction(MULTI, ["a"], EXACT) == 0.0
    assert grade_fraction(MULTI, ["c", "a", "b"], EXACT) == 0.0
    overriding = m.MultipleChoiceQuestion(id="x", options=options("ac"), scoring=EXACT)
    assert grade_fraction(overriding, ["a"], PARTIAL) == 0.0  # the question wins


def test_multiple_choice_with_every_option_right() -> None:
    question = m.MultipleChoiceQuestion(id="x", options=options("ab", "ab"))
    assert grade_fraction(question, ["a"]) == 0.5  # no wrong options: no division by zero


def test_true_false_needs_a_real_boolean() -> None:
    assert grade_fraction(TF, False) == 1.0
    assert grade_fraction(TF, True) == 0.0
    assert grade_fraction(TF, 0) == 0.0
    assert grade_fraction(TF, "false") == 0.0


@pytest.mark.parametrize(("typed", "expected"), [
    (["认同", "ATM Card"], 1.0),
    (["  认可 ", "ATM   Card"], 1.0),         # trimmed, inner spaces collapsed
    (["认同", "ＡＴＭ　Ｃａｒｄ"], 1.0),       # full-width letters and space → half-width
    (["认同", "atm card"], 0.5),              # blank 2 is case-sensitive
    (["信任", "ATM Card"], 0.5),
    (["认同"], 0.5),                          # missing blank: wrong
    (["认同", 7], 0.5),                       # a number is not a text
    (["", ""], 0.0),
    (["认同", "ATM Card", "extra"], 1.0),     # extra entries are ignored
])
def test_fill_blank(typed: list[object], expected: float) -> None:
    assert grade_fraction(FILL, typed) == expected  # type: ignore[arg-type]


def test_fill_blank_case_insensitive_by_default() -> None:
    question = m.FillBlankQuestion(id="x", blanks=[m.Blank(accepted=["Trust"])])
    assert grade_fraction(question, ["ｔＲＵＳＴ"]) == 1.0


def test_normalise_answer() -> None:
    assert normalise_answer("\u3000Ａｂｃ１２３！ \t x ") == "abc123! x"
    assert normalise_answer("Abc", case_sensitive=True) == "Abc"


def test_matching_scores_per_pair() -> None:
    assert grade_fraction(MATCH, {"A": "1", "B": "2", "C": "3", "D": "4"}) == 1.0
    assert grade_fraction(MATCH, {"A": "1", "B": "5", "C": "2"}) == 0.25  # 1 of 4 pairs
    assert grade_fraction(MATCH, {"A": "1", "Z": "9"}) == 0.25  # unknown left ignored
    assert grade_fraction(MATCH, {"A": 1, "B": "2"}) == 0.25  # non-text right side is wrong


def test_ordering_scores_per_position() -> None:
    assert grade_fraction(ORDER, ["倾听", "认同", "回应", "跟进"]) == 1.0
    assert grade_fraction(ORDER, ["倾听", "回应", "认同", "跟进"]) == 0.5  # 1st, 4th right
    assert grade_fraction(ORDER, ["跟进", "倾听", "认同", "回应"]) == 0.0  # all shifted
    assert grade_fraction(ORDER, ["倾听"]) == 0.25  # short list: the rest are wrong
    assert grade_fraction(ORDER, ["倾听", "倾听", "倾听", "倾听"]) == 0.25


@pytest.mark.parametrize(("path", "expected"), [
    ([0, 0], 1.0),      # n1 → n2 → end-best
    ([0, 1], 0.6),      # n1 → n2 → end-ok (60 %)
    ([1], 0.0),         # n1 → end-bad
    ([0], 0.0),         # stopped at n2: incomplete
    ([0, 0, 0], 0.0),   # goes on after the ending: invalid
    ([2], 0.0),         # no such choice
    ([-1, 0], 0.0),     # negative index is not "the last choice"
    ([True, 0], 0.0),   # booleans are not indexes
    (["0", "0"], 0.0),
])
def test_scenario_scored_by_ending(path: list[object], expected: float) -> None:
    assert grade_fraction(SCENARIO, path) == pytest.approx(expected)  # type: ignore[arg-type]


def test_scenario_with_dangling_start_scores_zero() -> None:
    broken = m.ScenarioQuestion(id="b", start="missing", nodes=[])
    assert grade_fraction(broken, []) == 0.0


def test_essay_waits_for_the_trainer_unless_empty() -> None:
    assert grade_fraction(ESSAY, "我会先倾听客户") is None
    assert grade_fraction(ESSAY, "   ") == 0.0
    assert grade_fraction(ESSAY, None) == 0.0
    assert grade_fraction(ESSAY, ["not text"]) == 0.0
