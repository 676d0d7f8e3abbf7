"""The clear part of real package files carries no id, text or order that tells the key."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

from courseware import model as m
from courseware.classroom import build_package, open_package
from courseware.format.writer import save_course

PASSPHRASE = "春季班 信任服务 第三期"
BUILDS = 16  # with a fair shuffle, one order in all 16 happens once in 32 768
QUIZ = "course/modules/m1/quiz.yaml"
ENDING_TEXTS = ("客户当场表扬了你", "客户投诉到了分行")
ENDING_FEEDBACK = ("结局反馈：倾听让客户安心",)


def two_item_course() -> m.Course:
    quiz = m.Quiz(id="quiz", title="测验", questions=[
        m.SingleChoiceQuestion(id="choice", prompt="先做什么？", options=[
            m.Option("right", "先倾听", correct=True), m.Option("wrong", "先解释规定")]),
        m.OrderingQuestion(id="order", prompt="排序", items=["倾听", "回应"]),
        m.MatchingQuestion(id="match", prompt="配对",
                           pairs=[m.MatchPair("甲", "一"), m.MatchPair("乙", "二")]),
        m.ScenarioQuestion(id="scene", prompt="情景", start="open", nodes=[
            m.ScenarioNode("open", "客户来电", [m.ScenarioChoice("倾听", "end-good"),
                                             m.ScenarioChoice("打断", "end-bad")]),
            m.ScenarioNode("end-good", ENDING_TEXTS[0],
                           ending=m.ScenarioEnding(100, ENDING_FEEDBACK[0])),
            m.ScenarioNode("end-bad", ENDING_TEXTS[1], ending=m.ScenarioEnding(0, "差")),
        ]),
    ], path="modules/m1/quiz.yaml")
    module = m.Module(id="m1", title="模块", items=[quiz], folder="modules/m1")
    return m.Course(id="two", title="两项课程", modules=[module])


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from courseware.scrypt_params import ScryptParams

    original = ScryptParams.fresh
    ScryptParams.fresh = classmethod(  # type: ignore[method-assign,assignment]
        lambda cls: cls(salt=b"0123456789abcdef", n=2**10))
    try:
        folder = tmp_path_factory.mktemp("clear")
        course = two_item_course()
        save_course(course, folder / "course")
        built = []
        for index in range(BUILDS):
            output = folder / f"{index}.cwpkg"
            build_package(course, folder / "course", output, PASSPHRASE)
            built.append(output)
        return built
    finally:
        ScryptParams.fresh = original  # type: ignore[method-assign]


def clear_quiz(package: Path) -> dict[str, dict[str, object]]:
    with zipfile.ZipFile(package) as archive:
        data = yaml.safe_load(archive.read(QUIZ).decode("utf-8"))
    return {question["id"]: question for question in data["questions"]}


def test_two_options_two_items_and_two_pairs_come_in_either_order(packages: list[Path]) -> None:
    options: set[tuple[str, ...]] = set()
    items: set[tuple[str, ...]] = set()
    rights: set[tuple[str, ...]] = set()
    for package in packages:
        quiz = clear_quiz(package)
        options.add(tuple(o["text"] for o in quiz["choice"]["options"]))  # type: ignore[attr-defined]
        items.add(tuple(quiz["order"]["items"]))  # type: ignore[arg-type]
        rights.add(tuple(p["right"] for p in quiz["match"]["pairs"]))  # type: ignore[attr-defined]
    assert options == {("先倾听", "先解释规定"), ("先解释规定", "先倾听")}
    assert items == {("倾听", "回应"), ("回应", "倾听")}
    assert rights == {("一", "二"), ("二", "一")}


def test_scenario_ids_ending_texts_and_feedback_are_not_in_clear(packages: list[Path]) -> None:
    for package in packages:
        with zipfile.ZipFile(package) as archive:
            clear = b"".join(archive.read(name) for name in archive.namelist()
                             if name != "secrets.bin")
        for leak in ("end-good", "end-bad", *ENDING_TEXTS, *ENDING_FEEDBACK):
            assert leak.encode() not in clear, leak
        scene = clear_quiz(package)["scene"]
        nodes = {n["id"]: n for n in scene["nodes"]}  # type: ignore[attr-defined]
        first_choice = nodes[scene["start"]]["choices"][0]["next"]  # type: ignore[index]
        assert nodes[first_choice] == {"id": first_choice, "text": "", "ending": {}}


def test_the_unlocked_course_still_has_everything(packages: list[Path]) -> None:
    with open_package(packages[0], PASSPHRASE) as opened:
        assert opened.full == two_item_course()
