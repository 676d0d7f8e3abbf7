"""GIFT-grammar-PEG.js's 51 files: our reader agrees with its expected JSON for every question
the domain can hold (true/false feedback as Moodle files it, see ``expected_summary``);
descriptions (not questions) are reported, never silently dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from courseware import model as m
from exporters.banks.interop.gift_reader import read_gift_text
from exporters.banks.interop.html_text import html_to_markdown
from tests.exporters.banks_interop.conftest import INTEROP, interop

PEG = INTEROP / "gift" / "peg-js"
NAMES = sorted(p.stem for p in PEG.glob("*.gift")) if PEG.is_dir() else ["(absent)"]


def _text(rich: dict[str, Any] | None) -> str:
    if not rich:
        return ""
    text = rich["text"]
    return html_to_markdown(text) if rich.get("format") == "html" else text.strip()


def _credit(choice: dict[str, Any]) -> bool:
    return bool(choice.get("isCorrect")) if choice.get("weight") is None \
        else choice["weight"] > 0


def _numbers(choices: Any) -> list[tuple[float, float, float]]:
    """(value, tolerance, fraction) of PEG.js numerical choices."""
    def one(spec: dict[str, Any]) -> tuple[float, float]:
        if spec["type"] == "range":
            return spec["number"], spec["range"]
        if spec["type"] == "high-low":
            low, high = spec["numberLow"], spec["numberHigh"]
            return round((low + high) / 2, 10), round((high - low) / 2, 10)
        return spec["number"], 0.0
    if isinstance(choices, dict):
        return [(*one(choices), 100.0)]
    # "*" (any other answer, ~#feedback) has no counterpart: the reader warns and leaves it out
    return [(*one(c["text"]), c["weight"] if c["weight"] is not None
             else (100.0 if c["isCorrect"] else 0.0)) for c in choices
            if c["text"].get("text") != "*"]


def expected_summary(q: dict[str, Any]) -> tuple[Any, ...]:
    kind = q["type"]
    prompt = _text(q["stem"])
    if kind == "MC":
        return ("choice", prompt, [(_text(c["text"]), _credit(c), _text(c["feedback"]))
                                   for c in q["choices"]])
    if kind == "Short":
        return ("fill", prompt, [c["text"]["text"].strip() for c in q["choices"] if _credit(c)])
    if kind == "TF":
        first, second = _text(q["trueFeedback"]), _text(q["falseFeedback"])
        # PEG.js files feedback by position; Moodle (whom we follow) reads the first as the
        # wrong answer's: for a TRUE question that is the feedback for answering false.
        return ("tf", prompt, q["isTrue"], *((second, first) if q["isTrue"] else (first, second)))
    if kind == "Numerical":
        return ("numerical", prompt, _numbers(q["choices"]))
    if kind == "Matching":
        return ("matching", prompt, [(_text(p["subquestion"]), p["subanswer"].strip())
                                     for p in q["matchPairs"]])
    return ("essay", prompt)


def our_summary(q: m.Question) -> tuple[Any, ...]:
    if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        return ("choice", q.prompt, [(o.text, o.correct, o.feedback) for o in q.options])
    if isinstance(q, m.FillBlankQuestion):
        return ("fill", q.prompt, q.blanks[0].accepted)
    if isinstance(q, m.TrueFalseQuestion):
        return ("tf", q.prompt, q.answer, q.true_feedback, q.false_feedback)
    if isinstance(q, m.NumericalQuestion):
        return ("numerical", q.prompt, [(a.value, a.tolerance, a.fraction) for a in q.answers])
    if isinstance(q, m.MatchingQuestion):
        return ("matching", q.prompt, [(p.left, p.right) for p in q.pairs]
                + [("", d) for d in q.distractors])
    assert isinstance(q, m.EssayQuestion)
    return ("essay", q.prompt)


def _squeeze(value: Any) -> Any:
    """Gaps left out (checked on their own), whitespace runs as one space: PEG.js joins a
    text's lines, we keep them (Markdown reads a single line break as a space, so both show
    the same); Markdown's hard breaks likewise."""
    if isinstance(value, str):
        return " ".join(value.replace("_____", " ").split())
    if isinstance(value, list | tuple):
        return type(value)(_squeeze(v) for v in value)
    return value


_gap_free = _squeeze


@pytest.mark.parametrize("name", NAMES)
def test_reader_agrees_with_pegjs_expected_json(name: str) -> None:
    gift = interop("gift", "peg-js", f"{name}.gift")
    expected = json.loads(Path(str(gift)[:-5] + ".json").read_text(encoding="utf-8"))
    result = read_gift_text(gift.read_text(encoding="utf-8"), gift.name)
    questions = [q for q in expected if q["type"] not in ("Description", "Category")]
    descriptions = [q for q in expected if q["type"] == "Description"]
    assert all(not e.has_error for e in result.entries), [e.problems for e in result.entries]
    got = [_gap_free(our_summary(e.question)) for e in result.entries if e.question]
    assert got == [_gap_free(expected_summary(q)) for q in questions]
    for entry, want in zip(result.entries, questions, strict=True):
        assert entry.question is not None
        assert ("_____" in entry.question.prompt) >= want["hasEmbeddedAnswers"]
    # descriptions are not questions: each is reported with its line
    assert len([p for p in result.problems if p.severity == "warning"]) == len(descriptions)
    categories = [q["title"] for q in expected if q["type"] == "Category"]
    assert len(result.categories) == len(set(categories))
