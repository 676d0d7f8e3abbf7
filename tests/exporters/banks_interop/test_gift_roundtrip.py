"""GIFT export → import gives the same questions; what GIFT cannot hold is reported per
question; the independent parser gift-pegjs reads our export as the same questions."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from courseware import model as m
from exporters.banks import bank_formats
from exporters.banks.formats.gift import questions_to_gift
from exporters.banks.interop.gift_reader import read_gift_text
from tests.conftest import REPO_ROOT
from tests.exporters.banks_interop.roundtrip import (
    bundled_questions,
    normalised,
    numerical_questions,
    tricky_questions,
)
from tests.exporters.banks_interop.test_gift_pegjs_fixtures import (
    _squeeze,
    expected_summary,
    our_summary,
)

GIFT_TYPES = (m.SingleChoiceQuestion, m.MultipleChoiceQuestion, m.TrueFalseQuestion,
              m.MatchingQuestion, m.EssayQuestion, m.NumericalQuestion)
ORACLE = REPO_ROOT / ".npm-oracles"


def _holdable(q: m.Question) -> bool:
    return isinstance(q, GIFT_TYPES) or (isinstance(q, m.FillBlankQuestion)
                                         and len(q.blanks) == 1)


def _expected(q: m.Question) -> m.Question:
    want = normalised(q)
    if isinstance(want, m.EssayQuestion):
        want.rubric, want.model_answer = [], ""
    if isinstance(want, m.MultipleChoiceQuestion):
        want.scoring = None
    if isinstance(want, m.FillBlankQuestion):
        for blank in want.blanks:
            blank.case_sensitive = False
    if isinstance(want, m.NumericalQuestion):
        want.units = []
    return want


def _reimported(questions: list[m.Question]) -> tuple[list[m.Question], str, list]:
    text, problems, written = questions_to_gift(questions)
    result = read_gift_text(text, "export.gift")
    assert written == len(result.entries)
    assert not [e.problems for e in result.entries if e.problems]
    return [normalised(e.question) for e in result.entries if e.question], text, problems


def _renumbered(questions: list[m.Question]) -> list[m.Question]:
    """Option ids as a reader gives them (a, b, c …)."""
    out = []
    for q in questions:
        if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            for index, option in enumerate(q.options):
                option.id = chr(ord("a") + index)
        out.append(q)
    return out


@pytest.mark.parametrize("source", ["bundled", "numerical", "tricky"])
def test_every_question_gift_can_hold_survives(source: str) -> None:
    questions = {"bundled": bundled_questions, "numerical": numerical_questions,
                 "tricky": tricky_questions}[source]()
    back, _text, problems = _reimported(questions)
    holdable = [q for q in questions if _holdable(q)]
    assert back == _renumbered([_expected(q) for q in holdable])
    refused = {p.source for p in problems if "not exported" in p.message}
    assert refused == {q.id for q in questions if not _holdable(q)}


def test_bundled_course_warnings_name_what_is_lost() -> None:
    questions = bundled_questions()
    _back, _text, problems = _reimported(questions)
    by_id = {q.id: q for q in questions}
    for problem in problems:
        q = by_id[problem.source]
        assert problem.severity == "warning"
        if isinstance(q, m.OrderingQuestion | m.ScenarioQuestion):
            assert "cannot hold" in problem.message
    essays = [q for q in questions if isinstance(q, m.EssayQuestion) and q.rubric]
    assert essays and all(any(p.source == q.id and "rubric" in p.message for p in problems)
                          for q in essays)


def test_numerical_units_and_points_are_reported() -> None:
    q = m.NumericalQuestion(id="u", points=2, answers=[m.NumericalAnswer(1)],
                            units=[m.NumericalUnit("元")])
    _text, problems, _written = questions_to_gift([q])
    assert sorted(p.message for p in problems) == [
        "GIFT cannot hold the points (2): left out", "GIFT cannot hold the units: left out"]


def test_writer_writes_a_file_found_by_the_registry(tmp_path: Path) -> None:
    fmt = bank_formats()["gift"]
    assert fmt.write and fmt.read
    result = fmt.write(tricky_questions(), tmp_path / "out.gift", None)
    assert result.written == 3
    assert len(fmt.read(tmp_path / "out.gift").entries) == 3


def _oracle_parse(text: str) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (ORACLE / "node_modules" / "gift-pegjs").is_dir():
        pytest.skip("gift-pegjs not installed: scripts/test.sh installs it into .npm-oracles")
    script = Path(__file__).with_name("gift_oracle.js")
    run = subprocess.run([node, str(script), str(ORACLE)], input=text, capture_output=True,
                         text=True, encoding="utf-8", check=True, timeout=60)
    return json.loads(run.stdout)


@pytest.mark.parametrize("source", ["bundled", "numerical", "tricky"])
def test_gift_pegjs_reads_our_export_as_the_same_questions(source: str) -> None:
    questions = {"bundled": bundled_questions, "numerical": numerical_questions,
                 "tricky": tricky_questions}[source]()
    text, _problems, written = questions_to_gift(questions)
    parsed = [q for q in _oracle_parse(text) if q["type"] != "Category"]
    ours = [e.question for e in read_gift_text(text, "x.gift").entries if e.question]
    assert len(parsed) == written == len(ours)
    assert [_squeeze(expected_summary(q)) for q in parsed] == \
        [_squeeze(our_summary(q)) for q in ours]
    assert [q["title"] for q in parsed] == [q.id for q in ours]
