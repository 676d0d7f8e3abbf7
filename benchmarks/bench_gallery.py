"""gallery_seconds (issue 12): one whole screen-gallery run at 1366×768 in Chinese, as CI runs
it three times; with the number of screens and the time per screen.

The gallery runs in its own process (Qt reads the screen size and scale before it starts).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "ui.gallery", "--out", folder,
                               "--size", "1366x768", "--lang", "zh"],
                              cwd=ROOT, capture_output=True, text=True, timeout=900)
        seconds = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise RuntimeError(f"the gallery failed: {done.stderr[-2000:]}")
        report = json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))
    screens = len(report["screens"])
    return {"gallery_seconds": round(seconds, 1), "gallery_screens": float(screens),
            "gallery_ms_per_screen": round(1000 * seconds / screens)}
