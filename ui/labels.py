"""Short human labels for domain objects, in the interface language."""

from __future__ import annotations

import re

from courseware import model as m
from ui.i18n import tr


def question_type_name(type_name: str) -> str:
    return tr(f"qtype.{type_name}")


# Markdown marks a one-line label must not show literally: images and links keep their text,
# emphasis and code marks go, and so do heading, quote and list markers at the start.
_MARKS = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__|`)"), ""),
    (re.compile(r"^(#{1,6}|>|[-*+]|\d+[.)])\s+"), ""),
)


def without_markdown(line: str) -> str:
    for pattern, replacement in _MARKS:
        line = pattern.sub(replacement, line)
    return line.strip()


def first_line(text: str, limit: int = 40) -> str:
    line = next((without_markdown(part) for part in text.splitlines()
                 if without_markdown(part)), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def question_label(question: m.Question) -> str:
    summary = first_line(question.prompt) or question.id
    return f"{question_type_name(question.type_name)} · {summary}"
