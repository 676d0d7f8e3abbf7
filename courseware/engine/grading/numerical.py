"""Numerical answers: reading a typed number the way Chinese trainees write it, and grading it.

A response is text: ``"1,234.5"``, ``"１２３４．５"``, ``"1，234.5 元"``, ``"13.5%"``, ``"2 km"``.
NFKC folds full-width digits and punctuation (``１``, ``．``, ``，``, ``％``) to ASCII; commas are
thousands separators only when they group by three; a trailing unit is matched against the
question's units (the value is divided by the unit's multiplier, as in Moodle). A question without
units ignores a trailing ``%`` or word (``元``, ``天``, ``%``): trainees add them out of habit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from courseware import model as m
from courseware.engine.attempt import JSONValue

_NUMBER = re.compile(
    r"^(?P<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(?P<unit>.*)$")
_MINUS = str.maketrans({"−": "-", "–": "-", "—": "-", "﹣": "-", "。": "."})
_BARE_SUFFIX = re.compile(r"^[%‰]$|^[^\d\s.,+-][^\d]*$")


@dataclass(frozen=True)
class ReadNumber:
    """A response read as a number in the question's base unit (None when it is not one)."""

    value: float | None
    unit: str = ""  # the unit as typed (matched), "" when none


def normalise_number_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_MINUS)
    return " ".join(text.split())


def read_number(text: str, units: list[m.NumericalUnit] | None = None) -> ReadNumber:
    """The number a trainee typed, in base units; ``value`` None when it cannot be read."""
    match = _NUMBER.match(normalise_number_text(text))
    if match is None or not any(c.isdigit() for c in match["number"]):
        return ReadNumber(None)
    try:
        value = float(match["number"].replace(",", ""))
    except ValueError:
        return ReadNumber(None)
    if not math.isfinite(value):
        return ReadNumber(None)
    unit = match["unit"].strip()
    if not unit:
        return ReadNumber(value)
    for known in units or []:
        if unit == known.unit.strip() and known.multiplier > 0:  # 0 is refused by validation
            return ReadNumber(value / known.multiplier, unit)
    if not units and _BARE_SUFFIX.match(unit):
        return ReadNumber(value, unit)
    return ReadNumber(None, unit)


def matching_answer(question: m.NumericalQuestion, value: float) -> m.NumericalAnswer | None:
    """The best-scoring accepted answer the value falls within (ties: the first listed)."""
    best: m.NumericalAnswer | None = None
    for answer in question.answers:
        # a relative epsilon so that 0.1 + 0.2 is within ±0 of 0.3
        slack = abs(answer.tolerance) + 1e-9 * max(1.0, abs(answer.value))
        if abs(value - answer.value) <= slack and (best is None or answer.fraction > best.fraction):
            best = answer
    return best


def grade_numerical(question: m.NumericalQuestion, value: JSONValue) -> float:
    if not isinstance(value, str):
        return 0.0
    number = read_number(value, question.units).value
    if number is None:
        return 0.0
    answer = matching_answer(question, number)
    return max(0.0, min(1.0, answer.fraction / 100.0)) if answer else 0.0


def number_text(value: float) -> str:
    """A value as a trainer wrote it: no trailing zeros, no exponent for everyday sizes."""
    text = f"{value:.10f}".rstrip("0").rstrip(".") if abs(value) < 1e15 else f"{value:g}"
    return "0" if text in ("-0", "") else text


def answer_text(answer: m.NumericalAnswer, units: list[m.NumericalUnit]) -> str:
    """``13.5 ± 0.05 %`` — the accepted value, its tolerance and the base unit."""
    text = number_text(answer.value)
    if answer.tolerance:
        text += f" ± {number_text(answer.tolerance)}"
    if units:
        text += f" {units[0].unit}"
    return text


def accepted_lines(question: m.NumericalQuestion) -> tuple[str, ...]:
    """Every answer earning credit, best first; partial credit shown as ``(50%)``."""
    lines = []
    for answer in sorted(question.answers, key=lambda a: -a.fraction):
        if answer.fraction <= 0:
            continue
        text = answer_text(answer, question.units)
        partial = f" ({number_text(answer.fraction)}%)" if answer.fraction < 100 else ""
        lines.append(text + partial)
    return tuple(lines)
