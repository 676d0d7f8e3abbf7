"""Reading quiz files and their questions."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from courseware import model as m
from courseware.format.fields import Fields, FileContext
from courseware.i18n import tr
from courseware.yamlio import PathKey

QUIZ_KEYS = ("id", "title", "description", "settings", "draws", "feedback_bands", "questions")
SETTINGS_KEYS = tuple(m.QuizSettings.__dataclass_fields__)
DRAW_KEYS = ("from_quiz", "category", "types", "count")
BAND_KEYS = ("min_percent", "text")
COMMON_QUESTION_KEYS = ("id", "type", "category", "points", "prompt", "feedback")
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "single_choice": ("options",),
    "multiple_choice": ("options", "scoring"),
    "true_false": ("answer", "true_feedback", "false_feedback"),
    "fill_blank": ("blanks",),
    "numerical": ("answers", "units"),
    "matching": ("pairs", "distractors"),
    "ordering": ("items",),
    "essay": ("rubric", "model_answer"),
    "scenario": ("start", "nodes"),
}


def read_quiz(ctx: FileContext) -> m.Quiz:
    fields = Fields(ctx, ctx.document.data, (), QUIZ_KEYS)
    quiz = m.Quiz(
        id=fields.identifier(),
        title=fields.text("title", required=True),
        description=fields.text("description"),
        settings=_read_settings(ctx, fields.data.get("settings"), fields.at("settings")),
        path=ctx.path,
        source=m.SourceRef(ctx.path, ctx.line(())),
    )
    quiz.draws = [_read_draw(ctx, data, path) for path, data in fields.items("draws")]
    quiz.feedback_bands = [_read_band(ctx, data, path)
                           for path, data in fields.items("feedback_bands")]
    for path, data in fields.items("questions"):
        question = read_question(ctx, data, path)
        if question is not None:
            quiz.questions.append(question)
    return quiz


def _read_settings(ctx: FileContext, data: Any, path: PathKey) -> m.QuizSettings:
    if data is None:
        return m.QuizSettings()
    f = Fields(ctx, data, path, SETTINGS_KEYS)
    d = m.QuizSettings()
    return m.QuizSettings(
        pass_percent=f.number("pass_percent", d.pass_percent, 0, 100),
        time_limit_minutes=f.number("time_limit_minutes", d.time_limit_minutes, 0, 10_000),
        attempts_allowed=f.integer("attempts_allowed", d.attempts_allowed, 0, 1000),
        grading_method=f.choice("grading_method", m.GradingMethod, d.grading_method),
        shuffle_questions=f.boolean("shuffle_questions", d.shuffle_questions),
        shuffle_options=f.boolean("shuffle_options", d.shuffle_options),
        navigation=f.choice("navigation", m.Navigation, d.navigation),
        questions_per_page=f.integer("questions_per_page", d.questions_per_page, 0, 1000),
        feedback_timing=f.choice("feedback_timing", m.Timing, d.feedback_timing),
        answers_timing=f.choice("answers_timing", m.Timing, d.answers_timing),
        multiple_choice_scoring=f.choice("multiple_choice_scoring", m.ChoiceScoring,
                                         d.multiple_choice_scoring),
        certainty_based_marking=f.boolean("certainty_based_marking", d.certainty_based_marking),
    )


def _read_draw(ctx: FileContext, data: Any, path: PathKey) -> m.Draw:
    f = Fields(ctx, data, path, DRAW_KEYS)
    types = f.text_list("types")
    for index, name in enumerate(types):
        if name not in m.QUESTION_TYPES:
            ctx.report((*path, "types", index), "question.type_unknown", type=name)
    return m.Draw(
        count=f.integer("count", 1, 1, 10_000) if f.has("count") else _missing_count(f),
        from_quiz=f.text("from_quiz"),
        category=f.text("category"),
        types=types,
        source=m.SourceRef(ctx.path, ctx.line(path)),
    )


def _missing_count(f: Fields) -> int:
    if f.valid:
        f.ctx.report(f.path, "key.missing", key="count")
    return 1


def _read_band(ctx: FileContext, data: Any, path: PathKey) -> m.FeedbackBand:
    f = Fields(ctx, data, path, BAND_KEYS)
    if f.valid and not f.has("min_percent"):
        ctx.report(path, "key.missing", key="min_percent")
    return m.FeedbackBand(min_percent=f.number("min_percent", 0, 0, 100),
                          text=f.text("text", required=True))


def read_question(ctx: FileContext, data: Any, path: PathKey) -> m.Question | None:
    type_name = data.get("type") if isinstance(data, dict) else None
    if isinstance(data, dict) and type_name not in TYPE_KEYS:
        _report_bad_type(ctx, path, type_name)
        Fields(ctx, data, path, COMMON_QUESTION_KEYS + tuple(k for v in TYPE_KEYS.values()
                                                             for k in v))
        return None
    f = Fields(ctx, data, path, COMMON_QUESTION_KEYS + TYPE_KEYS.get(str(type_name), ()))
    if not f.valid:
        return None
    common = {
        "id": f.identifier(),
        "category": f.text("category"),
        "points": f.number("points", 1, positive=True),
        "prompt": f.text("prompt"),
        "feedback": f.text("feedback"),
        "source": m.SourceRef(ctx.path, ctx.line(path)),
    }
    return _TYPE_READERS[str(type_name)](f, common)


def _report_bad_type(ctx: FileContext, path: PathKey, type_name: Any) -> None:
    if type_name is None:
        ctx.report(path, "key.missing", key="type")
        return
    close = difflib.get_close_matches(str(type_name), list(TYPE_KEYS), n=1)
    hint = (tr("key.did_you_mean", suggestion=close[0]) if close
            else ", ".join(TYPE_KEYS))
    ctx.report((*path, "type"), "question.type_unknown", hint, type=type_name)


def _options(f: Fields) -> list[m.Option]:
    options = []
    for path, data in f.items("options", required=True):
        of = Fields(f.ctx, data, path, ("id", "text", "correct", "feedback"))
        options.append(m.Option(id=of.identifier(), text=of.text("text", required=True),
                                correct=of.boolean("correct", False),
                                feedback=of.text("feedback")))
    return options


def _single(f: Fields, common: dict[str, Any]) -> m.Question:
    return m.SingleChoiceQuestion(**common, options=_options(f))


def _multiple(f: Fields, common: dict[str, Any]) -> m.Question:
    scoring = f.choice("scoring", m.ChoiceScoring, m.ChoiceScoring.PARTIAL) \
        if f.has("scoring") else None
    return m.MultipleChoiceQuestion(**common, options=_options(f), scoring=scoring)


def _true_false(f: Fields, common: dict[str, Any]) -> m.Question:
    if not f.has("answer"):
        f.ctx.report(f.path, "key.missing", key="answer")
    return m.TrueFalseQuestion(**common, answer=f.boolean("answer", True),
                               true_feedback=f.text("true_feedback"),
                               false_feedback=f.text("false_feedback"))


def _fill_blank(f: Fields, common: dict[str, Any]) -> m.Question:
    blanks = []
    for path, data in f.items("blanks", required=True):
        bf = Fields(f.ctx, data, path, ("accepted", "case_sensitive"))
        blanks.append(m.Blank(accepted=bf.text_list("accepted"),
                              case_sensitive=bf.boolean("case_sensitive", False)))
    return m.FillBlankQuestion(**common, blanks=blanks)


def _numerical(f: Fields, common: dict[str, Any]) -> m.Question:
    answers = []
    for path, data in f.items("answers", required=True):
        af = Fields(f.ctx, data, path, ("value", "tolerance", "fraction", "feedback"))
        if af.valid and not af.has("value"):
            f.ctx.report(path, "key.missing", key="value")
        answers.append(m.NumericalAnswer(value=af.number("value", 0),
                                         tolerance=af.number("tolerance", 0, low=0),
                                         fraction=af.number("fraction", 100, 0, 100),
                                         feedback=af.text("feedback")))
    units = []
    for path, data in f.items("units"):
        uf = Fields(f.ctx, data, path, ("unit", "multiplier"))
        units.append(m.NumericalUnit(unit=uf.text("unit", required=True),
                                     multiplier=uf.number("multiplier", 1, positive=True)))
    return m.NumericalQuestion(**common, answers=answers, units=units)


def _matching(f: Fields, common: dict[str, Any]) -> m.Question:
    pairs = []
    for path, data in f.items("pairs", required=True):
        pf = Fields(f.ctx, data, path, ("left", "right"))
        pairs.append(m.MatchPair(left=pf.text("left", required=True),
                                 right=pf.text("right", required=True)))
    return m.MatchingQuestion(**common, pairs=pairs, distractors=f.text_list("distractors"))


def _ordering(f: Fields, common: dict[str, Any]) -> m.Question:
    if not f.has("items"):
        f.ctx.report(f.path, "key.missing", key="items")
    return m.OrderingQuestion(**common, items=f.text_list("items"))


def _essay(f: Fields, common: dict[str, Any]) -> m.Question:
    rubric = []
    for path, data in f.items("rubric"):
        rf = Fields(f.ctx, data, path, ("criterion", "points"))
        rubric.append(m.RubricCriterion(criterion=rf.text("criterion", required=True),
                                        points=rf.number("points", 1, positive=True)))
    return m.EssayQuestion(**common, rubric=rubric, model_answer=f.text("model_answer"))


def _scenario(f: Fields, common: dict[str, Any]) -> m.Question:
    nodes = [_scenario_node(f, path, data) for path, data in f.items("nodes", required=True)]
    return m.ScenarioQuestion(**common, start=f.text("start", required=True), nodes=nodes)


def _scenario_node(f: Fields, path: PathKey, data: Any) -> m.ScenarioNode:
    nf = Fields(f.ctx, data, path, ("id", "text", "choices", "ending"))
    choices = []
    for choice_path, choice_data in nf.items("choices"):
        cf = Fields(f.ctx, choice_data, choice_path, ("text", "next", "feedback"))
        choices.append(m.ScenarioChoice(text=cf.text("text", required=True),
                                        next=cf.text("next", required=True),
                                        feedback=cf.text("feedback")))
    ending = None
    if nf.has("ending"):
        ef = Fields(f.ctx, nf.data["ending"], nf.at("ending"), ("score_percent", "feedback"))
        if ef.valid and not ef.has("score_percent"):
            f.ctx.report(nf.at("ending"), "key.missing", key="score_percent")
        ending = m.ScenarioEnding(score_percent=ef.number("score_percent", 0, 0, 100),
                                  feedback=ef.text("feedback"))
    return m.ScenarioNode(id=nf.identifier(), text=nf.text("text", required=True),
                          choices=choices, ending=ending,
                          source=m.SourceRef(f.ctx.path, f.ctx.line(path)))


_TYPE_READERS: dict[str, Callable[[Fields, dict[str, Any]], m.Question]] = {
    "single_choice": _single,
    "multiple_choice": _multiple,
    "true_false": _true_false,
    "fill_blank": _fill_blank,
    "numerical": _numerical,
    "matching": _matching,
    "ordering": _ordering,
    "essay": _essay,
    "scenario": _scenario,
}
