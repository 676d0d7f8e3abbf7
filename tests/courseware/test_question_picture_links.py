"""Pictures in question texts follow the rules of lesson pictures: relative to the quiz file,
inside the course folder, and present; a missing one is a problem at the quiz file."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.format import load_course
from courseware.question_markdown import markdown_texts
from tests.courseware.course_builder import edit, write_sample_course

QUIZ = "modules/01-m1/m1-quiz.yaml"


@pytest.fixture
def course_dir(tmp_path: Path) -> Path:
    return write_sample_course(tmp_path / "course")


def test_a_present_picture_in_an_option_is_valid(course_dir: Path) -> None:
    (course_dir / "media").mkdir(exist_ok=True)
    (course_dir / "media" / "card.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    edit(course_dir, QUIZ, "倾听优先", "倾听优先\n\n    ![卡片](../../media/card.png)")
    assert load_course(course_dir).ok


@pytest.mark.parametrize("target, fragment", [
    ("../../media/missing.png", "image not found"),
    ("../../../outside.png", "outside the course"),
])
def test_a_bad_picture_in_feedback_is_reported_at_the_quiz(course_dir: Path, target: str,
                                                           fragment: str) -> None:
    edit(course_dir, QUIZ, "倾听优先", f"倾听优先 ![图]({target})")
    result = load_course(course_dir)
    found = [str(p) for p in result.problems if target in str(p)]
    assert found and found[0].startswith(f"{QUIZ}:"), [str(p) for p in result.problems]
    assert fragment in found[0]


def test_markdown_texts_cover_every_field() -> None:
    question = m.MatchingQuestion(id="q", prompt="P", feedback="F",
                                  pairs=[m.MatchPair("L", "R")], distractors=["D"])
    assert markdown_texts(question) == ["P", "F", "L", "R", "D"]
    choice = m.SingleChoiceQuestion(id="c", prompt="P", options=[m.Option("a", "T", True, "B")])
    assert markdown_texts(choice) == ["P", "T", "B"]
