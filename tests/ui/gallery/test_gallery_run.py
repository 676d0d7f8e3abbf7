"""The gallery end to end on the bundled course in one setting: a consistent report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]
KINDS = {"horizontal_scroll", "clipped_text", "elided_text", "outside_window", "overlap",
         "literal_markdown", "english_in_chinese", "small_target",
         "low_contrast"}


@pytest.fixture(scope="module")
def english_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("gallery")
    done = subprocess.run([sys.executable, "-m", "ui.gallery", "--out", str(out), "--lang", "en",
                           "--size", "1440x900", "--scale", "1.25"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    return out, done.returncode


def test_every_screen_is_saved_and_listed(english_run: tuple[Path, int]) -> None:
    out, _code = english_run
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    screens = report["screens"]
    names = [screen["name"] for screen in screens]
    assert len(names) >= 30 and len(set(names)) == len(names)
    for expected in ("authoring-course", "editor-lesson", "editor-lesson-source", "editor-case",
                     "editor-scenario", "preview-review", "dialog-settings",
                     "dialog-undo-history",
                     "trainee-signin", "trainee-question-matching", "trainee-question-picture",
                     "trainee-scenario", "trainee-review", "console-grading"):
        assert expected in names
    for screen in screens:
        assert set(screen) == {"name", "png", "size", "scale", "lang", "theme"}
        assert (screen["size"], screen["scale"], screen["lang"], screen["theme"]) == (
            "1440x900", 1.25, "en", "light")
        image = QImage(str(out / screen["png"]))
        assert not image.isNull(), screen["png"]
        assert image.width() <= 1440 and image.height() <= 900


def test_main_windows_fill_the_scaled_screen(english_run: tuple[Path, int]) -> None:
    out, _code = english_run
    image = QImage(str(out / "trainee-signin.png"))  # frameless: the whole screen
    assert (image.width(), image.height()) == (1440, 900)


def test_problems_refer_to_screens_and_set_the_exit_code(english_run: tuple[Path, int]) -> None:
    out, code = english_run
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    names = {screen["name"] for screen in report["screens"]}
    for problem in report["problems"]:
        assert set(problem) == {"screen", "widget", "kind", "detail"}
        assert problem["screen"] in names and problem["kind"] in KINDS
        assert problem["kind"] != "english_in_chinese"  # an English run
    assert code == (1 if report["problems"] else 0)


def test_a_bad_size_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ui.gallery", "--out", str(tmp_path),
                           "--size", "big"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2 and "WIDTHxHEIGHT" in done.stderr


def test_an_unusable_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "ui.gallery", "--out", str(blocker / "shots"),
                           "--lang", "zh"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert "无法把截图写入" in done.stderr and "Traceback" not in done.stderr
