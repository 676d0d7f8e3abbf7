"""One mistake per problem kind, made in the sample course: every key validation can report.

``KINDS[key](course)`` breaks ``course`` (from :func:`sample_course`) so that validation reports
``key`` exactly once, and returns the object the problem is about and the field to open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from courseware import model as m

Breaker = Callable[[m.Course], tuple[object, str]]
ROOT = Path(__file__).resolve().parents[2]


def parts(course: m.Course) -> dict[str, object]:
    module = course.modules[0]
    lesson, case, quiz = module.items[:3]
    assert isinstance(quiz, m.Quiz)
    named: dict[str, object] = {"module": module, "lesson": lesson, "case": case, "quiz": quiz}
    named.update({q.id: q for q in quiz.questions})
    return named


def _q(course: m.Course, question_id: str) -> m.Question:
    found = parts(course)[question_id]
    assert isinstance(found, m.Question)
    return found


def _scenario(course: m.Course) -> m.ScenarioQuestion:
    q = _q(course, "q7")
    assert isinstance(q, m.ScenarioQuestion)
    return q


def _node(course: m.Course, node_id: str) -> m.ScenarioNode:
    return next(n for n in _scenario(course).nodes if n.id == node_id)


def _quiz(course: m.Course) -> m.Quiz:
    quiz = parts(course)["quiz"]
    assert isinstance(quiz, m.Quiz)
    return quiz


def _numerical(course: m.Course, answers: list[m.NumericalAnswer],
               units: list[m.NumericalUnit] | None = None) -> m.NumericalQuestion:
    q = m.NumericalQuestion(id="q9", prompt="利率是多少？", answers=answers, units=units or [])
    _quiz(course).questions.append(q)
    return q


def _set(obj: object, **values: object) -> object:
    for name, value in values.items():
        setattr(obj, name, value)
    return obj


def _lesson_text(course: m.Course, text: str) -> tuple[object, str]:
    lesson = parts(course)["lesson"]
    assert isinstance(lesson, m.Lesson)
    lesson.body += f"\n\n{text}\n"
    return lesson, "body"


def _pool(course: m.Course) -> tuple[object, str]:
    pool = m.Quiz(id="pool", title="题库", questions=[
        m.TrueFalseQuestion(id=f"p{n}", prompt=f"判断 {n}", answer=True) for n in range(3)])
    course.modules[0].items.append(pool)
    quiz = _quiz(course)
    quiz.draws = [m.Draw(count=2, from_quiz="pool"), m.Draw(count=2, from_quiz="pool")]
    return quiz, "draws"


def _draw(course: m.Course, draw: m.Draw) -> tuple[object, str]:
    quiz = _quiz(course)
    quiz.draws = [draw]
    return quiz, "draws.0"


def _loop(course: m.Course) -> tuple[object, str]:
    q = _scenario(course)
    q.nodes[0].choices.append(m.ScenarioChoice(text="绕圈", next="l1"))
    q.nodes += [m.ScenarioNode(id="l1", text="一", choices=[m.ScenarioChoice("下一步", "l2")]),
                m.ScenarioNode(id="l2", text="二", choices=[m.ScenarioChoice("回去", "l1")])]
    return q, "nodes.l1"


KINDS: dict[str, Breaker] = {
    "id.duplicate": lambda c: (_set(parts(c)["case"], id="m1-l1"), "id"),
    "media.missing": lambda c: _lesson_text(c, "![图](images/missing.png)"),
    "path.escapes": lambda c: _lesson_text(c, "![图](../../../../../../outside.png)"),
    "quiz.empty": lambda c: (_set(_quiz(c), questions=[]), "questions"),
    "draw.no_source": lambda c: _draw(c, m.Draw(count=1)),
    "draw.quiz_missing": lambda c: _draw(c, m.Draw(count=1, from_quiz="nope")),
    "draw.too_few": lambda c: _draw(c, m.Draw(count=50, category="倾听")),
    "draw.overlap": _pool,
    "question.no_prompt": lambda c: (_set(_q(c, "q2"), prompt=""), "prompt"),
    "choice.option_count": lambda c: (
        _set(_q(c, "q1"), options=_q(c, "q1").options[:1]), "options"),  # type: ignore[attr-defined]
    "option.duplicate_id": lambda c: (_q(c, "q8"), _set(
        _q(c, "q8").options[1], id="a") and "options.1.id"),  # type: ignore[attr-defined]
    "choice.no_correct": lambda c: (_q(c, "q1"), [
        _set(o, correct=False) for o in _q(c, "q1").options]  # type: ignore[attr-defined]
        and "options.0.correct"),
    "choice.many_correct": lambda c: (_q(c, "q1"), [
        _set(o, correct=True) for o in _q(c, "q1").options]  # type: ignore[attr-defined]
        and "options.1.correct"),
    "fill.blank_mismatch": lambda c: (_q(c, "q3"), _q(c, "q3").blanks.append(  # type: ignore[attr-defined]
        m.Blank(accepted=["跟进"])) or "prompt"),
    "fill.no_accepted": lambda c: (_q(c, "q3"), _set(
        _q(c, "q3").blanks[0], accepted=[" "]) and "blanks.0.accepted"),  # type: ignore[attr-defined]
    "numerical.no_answers": lambda c: (_numerical(c, []), "answers"),
    "numerical.no_full_credit": lambda c: (
        _numerical(c, [m.NumericalAnswer(5, fraction=50)]), "answers"),
    "numerical.bad_answer": lambda c: (_numerical(
        c, [m.NumericalAnswer(5), m.NumericalAnswer(6, tolerance=-1)]), "answers.1"),
    "numerical.bad_unit": lambda c: (_numerical(
        c, [m.NumericalAnswer(5)], [m.NumericalUnit("元"), m.NumericalUnit("", 2)]), "units"),
    "numerical.unit_duplicate": lambda c: (_numerical(
        c, [m.NumericalAnswer(5)], [m.NumericalUnit("元"), m.NumericalUnit("元")]), "units"),
    "numerical.base_unit": lambda c: (_numerical(
        c, [m.NumericalAnswer(5)], [m.NumericalUnit("万元", 10000)]), "units"),
    "matching.too_few": lambda c: (
        _set(_q(c, "q4"), pairs=_q(c, "q4").pairs[:1]), "pairs"),  # type: ignore[attr-defined]
    "matching.duplicate": lambda c: (_q(c, "q4"), _set(
        _q(c, "q4").pairs[1], left="甲") and "pairs.1"),  # type: ignore[attr-defined]
    "ordering.too_few": lambda c: (_set(_q(c, "q5"), items=["倾听"]), "items"),
    "ordering.duplicate": lambda c: (
        _set(_q(c, "q5"), items=["倾听", "认同", "回应", "倾听"]), "items.3"),
    "essay.no_rubric": lambda c: (_set(_q(c, "q6"), rubric=[]), "rubric"),
    "essay.points_mismatch": lambda c: (_set(_q(c, "q6"), points=5), "points"),
    "scenario.no_nodes": lambda c: (_set(_scenario(c), nodes=[]), "nodes"),
    "scenario.node_duplicate": lambda c: (_scenario(c), _scenario(c).nodes.append(
        m.ScenarioNode(id="good", text="又一个", ending=m.ScenarioEnding(50))) or "nodes.good"),
    "scenario.start_missing": lambda c: (_set(_scenario(c), start="nope"), "start"),
    "scenario.next_missing": lambda c: (_scenario(c), _set(
        _node(c, "n1").choices[0], next="typo") and "nodes.n1.choices"),
    "scenario.unreachable": lambda c: (_scenario(c), _scenario(c).nodes.append(
        m.ScenarioNode(id="lost", text="迷路", ending=m.ScenarioEnding(0))) or "nodes.lost"),
    "scenario.dead_end": lambda c: (_scenario(c), _set(_node(c, "good"), ending=None)
                                    and "nodes.good"),
    "scenario.both": lambda c: (_scenario(c), _set(_node(c, "bad"), choices=[
        m.ScenarioChoice("再试", "good")]) and "nodes.bad"),
    "scenario.no_ending": _loop,
    "question.too_many": lambda c: (_set(_q(c, "q5"), items=[
        f"步骤{n}" for n in range(30)]), "items"),
    "placeholder.found.title": lambda c: (_set(parts(c)["lesson"], title="新课文"), "title"),
    "placeholder.found.body": lambda c: _lesson_text(c, "在这里编写课文。"),
    "placeholder.found.sections": lambda c: (parts(c)["case"], parts(c)["case"].sections.update(  # type: ignore[attr-defined]
        situation="发生了什么。") or "sections.situation"),
    "placeholder.found.prompt": lambda c: (_set(_q(c, "q2"), prompt="在这里填写题干。"),
                                           "prompt"),
    "placeholder.found.options": lambda c: (_q(c, "q1"), _set(
        _q(c, "q1").options[1], text="选项 2") and "options.1"),  # type: ignore[attr-defined]
    "placeholder.found.blanks": lambda c: (_q(c, "q3"), _set(
        _q(c, "q3").blanks[0], accepted=["答案"]) and "blanks.0.accepted"),  # type: ignore[attr-defined]
    "placeholder.found.pairs": lambda c: (_q(c, "q4"), _set(
        _q(c, "q4").pairs[1], left="左项 2") and "pairs.1"),  # type: ignore[attr-defined]
    "placeholder.found.items": lambda c: (
        _set(_q(c, "q5"), items=["倾听", "认同", "步骤 3", "跟进"]), "items.2"),
    "placeholder.found.rubric": lambda c: (_q(c, "q6"), _set(
        _q(c, "q6").rubric[0], criterion="指出关键要点") and "rubric.0"),  # type: ignore[attr-defined]
    "placeholder.found.nodes": lambda c: (_scenario(c), _set(_node(c, "good"), text="客户说……")
                                          and "nodes.good"),
}

_KEY = re.compile(r"""["']((?:id|media|path|quiz|draw|question|choice|option|fill|numerical|"""
                  r"""matching|ordering|essay|scenario)\.[a-z_]+)["']""")


def validation_keys() -> set[str]:
    """Every problem key courseware/validation.py can report (read from its source), and one
    placeholder key per field that can hold a starter text."""
    from courseware.placeholders import FIELD_KEYS

    source = (ROOT / "courseware" / "validation.py").read_text(encoding="utf-8")
    keys = {k for k in _KEY.findall(source) if not k.endswith(".hint")}
    keys |= {"question.too_many"}  # courseware.limits, checked with the rest while editing
    return keys | {f"placeholder.found.{field}" for field in FIELD_KEYS}
