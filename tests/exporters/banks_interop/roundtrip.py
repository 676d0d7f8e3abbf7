"""Helpers for export → import tests: the questions a format can hold, compared field by field."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from courseware import model as m
from courseware.format import load_course
from tests.conftest import BUNDLED_COURSE

_GAP = re.compile(r"\s*_{3,}\s*")


def bundled_questions() -> list[m.Question]:
    return load_course(BUNDLED_COURSE).course.all_questions()


def numerical_questions() -> list[m.Question]:
    return [
        m.NumericalQuestion(id="rate", prompt="分 12 期，每期费率 0.6%，年化利率约为多少？",
                            category="计算", feedback="按本金递减估算。",
                            answers=[m.NumericalAnswer(13, 0.2, 100, "对"),
                                     m.NumericalAnswer(7.2, 0, 50, "这是名义费率")]),
        m.NumericalQuestion(id="fee", prompt="手续费（元）？", answers=[m.NumericalAnswer(1200)]),
    ]


def tricky_questions() -> list[m.Question]:
    """Texts full of the characters GIFT and XML treat specially."""
    return [
        m.SingleChoiceQuestion(
            id="esc", prompt="Which of ~ = # { } : \\ & < > is **special**?\n\nSecond paragraph.",
            feedback="General: {yes} #1", options=[
                m.Option("a", "a ~ b", True, "right = {good}"),
                m.Option("b", "c: d # e", False, "wrong -> no")]),
        m.FillBlankQuestion(id="gap-end", prompt="年化利率的英文缩写是___",
                            blanks=[m.Blank(["APR", "apr"])]),
        m.TrueFalseQuestion(id="tf", prompt="认同等于同意。", answer=False,
                            true_feedback="不对", false_feedback="对"),
    ]


def _stripped(value: Any) -> Any:
    """Texts without leading/trailing whitespace (insignificant in Markdown), recursively."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type | m.SourceRef):
        for f in dataclasses.fields(value):
            setattr(value, f.name, _stripped(getattr(value, f.name)))
    return value


def normalised(question: m.Question, keep_points: bool = False) -> m.Question:
    """What survives any format: gaps written as ___, texts trimmed (points only if kept)."""
    q = _stripped(copy.deepcopy(question))
    q.prompt = _GAP.sub(" ___ ", q.prompt).strip()
    if not keep_points:
        q.points = 1
    return q
