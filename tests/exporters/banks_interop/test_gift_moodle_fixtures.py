"""Moodle's own GIFT material: qformat_gift's unit cases (import_X.gift → expected question) and
the behat fixtures (counts, categories, the encoding error, the 4.4 ordering dialect)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from courseware import model as m
from exporters.banks.formats.gift import read_gift
from exporters.banks.interop.gift_reader import read_gift_text
from exporters.banks.interop.html_text import html_to_markdown
from tests.exporters.banks_interop.conftest import INTEROP, interop

UNIT = INTEROP / "gift" / "moodle" / "unit"
IMPORTS = sorted(p.name[:-5] for p in UNIT.glob("import_*.gift")) if UNIT.is_dir() else ["-"]
DOMAIN_TYPE = {"essay": m.EssayQuestion, "match": m.MatchingQuestion,
               "numerical": m.NumericalQuestion, "shortanswer": m.FillBlankQuestion,
               "truefalse": m.TrueFalseQuestion}


def _rich(value: Any, fmt: int | None = None) -> str:
    text, fmt = (value["text"], value["format"]) if isinstance(value, dict) else (value, fmt)
    text = text or ""
    return _squeeze(html_to_markdown(text) if fmt == 1 else text)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", IMPORTS)
def test_moodle_unit_import(name: str) -> None:
    gift = interop("gift", "moodle", "unit", f"{name}.gift")
    want = json.loads((UNIT / f"{name}.expected.json").read_text(encoding="utf-8"))
    result = read_gift_text(gift.read_text(encoding="utf-8"), gift.name)
    [entry] = result.entries
    q = entry.question
    assert q is not None and not entry.has_error
    prompt = q.prompt.removesuffix(" _____") if isinstance(q, m.FillBlankQuestion) else q.prompt
    assert _squeeze(prompt) == _rich(want["questiontext"], want["questiontextformat"])
    assert _squeeze(q.feedback) == _rich(want["generalfeedback"], want["generalfeedbackformat"])
    kind = want["qtype"]
    if kind == "multichoice":
        single = bool(want["single"])
        assert isinstance(q, m.SingleChoiceQuestion if single else m.MultipleChoiceQuestion)
        assert [o.text for o in q.options] == [_rich(a) for a in want["answer"]]
        assert [o.correct for o in q.options] == [f > 0 for f in want["fraction"]]
        assert [_squeeze(o.feedback) for o in q.options] == [_rich(f) for f in want["feedback"]]
        return
    assert isinstance(q, DOMAIN_TYPE[kind])
    if isinstance(q, m.TrueFalseQuestion):
        assert q.answer is bool(want["correctanswer"])
        assert _squeeze(q.true_feedback) == _rich(want["feedbacktrue"])
        assert _squeeze(q.false_feedback) == _rich(want["feedbackfalse"])
    elif isinstance(q, m.MatchingQuestion):
        lefts = [_rich(s) for s in want["subquestions"]]
        rights = want["subanswers"]
        assert [(p.left, p.right) for p in q.pairs] == [
            (left, right) for left, right in zip(lefts, rights, strict=True) if left]
        assert q.distractors == [r for left, r in zip(lefts, rights, strict=True) if not left]
    elif isinstance(q, m.NumericalQuestion):
        kept = [(float(a), float(t or 0), f * 100) for a, t, f in
                zip(want["answer"], want["tolerance"], want["fraction"], strict=True) if a != "*"]
        assert [(a.value, a.tolerance, a.fraction) for a in q.answers] == kept
        assert len(entry.problems) == len(want["answer"]) - len(kept)  # "*" is reported
    elif isinstance(q, m.FillBlankQuestion):
        accepted = [a for a, f in zip(want["answer"], want["fraction"], strict=True)
                    if f > 0 and a != "*"]
        assert q.blanks[0].accepted == accepted


def test_questions_fixture_counts_like_moodle() -> None:
    path = interop("gift", "moodle", "fixtures", "questions.gift.txt")
    facts = json.loads((INTEROP / "gift" / "moodle" / "EXPECTED.json").read_text())
    result = read_gift(path)
    described = [p for p in result.problems if p.severity == "warning"]
    assert len(result.entries) + len(described) == facts["fixtures/questions.gift.txt"][
        "import_count"]
    prompts = " ".join(e.question.prompt for e in result.entries if e.question)
    assert "What's between orange and green in the spectrum?" in prompts


def test_category_fixture() -> None:
    result = read_gift(interop("gift", "moodle", "fixtures", "questions_in_category.gift.txt"))
    assert len(result.entries) == 4
    assert result.categories == ["New Features"]  # "$course$/Default for New Features"
    assert {e.question.category for e in result.entries if e.question} == {"New Features"}


def test_windows_1252_file_is_refused_with_a_message() -> None:
    result = read_gift(interop("gift", "moodle", "fixtures",
                               "questions_encoding_windows-1252.gift.txt"))
    assert result.entries == []
    assert [p.severity for p in result.problems] == ["error"]
    assert "UTF-8" in result.problems[0].message


def test_moodle_ordering_dialect_is_read() -> None:
    result = read_gift(interop("gift", "moodle", "fixtures", "ordering_testimport.gift.txt"))
    [entry] = result.entries
    q = entry.question
    assert isinstance(q, m.OrderingQuestion)
    assert q.items == ["Modular", "Object", "Oriented", "Dynamic", "Learning", "Environment"]
    assert q.prompt == "Put these words in order."
    assert "Modular Object Oriented" in q.feedback


def test_examples_file_reads_without_errors() -> None:
    result = read_gift(interop("gift", "moodle", "fixtures", "examples.txt"))
    assert result.entries and not [e.problems for e in result.entries if e.has_error]


def test_bad_blocks_get_a_clear_message_with_their_line(tmp_path: Path) -> None:
    text = "Good? {T}\n\nUnclosed {=a ~b\n\nBad number {#abc}\n\nStray text {x =a ~b}\n"
    result = read_gift_text(text, "bank.gift")
    errors = [(e.source, e.problems[0].message) for e in result.entries if e.has_error]
    assert [source for source, _ in errors] == ["bank.gift:3", "bank.gift:5", "bank.gift:7"]
    assert '"{" has no closing "}"' in errors[0][1]
    assert '"abc" is not a number' in errors[1][1]


def test_idnumber_in_comments_as_moodle_reads_it() -> None:
    from exporters.banks.interop.gift_reader import comment_id

    facts = json.loads((INTEROP / "gift" / "moodle" / "EXPECTED.json").read_text())
    for case in interop_cases(facts):
        comments = [line.lstrip()[2:] for line in case["comment"].split("\n")]
        assert comment_id(comments) == case["idnumber"], case["comment"]
    result = read_gift_text("// A comment with [id:frog] <-- an idnumber.\n::Q1:: Hi {}\n", "x")
    assert result.entries[0].question is not None
    assert result.entries[0].question.id == "frog"


def interop_cases(facts: dict) -> list[dict]:
    return facts["extract_idnumber_and_tags_from_comment"]
