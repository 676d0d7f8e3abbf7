"""100 real Chinese exam items (GAOKAO-Bench) pasted as text, as a trainer would copy them from
a paper: ``1．（ 4分）题干 … A．…  B．…  C．…  D．…`` with several options on one line."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from courseware import model as m
from exporters.banks.formats.txt import read_text
from tests.exporters.banks.conftest import SHARED


def items() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    folder = SHARED / "interop" / "zh-items"
    if not folder.is_dir():
        pytest.skip(f"shared fixtures {folder} are absent (CI lays ../shared beside the clone)")
    raw = json.loads((folder / "gaokao_100_raw.json").read_text(encoding="utf-8"))["records"]
    structured = json.loads((folder / "gaokao_100_structured.json").read_text(encoding="utf-8"))
    return [r["record"] for r in raw], structured["items"]


def _flat(text: str) -> str:
    return "".join(text.split())


def _check(questions: list[m.Question | None], structured: list[dict[str, Any]]) -> None:
    assert len(questions) == len(structured)
    for question, item in zip(questions, structured, strict=True):
        assert isinstance(question, m.SingleChoiceQuestion), item["id"]
        assert [_flat(o.text) for o in question.options] == \
            [_flat(t) for t in item["options"].values()], item["id"]
        correct = [o.id.upper() for o in question.options if o.correct]
        assert correct == [item["answer"]], item["id"]


def test_answer_lines_after_each_item() -> None:
    records, structured = items()
    text = "\n".join(f"{r['question'].strip()}\n答案：{''.join(r['answer'])}\n" for r in records)
    result = read_text(text, "gaokao.txt")
    errors = [(e.source, p.message) for e in result.entries for p in e.problems
              if p.severity == "error"]
    assert not errors
    _check([e.question for e in result.entries], structured)
    # the score printed in the item （ 4分） (the records' own score field disagrees for a few;
    # one item's score is garbled by OCR and the default 1 applies)
    printed = [re.search(r"[（(]\s*(\d+)\s*分\s*[)）]", r["question"]) for r in records]
    expected = [float(match.group(1)) if match else 1.0 for match in printed]
    assert [e.question.points for e in result.entries if e.question] == expected


def test_separate_answer_key_at_the_end() -> None:
    records, structured = items()
    text = "\n\n".join(r["question"].strip() for r in records)
    key = " ".join(f"{n}.{''.join(r['answer'])}" for n, r in enumerate(records, start=1))
    result = read_text(text + "\n\n参考答案\n" + key + "\n", "gaokao.txt")
    _check([e.question for e in result.entries], structured)
