"""Short human labels for domain objects, in the interface language."""

from __future__ import annotations

from courseware import model as m
from ui.i18n import tr


def question_type_name(type_name: str) -> str:
    return tr(f"qtype.{type_name}")


def first_line(text: str, limit: int = 40) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def question_label(question: m.Question) -> str:
    summary = first_line(question.prompt) or question.id
    return f"{question_type_name(question.type_name)} · {summary}"
