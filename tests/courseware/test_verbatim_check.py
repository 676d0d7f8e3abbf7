"""The course stays in its own words: at most 15% of its 14-character runs verbatim from the
five source articles (issue 17), measured by scripts/verbatim_check.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import BUNDLED_COURSE, REPO_ROOT

SOURCES = REPO_ROOT.parent / "shared" / "sources"


@pytest.fixture(scope="module")
def verbatim() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "verbatim_check", REPO_ROOT / "scripts" / "verbatim_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SOURCE = ("积极回应公式是指在与他人沟通时,通过积极的态度和有效的表达方式,来回应他人的需求和情感,"
          "从而促进沟通的有效性和人际关系的和谐。")


def _course(root: Path, lesson: str, question: str) -> Path:
    (root / "modules" / "m1" / "lessons").mkdir(parents=True)
    (root / "course.yaml").write_text("id: c\ntitle: 课程\n", encoding="utf-8")
    (root / "modules" / "m1" / "lessons" / "01.md").write_text(
        f"---\ntype: lesson\nid: l1\ntitle: 第一课\n---\n{lesson}\n", encoding="utf-8")
    (root / "modules" / "m1" / "quiz.yaml").write_text(
        f"id: q\nquestions:\n- id: q1\n  prompt: {question}\n", encoding="utf-8")
    return root


def test_normalising_drops_punctuation_space_and_width(verbatim: ModuleType):
    text = "沟通时，通过 **积极的** 态度,Ａ１\n来回应"
    assert verbatim.normalise(text) == "沟通时通过积极的态度a1来回应"


def test_a_copied_paragraph_counts_whatever_its_punctuation(verbatim: ModuleType,
                                                            tmp_path: Path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(SOURCE, encoding="utf-8")
    copied = SOURCE.replace(",", "，")
    own = "先听客户把话说完，再认同他的感受，然后给出具体的办法，最后按约定回电告诉他结果。"
    report = verbatim.check(_course(tmp_path / "c1", copied, own), sources)
    lesson = next(u for u in report.units if u.file.endswith("01.md"))
    assert lesson.total > 0 and len(lesson.copied) == lesson.total
    question = next(u for u in report.units if u.file.endswith("quiz.yaml"))
    assert question.total > 0 and question.copied == []
    assert report.share == pytest.approx(lesson.total / (lesson.total + question.total))
    assert all(u.text not in ("q1", "l1") for u in report.units)  # ids are not text


def test_the_command_fails_above_the_limit(verbatim: ModuleType, tmp_path: Path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(SOURCE, encoding="utf-8")
    course = _course(tmp_path / "c1", SOURCE, "自己的话")
    assert verbatim.main([str(course), "--sources", str(sources)]) == 1
    assert "100.0%" in capsys.readouterr().out
    assert verbatim.main([str(course), "--sources", str(tmp_path / "none")]) == 1


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source articles (shared/sources) are absent")
def test_the_bundled_course_is_at_most_15_percent_verbatim(verbatim: ModuleType):
    report = verbatim.check(BUNDLED_COURSE, SOURCES)
    assert report.total > 50_000  # the whole course was read, not a corner of it
    assert report.share <= 0.15, f"{report.share:.1%} of 14-character runs copied"
