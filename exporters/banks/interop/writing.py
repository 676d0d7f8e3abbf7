"""What writers share: per-question warnings for what a format cannot hold."""

from __future__ import annotations

import re

from courseware import model as m
from courseware.i18n import tr
from exporters.banks import BankProblem


def type_label(question: m.Question) -> str:
    return tr(f"qtype.{question.type_name}")


def cannot_hold(fmt: str, question: m.Question) -> BankProblem:
    return BankProblem(question.id, "warning",
                       tr("banks.write.cannot_hold", format=fmt, type=type_label(question)))


def loses(fmt: str, question: m.Question, what_key: str, **values: object) -> BankProblem:
    return BankProblem(question.id, "warning",
                       tr("banks.write.loses", format=fmt, what=tr(what_key, **values)))


_IMAGE = re.compile(r"!\[[^\]]*\]\(")


def has_images(question: m.Question) -> bool:
    """Whether any text of the question shows an image (formats without files lose them)."""
    return bool(_IMAGE.search(repr(question)))


def points_text(points: float) -> str:
    return f"{points:g}"
