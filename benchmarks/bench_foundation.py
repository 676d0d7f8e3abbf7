"""startup_s, bare_qt_startup_s, load_s, validate_s (issue: foundation)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import write_generated_course
from benchmarks.timing import best_of
from courseware.format import load_course
from courseware.problems import ProblemList
from courseware.validation import validate_course

ROOT = Path(__file__).resolve().parent.parent
BARE_QT = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.resize(1100, 720); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _time_command(args: list[str], repeats: int = 3) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COURSEWARE_BENCHMARK_EXIT": "1"}
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        best = min(best, time.perf_counter() - started)
    return best



def run() -> dict[str, float]:
    figures = {
        "bare_qt_startup_s": _time_command([sys.executable, "-c", BARE_QT]),
        "startup_s": _time_command([sys.executable, "main.py"]),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_generated_course(Path(tmp) / "course", modules=50, questions_per_module=100)
        figures["load_s"] = best_of(3, lambda: load_course(folder, validate=False))
        result = load_course(folder, validate=False)
        assert result.course is not None and len(result.course.all_questions()) == 5000
        course = result.course
        figures["validate_s"] = best_of(3, lambda: validate_course(course, folder, ProblemList()))
    figures["startup_ratio"] = figures["startup_s"] / figures["bare_qt_startup_s"]
    return {key: round(value, 4) for key, value in figures.items()}
