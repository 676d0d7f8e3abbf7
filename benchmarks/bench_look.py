"""icons_render_ms, theme_switch_ms (issue #15): drawing every bundled icon for a 20 px toolbar
at 100 % and 200 % from cold (what the first paint of the main window costs at most), and one
switch between light and dark. Runs in its own offscreen process, as Qt needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, time
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui import icons, theme
names = sorted(p.stem for p in icons.ICON_DIR.glob("*.svg"))
started = time.perf_counter()
for ratio in (1.0, 2.0):
    for name in names:
        icons.icon(name).pixmap(QSize(20, 20), ratio)
render = time.perf_counter() - started
best = float("inf")
for scheme in ("dark", "light", "dark", "light"):
    started = time.perf_counter()
    theme.apply_theme(scheme)
    app.processEvents()
    best = min(best, time.perf_counter() - started)
print(json.dumps({"icons": len(names), "render": render, "switch": best}))
"""


def run() -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {"icons_bundled": float(figures["icons"]),
            "icons_render_ms": round(1000 * figures["render"], 1),
            "theme_switch_ms": round(1000 * figures["switch"], 2)}
