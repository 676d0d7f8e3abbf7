"""Display text for a review, per question type: the trainee's answer, the right answer and the
feedback texts the answer earned. Plain strings in tuples; no visibility decisions here
(``review_content`` decides what is included).

Choice options are lettered A, B, C … in the order the trainee saw them (the attempt's
``option_orders``); scenario paths alternate node texts and ``→ choice`` lines.
"""

from __future__ import annotations

from collections.abc import Callable

from courseware import model as m
from courseware.engine.attempt import JSONValue
from courseware.engine.errors import InvalidScenarioChoice
from courseware.engine.grading.numerical import accepted_lines, matching_answer, read_number
from courseware.engine.scenario_player import Step, best_path, walk
from courseware.i18n import tr

Lines = tuple[str, ...]
ChoiceQuestion = m.SingleChoiceQuestion | m.MultipleChoiceQuestion


def letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def shown_options(question: ChoiceQuestion, order: list[str] | None) -> list[tuple[str, m.Option]]:
    """(letter, option) in the order shown; options added after the attempt come last."""
    by_id = {o.id: o for o in question.options}
    ids = [i for i in (order or []) if i in by_id]
    ids += [o.id for o in question.options if o.id not in ids]
    return [(letter(n), by_id[i]) for n, i in enumerate(ids)]


def option_lines(question: m.Question, order: list[str] | None) -> Lines:
    """Every option as shown (``A. text``), for choice questions; () for the other types."""
    if not isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        return ()
    return tuple(f"{mark}. {o.text}" for mark, o in shown_options(question, order))


def _chosen(value: JSONValue) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _choice_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    picked = _chosen(value)
    return tuple(f"{mark}. {o.text}" for mark, o in shown_options(question, order)
                 if o.id in picked)


def _choice_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    return tuple(f"{mark}. {o.text}" for mark, o in shown_options(question, order) if o.correct)


def _choice_feedback(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    assert isinstance(question, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion))
    picked = _chosen(value)
    return tuple(o.feedback for _, o in shown_options(question, order)
                 if o.id in picked and o.feedback)


def _bool_text(value: bool) -> str:
    return tr("engine.review.true" if value else "engine.review.false")


def _true_false_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    return (_bool_text(value),) if isinstance(value, bool) else ()


def _true_false_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.TrueFalseQuestion)
    return (_bool_text(question.answer),)


def _true_false_feedback(question: m.Question, value: JSONValue,
                         order: list[str] | None) -> Lines:
    assert isinstance(question, m.TrueFalseQuestion)
    if not isinstance(value, bool):
        return ()
    text = question.true_feedback if value else question.false_feedback
    return (text,) if text else ()


def _texts(value: JSONValue) -> Lines:
    if not isinstance(value, list):
        return ()
    return tuple(v if isinstance(v, str) else "" for v in value)


def _fill_blank_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    assert isinstance(question, m.FillBlankQuestion)
    typed = _texts(value)
    return tuple(typed[n] if n < len(typed) else "" for n in range(len(question.blanks)))


def _fill_blank_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.FillBlankQuestion)
    return tuple(" / ".join(b.accepted) for b in question.blanks)


def _numerical_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    return (value,) if isinstance(value, str) else ()


def _numerical_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.NumericalQuestion)
    return accepted_lines(question)


def _numerical_feedback(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    assert isinstance(question, m.NumericalQuestion)
    number = read_number(value, question.units).value if isinstance(value, str) else None
    answer = matching_answer(question, number) if number is not None else None
    return (answer.feedback,) if answer and answer.feedback else ()


def _pair(left: str, right: str | None) -> str:
    return tr("engine.review.pair", left=left, right=right or tr("engine.review.no_match"))


def _matching_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    assert isinstance(question, m.MatchingQuestion)
    given = value if isinstance(value, dict) else {}
    return tuple(_pair(p.left, r if isinstance(r := given.get(p.left), str) else None)
                 for p in question.pairs)


def _matching_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.MatchingQuestion)
    return tuple(_pair(p.left, p.right) for p in question.pairs)


def _ordering_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    return _texts(value)


def _ordering_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.OrderingQuestion)
    return tuple(question.items)


def _essay_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    return (value,) if isinstance(value, str) and value.strip() else ()


def _no_right_answer(question: m.Question, order: list[str] | None) -> Lines:
    return ()  # an essay's model answer is for the trainer only


def _path_lines(steps: list[Step], reached: m.ScenarioNode | None) -> Lines:
    lines: list[str] = []
    for node, choice in steps:
        lines += [node.text, tr("engine.review.choice", text=choice.text)]
    return tuple(lines + ([reached.text] if reached is not None else []))


def _scenario_walk(question: m.Question, value: JSONValue) -> tuple[list[Step], m.ScenarioNode]:
    assert isinstance(question, m.ScenarioQuestion)
    return walk(question, value)


def _scenario_answer(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    try:
        return _path_lines(*_scenario_walk(question, value))
    except InvalidScenarioChoice:
        return ()  # a damaged path: nothing sensible to show


def _scenario_right(question: m.Question, order: list[str] | None) -> Lines:
    assert isinstance(question, m.ScenarioQuestion)
    found = best_path(question)
    return () if found is None else _path_lines(*found)


def _scenario_feedback(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    try:
        steps, reached = _scenario_walk(question, value)
    except InvalidScenarioChoice:
        return ()
    texts = [choice.feedback for _, choice in steps]
    if reached.ending is not None:
        texts.append(reached.ending.feedback)
    return tuple(t for t in texts if t)


def _none(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    return ()


AnswerText = Callable[[m.Question, JSONValue, list[str] | None], Lines]
RightText = Callable[[m.Question, list[str] | None], Lines]

# type name → (the trainee's answer, the right answer, feedback earned by the answer)
_TEXTS: dict[str, tuple[AnswerText, RightText, AnswerText]] = {
    "single_choice": (_choice_answer, _choice_right, _choice_feedback),
    "multiple_choice": (_choice_answer, _choice_right, _choice_feedback),
    "true_false": (_true_false_answer, _true_false_right, _true_false_feedback),
    "fill_blank": (_fill_blank_answer, _fill_blank_right, _none),
    "numerical": (_numerical_answer, _numerical_right, _numerical_feedback),
    "matching": (_matching_answer, _matching_right, _none),
    "ordering": (_ordering_answer, _ordering_right, _none),
    "essay": (_essay_answer, _no_right_answer, _none),
    "scenario": (_scenario_answer, _scenario_right, _scenario_feedback),
}


def answer_lines(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    """The trainee's answer as display lines; () when not answered."""
    if value is None:
        return ()
    return _TEXTS[question.type_name][0](question, value, order)


def right_answer_lines(question: m.Question, order: list[str] | None) -> Lines:
    return _TEXTS[question.type_name][1](question, order)


def answer_feedback(question: m.Question, value: JSONValue, order: list[str] | None) -> Lines:
    """The option/choice/ending feedback texts relevant to what the trainee answered."""
    if value is None:
        return ()
    return _TEXTS[question.type_name][2](question, value, order)
