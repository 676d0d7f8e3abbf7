"""Moodle XML: Moodle's unit cases and fixtures read as Moodle reads them (as far as the domain
holds them), exports re-import identically, hostile XML is refused with a message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from courseware import model as m
from exporters.banks import bank_formats
from exporters.banks.formats.moodle_xml import questions_to_moodle_xml, read_moodle_xml
from exporters.banks.interop.html_text import html_to_markdown
from exporters.banks.interop.moodle_xml_reader import read_moodle_xml_bytes
from tests.exporters.banks_interop.conftest import INTEROP, interop
from tests.exporters.banks_interop.roundtrip import (
    bundled_questions,
    normalised,
    numerical_questions,
    tricky_questions,
)

UNIT = INTEROP / "moodle-xml" / "moodle-unit"
CASES = sorted(p.name[:-len(".expected.json")] for p in UNIT.glob("import_*.expected.json")) \
    if UNIT.is_dir() else ["-"]


def _rich(value: Any, fmt: int = 1) -> str:
    text, fmt = (value["text"], value["format"]) if isinstance(value, dict) else (value, fmt)
    return " ".join((html_to_markdown(text) if fmt == 1 else text or "").split())


def _only(result: Any) -> Any:
    [entry] = result.entries
    assert not entry.has_error, entry.problems
    return entry


@pytest.mark.parametrize("case", CASES)
def test_moodle_unit_import(case: str) -> None:
    path = interop("moodle-xml", "moodle-unit", f"{case}.xml")
    want = json.loads((UNIT / f"{case}.expected.json").read_text(encoding="utf-8"))
    result = read_moodle_xml(path)
    if want["qtype"] == "description":
        assert result.entries == [] and [p.severity for p in result.problems] == ["warning"]
        return
    entry = _only(result)
    q = entry.question
    prompt = q.prompt.removesuffix(" _____")
    assert " ".join(prompt.split()) == _rich(want["questiontext"], want["questiontextformat"])
    assert " ".join(q.feedback.split()) == _rich(want["generalfeedback"],
                                                 want.get("generalfeedbackformat", 1))
    assert q.points == (want["defaultmark"] or 1)
    kind = want["qtype"]
    if kind == "multichoice":
        assert isinstance(q, m.MultipleChoiceQuestion if not want["single"]
                          else m.SingleChoiceQuestion)
        assert [o.text for o in q.options] == [_rich(a) for a in want["answer"]]
        assert [o.correct for o in q.options] == [f > 0 for f in want["fraction"]]
    elif kind == "truefalse":
        assert isinstance(q, m.TrueFalseQuestion) and q.answer is bool(want["correctanswer"])
        assert q.true_feedback == _rich(want["feedbacktrue"])
        assert q.false_feedback == _rich(want["feedbackfalse"])
        if "idnumber" in want:
            assert q.id == want["idnumber"]
    elif kind == "match":
        pairs = list(zip([_rich(s) for s in want["subquestions"]], want["subanswers"],
                         strict=True))
        assert [(p.left, p.right) for p in q.pairs] == [(lt, rt) for lt, rt in pairs if lt]
        assert q.distractors == [rt for lt, rt in pairs if not lt]
    elif kind == "numerical":
        kept = [(float(a), float(t), f * 100) for a, t, f in
                zip(want["answer"], want["tolerance"], want["fraction"], strict=True) if a != "*"]
        assert [(a.value, a.tolerance, a.fraction) for a in q.answers] == kept
        assert [a.feedback for a in q.answers] == [
            _rich(f) for f, a in zip(want["feedback"], want["answer"], strict=True) if a != "*"]
        assert len(entry.problems) == 1  # the "*" answer is reported
    elif kind == "shortanswer":
        assert isinstance(q, m.FillBlankQuestion)
        assert q.blanks[0].accepted == [a for a, f in zip(want["answer"], want["fraction"],
                                                          strict=True) if f > 0]
        assert q.blanks[0].case_sensitive is bool(want["usecase"])
    else:
        assert isinstance(q, m.EssayQuestion)


def test_truefalse_fixture_brings_its_images() -> None:
    result = read_moodle_xml(interop("moodle-xml", "format-fixtures", "truefalse.xml"))
    assert len(result.entries) == 2 and not [e for e in result.entries if e.has_error]
    assert result.categories == ["TrueFalse"]  # "$course$/Default for testhead/TrueFalse"
    assert result.media["logo.jpg"][:3] == b"\xff\xd8\xff"  # a JPEG
    assert "![Moodle logo](media/logo.jpg)" in result.entries[0].question.prompt


def test_old_image_tags_are_appended_to_the_prompt() -> None:
    result = read_moodle_xml(interop("moodle-xml", "format-fixtures",
                                     "sample_questions_with_old_image_tag.xml"))
    images = [e for e in result.entries if e.question and "](media/" in e.question.prompt]
    assert images and result.media


def test_nested_categories_and_old_format_paths() -> None:
    facts = json.loads((INTEROP / "moodle-xml" / "EXPECTED.json").read_text())
    for name in ("nested_categories_with_questions.xml", "old_format_file.xml"):
        result = read_moodle_xml(interop("moodle-xml", "format-fixtures", name))
        want = facts[f"format-fixtures/{name}"]["questions"]
        got = {e.question.prompt: e.question.category for e in result.entries if e.question}
        for question, category in want.items():
            assert got[f"Testing {question}"].split("/")[-1] == category


@pytest.mark.parametrize("name", ["multianswer.xml", "broken_cloze_questions.xml"])
def test_cloze_with_other_gap_types_is_refused_clearly(name: str) -> None:
    result = read_moodle_xml(interop("moodle-xml", "format-fixtures", name))
    cloze = [e for e in result.entries if e.has_error]
    assert cloze and all("cloze" in p.message.lower() or "not imported" in p.message
                         for e in cloze for p in e.problems)
    assert all(e.source.startswith(f"{name}:") for e in result.entries)


def test_every_qtype_fixture_is_read_or_refused_by_name() -> None:
    folder = interop("moodle-xml", "qtype-fixtures")
    for path in sorted(folder.glob("*.xml")):
        result = read_moodle_xml(path)
        assert not [p for p in result.problems if p.severity == "error"], path.name
        for entry in result.entries:
            if entry.has_error:
                assert "has no counterpart" in entry.problems[0].message, path.name
            else:
                assert entry.question is not None
    ordering = _only(read_moodle_xml(folder / "ordering.testquestion.moodle.xml")).question
    assert ordering.items == ["Modular", "Object", "Oriented", "Dynamic", "Learning",
                              "Environment"]


def _comparable(q: m.Question) -> m.Question:
    want = normalised(q, keep_points=True)
    if isinstance(want, m.EssayQuestion):
        want.rubric = []
    if isinstance(want, m.MultipleChoiceQuestion):
        want.scoring = None
    if isinstance(want, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        for index, option in enumerate(want.options):
            option.id = chr(ord("a") + index)
    return want


def _multi_blank() -> list[m.Question]:
    return [m.FillBlankQuestion(id="cloze", prompt="四个环节：倾听、___、回应、___。", points=2,
                                blanks=[m.Blank(["认同", "认可"]),
                                        m.Blank(["跟进}#~/\"\\"], case_sensitive=True)]),
            m.NumericalQuestion(id="units", prompt="手续费？", answers=[
                m.NumericalAnswer(1200, 1, 100, "对")],
                units=[m.NumericalUnit("元"), m.NumericalUnit("万元", 0.0001)])]


@pytest.mark.parametrize("source", ["bundled", "numerical", "tricky", "cloze"])
def test_export_reimports_identically(source: str) -> None:
    questions = {"bundled": bundled_questions, "numerical": numerical_questions,
                 "tricky": tricky_questions, "cloze": _multi_blank}[source]()
    text, problems, written = questions_to_moodle_xml(questions)
    result = read_moodle_xml_bytes(text.encode("utf-8"), "export.xml")
    assert not result.problems and not [e.problems for e in result.entries if e.problems]
    back = [normalised(e.question, keep_points=True) for e in result.entries if e.question]
    held = [q for q in questions if not isinstance(q, m.ScenarioQuestion)]
    assert written == len(back) == len(held)
    assert back == [_comparable(q) for q in held]
    refused = {p.source for p in problems if "not exported" in p.message}
    assert refused == {q.id for q in questions if isinstance(q, m.ScenarioQuestion)}


def test_images_from_the_course_media_travel_as_plugin_files(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "chart.png").write_bytes(b"\x89PNG fake")
    q = m.SingleChoiceQuestion(id="img", prompt="看图：![图表](../media/chart.png)", options=[
        m.Option("a", "甲", True), m.Option("b", "乙")])
    fmt = bank_formats()["moodle-xml"]
    assert fmt.write and fmt.read
    fmt.write([q], tmp_path / "bank.xml", media)
    text = (tmp_path / "bank.xml").read_text(encoding="utf-8")
    assert "@@PLUGINFILE@@/chart.png" in text and 'encoding="base64"' in text
    result = fmt.read(tmp_path / "bank.xml")
    assert result.media == {"chart.png": b"\x89PNG fake"}
    assert result.entries[0].question.prompt == "看图：![图表](media/chart.png)"


HOSTILE = {
    "billion laughs": b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">'
                      b'<!ENTITY b "&a;&a;&a;&a;">]><quiz>&b;</quiz>',
    "external entity": b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM '
                       b'"file:///etc/passwd">]><quiz>&x;</quiz>',
    "doctype only": b'<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://example.com/q.dtd">'
                    b"<quiz/>",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_entities_and_dtds_are_refused(name: str) -> None:
    result = read_moodle_xml_bytes(HOSTILE[name], "evil.xml")
    assert result.entries == []
    assert [p.severity for p in result.problems] == ["error"]
    assert "entities or a DTD" in result.problems[0].message


@pytest.mark.parametrize(("data", "fragment"), [
    (b"\x00\x01binary junk", "not a readable Moodle XML file"),
    (b"<html><body/></html>", "no <quiz> root element"),
    (b"<quiz><question type='multichoice'><defaultgrade>two</defaultgrade></question></quiz>",
     '"two" in <defaultgrade> is not a number'),
])
def test_broken_files_get_a_message(data: bytes, fragment: str) -> None:
    result = read_moodle_xml_bytes(data, "bad.xml")
    messages = [p.message for p in result.problems] + [
        p.message for e in result.entries for p in e.problems]
    assert any(fragment in message for message in messages), messages


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from exporters.banks.interop import reading

    monkeypatch.setattr(reading, "MAX_BANK_BYTES", 1000)
    path = tmp_path / "big.xml"
    path.write_bytes(b"<quiz>" + b" " * 2000 + b"</quiz>")
    result = read_moodle_xml(path)
    assert result.entries == [] and "MB" in result.problems[0].message


EXPORTS = ["multichoice", "truefalse", "shortanswer", "numerical", "match", "essay"]


@pytest.mark.parametrize("kind", EXPORTS)
def test_moodles_own_exports_read_back_as_its_input(kind: str) -> None:
    """Moodle wrote export_X.expected.xml from export_X.input.json: reading it gives that
    question (as far as the domain holds it)."""
    path = interop("moodle-xml", "moodle-unit", f"export_{kind}.expected.xml")
    source = json.loads((UNIT / f"export_{kind}.input.json").read_text(encoding="utf-8"))
    entry = _only(read_moodle_xml(path))
    q = entry.question
    assert q.points == source["defaultmark"]
    assert " ".join(q.prompt.removesuffix(" _____").split()) == _rich(
        source["questiontext"], source["questiontextformat"])
    options = source["options"]
    answers = list(options.get("answers", {}).values())
    if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
        assert isinstance(q, m.MultipleChoiceQuestion) is not bool(options["single"])
        assert [(o.text, o.correct) for o in q.options] == [
            (_rich(a["answer"], a["answerformat"]), a["fraction"] > 0) for a in answers]
    elif isinstance(q, m.TrueFalseQuestion):
        assert q.answer is (options["answers"][str(options["trueanswer"])]["fraction"] == 1)
        assert q.true_feedback == _rich(options["answers"][str(options["trueanswer"])]["feedback"])
    elif isinstance(q, m.FillBlankQuestion):
        assert q.blanks[0].accepted == [a["answer"] for a in answers
                                        if a["fraction"] > 0 and a["answer"] != "*"]
    elif isinstance(q, m.NumericalQuestion):
        assert [(a.value, a.tolerance, a.fraction / 100) for a in q.answers] == [
            (float(a["answer"]), a["tolerance"], a["fraction"]) for a in answers
            if a["answer"] != "*"]
    elif isinstance(q, m.MatchingQuestion):
        subs = options["subquestions"]
        assert [(p.left, p.right) for p in q.pairs] == [
            (_rich(s["questiontext"]), s["answertext"]) for s in subs if s["questiontext"]]
    else:
        assert isinstance(q, m.EssayQuestion)
        assert q.model_answer == "Grade **generously**!"


def _moodle_tags() -> dict[str, set[str]]:
    """Child tags Moodle itself writes, per question type (its exports and test questions)."""
    import xml.etree.ElementTree as ET  # our own trusted fixtures

    tags: dict[str, set[str]] = {}
    folders = [interop("moodle-xml", "moodle-unit"), interop("moodle-xml", "qtype-fixtures"),
               interop("moodle-xml", "format-fixtures")]
    for path in [p for folder in folders for p in folder.glob("*.xml")]:
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text if "<quiz" in text else f"<quiz>{text}</quiz>")
        for question in root.iter("question"):
            found = tags.setdefault(question.get("type", ""), set())
            for child in question.iter():
                found.add(child.tag)
    return tags


def test_we_write_only_tags_moodle_writes() -> None:
    import xml.etree.ElementTree as ET  # our own output

    known = _moodle_tags()
    # no fixture has numerical units; these are the tags of Moodle's qformat_xml
    # write_numerical_units()/import_numerical() (question/format/xml/format.php)
    known["numerical"] |= {"units", "unit", "multiplier", "unit_name", "unitgradingtype",
                           "showunits", "unitsleft"}
    questions = bundled_questions() + numerical_questions() + _multi_blank()
    text, _problems, _written = questions_to_moodle_xml(questions)
    for question in ET.fromstring(text).iter("question"):
        kind = question.get("type", "")
        moodle = known[kind]  # Moodle writes "matching" and "cloze" as we do
        ours = {child.tag for child in question.iter()}
        assert ours <= moodle, (kind, ours - moodle)


def test_images_that_cannot_travel_are_named(tmp_path: Path) -> None:
    from exporters.banks.formats.aiken import questions_to_aiken
    from exporters.banks.formats.gift import questions_to_gift

    q = m.SingleChoiceQuestion(id="img", prompt="看图：![图](media/missing.png)", options=[
        m.Option("a", "甲", True), m.Option("b", "乙")])
    for write in (questions_to_gift, questions_to_aiken, questions_to_moodle_xml):
        _text, problems, written = write([q])
        assert written == 1
        assert [p.message for p in problems if "images" in p.message], write.__name__
