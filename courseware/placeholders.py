"""Placeholder texts: what a new object starts with, and finding it where it was not replaced.

The texts live in the catalogue (:mod:`courseware.catalog.placeholders`); new objects are made
from them (``ui.new_objects``, :mod:`courseware.scaffold`) and validation warns about any that
is left, in either language, whatever the interface language was when it was made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from courseware import model as m
from courseware.catalog import all_messages
from courseware.i18n import tr, tr_for

LANGUAGES = ("zh", "en")
PREFIX = "placeholder."

QUESTION_TEXT_KEYS = ("question_prompt", "fill_prompt")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("lesson_title", "case_title", "quiz_title"),
    "body": ("lesson_text", "starter_lesson_text"),
    "sections": ("case.background", "case.situation", "case.questions", "case.takeaways"),
    "prompt": QUESTION_TEXT_KEYS,
    "options": ("option",),
    "blanks": ("fill_answer",),
    "pairs": ("left", "right"),
    "items": ("step",),
    "rubric": ("criterion",),
    "nodes": ("node_text", "choice_good", "choice_bad", "ending_good", "ending_bad"),
}


def placeholder(key: str, language: str | None = None, **values: object) -> str:
    """The placeholder ``key`` (without its prefix) in ``language`` (the interface's if None)."""
    if language is None:
        return tr(PREFIX + key, **values)
    return tr_for(language, PREFIX + key, **values)


@cache
def _pattern(key: str) -> re.Pattern[str]:
    variants = []
    for language in LANGUAGES:
        template = all_messages()[PREFIX + key][language]
        variants.append(re.escape(template).replace(re.escape("{n}"), r"\d+"))
    return re.compile("|".join(f"(?:{v})" for v in variants))


def find_placeholder(texts: Iterable[str], field: str) -> str | None:
    """The first line of ``texts`` that is one of ``field``'s placeholders, or None."""
    patterns = [_pattern(key) for key in FIELD_KEYS[field]]
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            if line and any(p.fullmatch(line) for p in patterns):
                return line
    return None


def _question_texts(q: m.Question) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {"prompt": [q.prompt]}
    if isinstance(q, (m.SingleChoiceQuestion, m.MultipleChoiceQuestion)):
        texts["options"] = [o.text for o in q.options]
    elif isinstance(q, m.FillBlankQuestion):
        texts["blanks"] = [a for b in q.blanks for a in b.accepted]
    elif isinstance(q, m.MatchingQuestion):
        texts["pairs"] = [t for p in q.pairs for t in (p.left, p.right)]
    elif isinstance(q, m.OrderingQuestion):
        texts["items"] = list(q.items)
    elif isinstance(q, m.EssayQuestion):
        texts["rubric"] = [c.criterion for c in q.rubric]
    elif isinstance(q, m.ScenarioQuestion):
        texts["nodes"] = [t for n in q.nodes for t in _node_texts(n)]
    return texts


def _node_texts(node: m.ScenarioNode) -> list[str]:
    texts = [node.text, *(c.text for c in node.choices)]
    if node.ending is not None:
        texts.append(node.ending.feedback)
    return texts


def placeholders_in(obj: object) -> list[tuple[str, str]]:
    """(field, placeholder line) for each field of a lesson, case, quiz or question that still
    holds a placeholder."""
    texts: dict[str, list[str]] = {}
    if isinstance(obj, (m.Lesson, m.CaseStudy, m.Quiz)):
        texts["title"] = [obj.title]
    if isinstance(obj, m.Lesson):
        texts["body"] = [obj.body]
    elif isinstance(obj, m.CaseStudy):
        texts["sections"] = list(obj.sections.values())
    elif isinstance(obj, m.Question):
        texts.update(_question_texts(obj))
    found = ((field, find_placeholder(values, field)) for field, values in texts.items())
    return [(field, line) for field, line in found if line is not None]
