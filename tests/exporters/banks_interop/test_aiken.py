"""Aiken: Moodle's fixtures read as Moodle reads them; errors named with their line; export
keeps every single-choice question and reports the rest."""

from __future__ import annotations

import html
import json
from pathlib import Path

from courseware import model as m
from exporters.banks import bank_formats
from exporters.banks.formats.aiken import questions_to_aiken, read_aiken, read_aiken_text
from tests.exporters.banks_interop.conftest import INTEROP, interop
from tests.exporters.banks_interop.roundtrip import bundled_questions, normalised


def _facts() -> dict:
    return json.loads((INTEROP / "aiken" / "moodle" / "EXPECTED.json").read_text())


def test_moodle_questions_fixture() -> None:
    result = read_aiken(interop("aiken", "moodle", "questions.aiken.txt"))
    want = _facts()["questions.aiken.txt"]
    assert len(result.entries) == want["import_count"] and not result.problems
    for entry, expected in zip(result.entries, want["questions"], strict=True):
        q = entry.question
        assert isinstance(q, m.SingleChoiceQuestion)
        # Moodle stores HTML with & < > escaped; our prompts keep the characters themselves
        assert q.prompt == html.unescape(expected["questiontext"])
        assert [o.text for o in q.options] == expected["answers"]
        assert [o.correct for o in q.options] == [
            i == expected["correct_index"] for i in range(len(expected["answers"]))]


def test_moodle_errors_fixture_reports_each_problem_at_its_line() -> None:
    result = read_aiken(interop("aiken", "moodle", "aiken_errors.txt"))
    want = _facts()["aiken_errors.txt"]
    good = [e.question for e in result.entries if not e.has_error]
    assert len(good) == want["import_count"]
    assert [q.prompt for q in good if q] == [w["name"] for w in want["questions"]]
    assert [[o.text for o in q.options] for q in good if isinstance(q, m.SingleChoiceQuestion)] \
        == [[html.unescape(a) for a in w["answers"]] for w in want["questions"]]
    errors = [(p.source, p.message) for e in result.entries for p in e.problems] + \
        [(p.source, p.message) for p in result.problems]
    # as Moodle: too few answers, not started (5, 7), never finished; we name the line the
    # question starts on (Moodle the line where it noticed: 3 and 18)
    assert sorted(errors) == sorted([
        ("aiken_errors.txt:1", "a question needs at least two options (A) … B) …)"),
        ("aiken_errors.txt:5", "an option or ANSWER line before any question text"),
        ("aiken_errors.txt:7", "an option or ANSWER line before any question text"),
        ("aiken_errors.txt:14",
         'not finished: no "ANSWER: X" line before the next question or the end'),
    ])


def test_export_format_is_moodles() -> None:
    q = m.SingleChoiceQuestion(id="odd", prompt="Which is the\n\noddest number?", options=[
        m.Option("a", "One", True), m.Option("b", "Two"), m.Option("c", "Three"),
        m.Option("d", "Four")])
    text, problems, written = questions_to_aiken([q, q])
    assert written == 2 and problems == []
    expected = _facts()["export"]["expected_output_one_of_four"]
    assert text == expected * 2  # each question ends with a blank line


def test_bundled_single_choice_questions_survive_the_rest_are_reported(tmp_path: Path) -> None:
    questions = bundled_questions()
    fmt = bank_formats()["aiken"]
    assert fmt.write and fmt.read
    written = fmt.write(questions, tmp_path / "bank.aiken", None)
    back = [e.question for e in fmt.read(tmp_path / "bank.aiken").entries]
    singles = [q for q in questions if isinstance(q, m.SingleChoiceQuestion)]
    assert written.written == len(singles) == len(back)
    for original, read in zip(singles, back, strict=True):
        assert isinstance(read, m.SingleChoiceQuestion)
        want = normalised(original)
        assert read.prompt == " ".join(want.prompt.split())
        assert [(o.text, o.correct) for o in read.options] == [
            (" ".join(o.text.split()), o.correct) for o in want.options]
    refused = {p.source for p in written.problems if "not exported" in p.message}
    assert refused == {q.id for q in questions if not isinstance(q, m.SingleChoiceQuestion)}
    lost_feedback = {p.source for p in written.problems if "feedback" in p.message}
    assert lost_feedback == {q.id for q in singles if q.feedback or any(
        o.feedback for o in q.options)}


def test_chinese_and_odd_lines() -> None:
    text = "\ufeff客户投诉时先做什么？\r\nA．先倾听\r\nB) 先解释\r\nANSWER: A\r\n\r\nx\n"
    result = read_aiken_text(text, "题库.txt")
    # "A．" (full-width point) is not an Aiken option marker: Moodle would not read it either
    assert [e.has_error for e in result.entries] == [True, True]
