"""``import questions`` / ``import lesson`` / ``export questions`` through main.main."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from courseware.format import load_course
from exporters.banks.formats import docx as docx_format
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.exporters.banks import wordgen as g

GOOD = "1. 客户最在意什么？\nA. 态度\nB. 速度\n答案：A\n\n2. 同理心等于同情。\n答案：错\n"
BAD = GOOD + "\n3. 坏题\nA. 甲\nB. 乙\n答案：E\n"


@pytest.fixture
def course(tmp_path: Path) -> Path:
    target = tmp_path / "course"
    shutil.copytree(BUNDLED_COURSE, target)
    return target


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process (tests never import main)."""
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--lang", "zh",
                           *map(str, args)], capture_output=True, text=True, timeout=120,
                          cwd=REPO_ROOT, check=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_import_json_report_and_unique_ids(course: Path, tmp_path: Path) -> None:
    bank = tmp_path / "题库.txt"
    bank.write_text(GOOD, encoding="utf-8")
    done = run("import", "questions", bank, bank, "--into", course, "--quiz", "m1-quiz", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["imported"] == 4 and report["problems"] == []
    assert [q["source"] for q in report["questions"]] == ["题库.txt:1", "题库.txt:6"] * 2
    ids = [q["id"] for q in report["questions"]]
    assert len(set(ids)) == 4
    loaded = load_course(course)
    assert loaded.ok, [str(p) for p in loaded.problems]
    assert loaded.course is not None
    quiz = loaded.course.find_quiz("m1-quiz")
    assert quiz is not None and [q.id for q in quiz.questions][-4:] == ids


def test_an_error_writes_nothing_unless_skip_invalid(course: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bad.txt"
    bank.write_text(BAD, encoding="utf-8")
    before = snapshot(course)
    done = run("import", "questions", bank, "--into", course, "--quiz", "m1-quiz")
    assert done.returncode == 1
    assert "bad.txt:9: 错误" in done.stdout and before == snapshot(course)
    assert "--skip-invalid" in done.stderr
    dry = run("import", "questions", bank, "--into", course, "--quiz", "m1-quiz", "--dry-run")
    assert dry.returncode == 1 and before == snapshot(course)
    done = run("import", "questions", bank, "--into", course, "--quiz", "m1-quiz",
               "--skip-invalid", "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["imported"] == 2
    assert report["problems"][0]["source"] == "bad.txt:9"
    assert before != snapshot(course) and load_course(course).ok


def test_new_quiz_and_images_deduplicated(course: Path, tmp_path: Path) -> None:
    body = g.para("1. 看图回答") + g.para(g.image()) + g.para("A. 甲 B. 乙") + g.para("答案：A")
    one = g.write_docx(tmp_path / "one.docx", body, media=True)
    two = g.write_docx(tmp_path / "two.docx", body, media=True)
    done = run("import", "questions", one, two, "--into", course, "--quiz", "bank-quiz",
               "--new-quiz", "导入题库", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    media = [p for p in (course / "media").iterdir() if p.read_bytes() == g.PNG]
    assert len(media) == 1  # same picture twice → one file
    loaded = load_course(course)
    assert loaded.ok, [str(p) for p in loaded.problems]
    assert loaded.course is not None
    quiz = loaded.course.find_quiz("bank-quiz")
    assert quiz is not None and quiz.title == "导入题库" and len(quiz.questions) == 2
    assert f"media/{media[0].name})" in quiz.questions[0].prompt
    # exported to Word again, the picture is embedded and reads back
    out = tmp_path / "again.docx"
    assert run("export", "questions", course, "--format", "docx", "--quiz", "bank-quiz",
               "-o", out).returncode == 0
    again = docx_format.read(out)
    assert list(again.media.values()) == [g.PNG]
    assert again.entries[0].question is not None
    assert "![](media/" in again.entries[0].question.prompt


def test_refusals_are_messages(course: Path, tmp_path: Path) -> None:
    old = tmp_path / "旧.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"not a zip" * 100)
    before = snapshot(course)
    done = run("import", "questions", old, junk, "--into", course, "--quiz", "m1-quiz")
    assert done.returncode == 1
    assert "另存为 .docx" in done.stdout and "junk.docx" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert before == snapshot(course)
    assert run("import", "questions", junk, "--into", course, "--quiz", "nope").returncode == 1
    lesson = run("import", "lesson", junk, "--into", course, "--module", "m1")
    assert lesson.returncode == 1 and "junk.docx" in lesson.stderr
    assert "Traceback" not in lesson.stderr and before == snapshot(course)


def test_export_questions_and_template(course: Path, tmp_path: Path) -> None:
    out = tmp_path / "m1.xlsx"
    assert run("export", "questions", course, "--format", "xlsx", "--quiz", "m1-quiz",
               "-o", out).returncode == 0
    assert out.is_file()
    text = tmp_path / "all.txt"
    done = run("export", "questions", course, "--format", "txt", "-o", text)
    assert done.returncode == 0
    assert "m1-s1: 警告" in done.stdout  # the scenario question is named, not dropped silently
    template = tmp_path / "模板.docx"
    assert run("export", "question-template", "--format", "docx", "-o", template).returncode == 0
    assert run("import", "questions", template, "--into", course, "--quiz", "m1-quiz",
               "--dry-run").returncode == 0


def test_import_lesson_from_word(course: Path, tmp_path: Path) -> None:
    numbering = g.numbering({0: [("decimal", "%1."), ("lowerLetter", "%2)")],
                             1: [("bullet", "•")]})
    body = (g.para("投诉处理要点", style="Heading1") + g.para("先倾听", style="Heading2")
            + g.para(g.run("重要：", bold=True), "不要打断客户。")
            + g.para("倾听", num=(1, 0)) + g.para("认同", num=(1, 0))
            + g.para("细节", num=(1, 1)) + g.para("要点", num=(2, 0))
            + g.table([["环节", "做法"], ["倾听", "复述确认"]]) + g.para(g.image()))
    doc = g.write_docx(tmp_path / "要点.docx", body, numbering, media=True)
    done = run("import", "lesson", doc, "--into", course, "--module", "m1")
    assert done.returncode == 0, done.stdout + done.stderr
    loaded = load_course(course)
    assert loaded.ok, [str(p) for p in loaded.problems]
    assert loaded.course is not None
    lesson = loaded.course.modules[0].lessons[-1]
    assert lesson.title == "投诉处理要点"
    body_md = lesson.body
    assert "## 先倾听" in body_md and "**重要：**不要打断客户。" in body_md
    assert "1. 倾听\n2. 认同\n   - a) 细节\n- 要点" in body_md
    assert "| 环节 | 做法 |\n| --- | --- |\n| 倾听 | 复述确认 |" in body_md
    assert "media/image1.png)" in body_md and (course / "media" / "image1.png").is_file()
