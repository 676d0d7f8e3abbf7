"""Without the passphrase nothing in the package reveals an answer or a trainer note."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from courseware import model as m
from courseware.classroom import open_package
from courseware.classroom.redaction import Redactor
from tests.courseware.classroom.conftest import SECRETS


def clear_texts(package_file: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package_file) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("marker", sorted(SECRETS))
def test_secret_is_absent_from_raw_bytes_and_clear_members(package_file: Path,
                                                            marker: str) -> None:
    needle = SECRETS[marker].encode("utf-8")
    assert needle not in package_file.read_bytes()
    for name, data in clear_texts(package_file).items():
        assert needle not in data, f"{marker} leaks in {name}"


def test_extracted_files_hold_no_secret(package_file: Path) -> None:
    with open_package(package_file) as package:
        texts = [p.read_bytes() for p in package.content_root.rglob("*") if p.is_file()]
    for marker, secret in SECRETS.items():
        assert all(secret.encode() not in text for text in texts), marker


def test_clear_quiz_has_no_key_fields(package_file: Path) -> None:
    quiz_text = clear_texts(package_file)["course/modules/01-m1/m1-quiz.yaml"].decode()
    for key in ("correct:", "feedback:", "accepted: [", "model_answer", "rubric",
                "score_percent", "answer:"):
        if key == "accepted: [":
            assert "accepted: []" in quiz_text
            continue
        assert key not in quiz_text, key


def test_options_are_shuffled_and_renamed_so_order_reveals_nothing() -> None:
    question = m.SingleChoiceQuestion(id="q", options=[
        m.Option("a", "对的", correct=True), m.Option("b", "错一"), m.Option("c", "错二")])
    data = Redactor().question_data(question)
    assert [o["id"] for o in data["options"]] == ["p1", "p2", "p3"]
    assert sorted(o["text"] for o in data["options"]) == sorted(["对的", "错一", "错二"])
    assert set(data["options"][0]) == {"id", "text"}


def test_matching_keeps_left_items_and_shows_every_right_item() -> None:
    matching = m.MatchingQuestion(id="m", pairs=[m.MatchPair("甲", "一"), m.MatchPair("乙", "二"),
                                                 m.MatchPair("丙", "三")], distractors=["四"])
    data = Redactor().question_data(matching)
    shown = [p["right"] for p in data["pairs"]] + data.get("distractors", [])
    assert sorted(shown) == sorted(["一", "二", "三", "四"])
    assert [p["left"] for p in data["pairs"]] == ["甲", "乙", "丙"]


def test_scenario_keeps_the_dialogue_but_not_the_scores() -> None:
    question = m.ScenarioQuestion(id="s", start="n1", nodes=[
        m.ScenarioNode("n1", "开场", [m.ScenarioChoice("好", "end", "好反馈")]),
        m.ScenarioNode("end", "结束", ending=m.ScenarioEnding(100, "结局反馈"))])
    data = Redactor().question_data(question)
    nodes = {node["id"]: node for node in data["nodes"]}
    opening = nodes[data["start"]]
    assert opening["text"] == "开场" and [c["text"] for c in opening["choices"]] == ["好"]
    ending = nodes[opening["choices"][0]["next"]]
    assert ending == {"id": ending["id"], "text": "", "ending": {}}
