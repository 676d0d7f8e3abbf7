"""Per-type grading: an answer value (see the contract in ``attempt.py``) → fraction 0..1.

``compile_grader`` prepares the answer key once (normalised accepted texts, correct sets …) and
returns a function that grades a value quickly; grading many attempts reuses it. Stored JSON of
the wrong shape (a corrupted or hand-edited file) grades as 0, never raises.
An essay grader returns None when there is text for the trainer to grade.
"""

from __future__ import annotations

from collections.abc import Callable

from courseware import model as m
from courseware.engine.attempt import JSONValue
from courseware.engine.grading.normalise import normalise_answer
from courseware.engine.grading.numerical import grade_numerical
from courseware.limits import MAX_SCENARIO_STEPS

Grader = Callable[[JSONValue], float | None]


def compile_grader(question: m.Question, quiz_scoring: m.ChoiceScoring) -> Grader:
    if isinstance(question, m.MultipleChoiceQuestion):
        return _multiple_choice(question, question.scoring or quiz_scoring)
    builder = _BUILDERS.get(type(question))
    if builder is None:
        raise TypeError(f"no grader for question type {question.type_name!r}")
    return builder(question)


def grade_fraction(question: m.Question, value: JSONValue,
                   quiz_scoring: m.ChoiceScoring = m.ChoiceScoring.PARTIAL) -> float | None:
    """Grade one answer (convenience; use compile_grader for many)."""
    return compile_grader(question, quiz_scoring)(value)


def _strings(value: JSONValue) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v for v in value if isinstance(v, str)]


def _single_choice(question: m.Question) -> Grader:
    assert isinstance(question, m.SingleChoiceQuestion)
    right = {o.id for o in question.options if o.correct}

    def grade(value: JSONValue) -> float:
        return 1.0 if isinstance(value, str) and value in right else 0.0
    return grade


def _multiple_choice(question: m.MultipleChoiceQuestion, scoring: m.ChoiceScoring) -> Grader:
    right = frozenset(o.id for o in question.options if o.correct)
    wrong = frozenset(o.id for o in question.options if not o.correct)

    def grade(value: JSONValue) -> float:
        chosen = _strings(value)
        if chosen is None or not set(chosen) <= right | wrong:
            return 0.0  # not a list of option ids of this question: a corrupt answer
        picked = set(chosen)
        if scoring is m.ChoiceScoring.ALL_OR_NOTHING:
            return 1.0 if picked == right else 0.0
        right_part = len(picked & right) / len(right) if right else 0.0
        wrong_part = len(picked & wrong) / len(wrong) if wrong else 0.0
        return max(0.0, right_part - wrong_part)
    return grade


def _true_false(question: m.Question) -> Grader:
    assert isinstance(question, m.TrueFalseQuestion)
    answer = question.answer

    def grade(value: JSONValue) -> float:
        return 1.0 if isinstance(value, bool) and value is answer else 0.0
    return grade


def _fill_blank(question: m.Question) -> Grader:
    assert isinstance(question, m.FillBlankQuestion)
    keys = [(frozenset(normalise_answer(a, b.case_sensitive) for a in b.accepted if a.strip()),
             b.case_sensitive) for b in question.blanks]

    def grade(value: JSONValue) -> float:
        if not isinstance(value, list) or not keys:
            return 0.0
        right = sum(1 for (accepted, case_sensitive), typed in zip(keys, value, strict=False)
                    if isinstance(typed, str)
                    and normalise_answer(typed, case_sensitive) in accepted)
        return right / len(keys)
    return grade


def _numerical(question: m.Question) -> Grader:
    assert isinstance(question, m.NumericalQuestion)
    return lambda value: grade_numerical(question, value)


def _matching(question: m.Question) -> Grader:
    assert isinstance(question, m.MatchingQuestion)
    pairs = {p.left: p.right for p in question.pairs}

    def grade(value: JSONValue) -> float:
        if not isinstance(value, dict) or not pairs:
            return 0.0
        right = sum(1 for left, answer in pairs.items() if value.get(left) == answer)
        return right / len(pairs)
    return grade


def _ordering(question: m.Question) -> Grader:
    assert isinstance(question, m.OrderingQuestion)
    items = list(question.items)

    def grade(value: JSONValue) -> float:
        if not isinstance(value, list) or not items:
            return 0.0
        right = sum(1 for expected, given in zip(items, value, strict=False) if given == expected)
        return right / len(items)
    return grade


def _essay(question: m.Question) -> Grader:
    def grade(value: JSONValue) -> float | None:
        # Nothing written: nothing for the trainer to grade (Moodle's "not answered" = 0).
        return None if isinstance(value, str) and value.strip() else 0.0
    return grade


def _scenario(question: m.Question) -> Grader:
    assert isinstance(question, m.ScenarioQuestion)
    nodes = {n.id: n for n in question.nodes}

    def grade(value: JSONValue) -> float:
        if not isinstance(value, list):
            return 0.0
        ending = scenario_ending(nodes, question.start, value)
        return ending.score_percent / 100.0 if ending else 0.0
    return grade


def scenario_ending(nodes: dict[str, m.ScenarioNode], start: str,
                    path: list[JSONValue]) -> m.ScenarioEnding | None:
    """The ending a path of choice indexes leads to; None if it stops early, takes a choice that
    does not exist, or goes on after the ending."""
    node = nodes.get(start)
    if len(path) > MAX_SCENARIO_STEPS:  # a damaged or hostile stored answer
        return None
    for step in path:
        if node is None or node.ending is not None:
            return None
        if isinstance(step, bool) or not isinstance(step, int):
            return None
        if not 0 <= step < len(node.choices):
            return None
        node = nodes.get(node.choices[step].next)
    return node.ending if node is not None else None


_BUILDERS: dict[type[m.Question], Callable[[m.Question], Grader]] = {
    m.SingleChoiceQuestion: _single_choice,
    m.TrueFalseQuestion: _true_false,
    m.FillBlankQuestion: _fill_blank,
    m.NumericalQuestion: _numerical,
    m.MatchingQuestion: _matching,
    m.OrderingQuestion: _ordering,
    m.EssayQuestion: _essay,
    m.ScenarioQuestion: _scenario,
}
