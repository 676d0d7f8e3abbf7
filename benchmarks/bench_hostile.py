"""Hostile input and classroom start-up (issue 11).

``package_unlock_s``: a classroom PC opening the bundled course's package with the session
passphrase (checks, scrypt at the default cost, authentication, reading the course); the
best of three, also as ``package_unlock_cpu_s``. Target: under 1 s, which is what allows
scrypt's N = 2**17.
``yaml_bomb_validate_s`` / ``yaml_bomb_peak_mb``: ``courseware validate`` on a course whose
course.yaml is a 9-level "billion laughs" (a real child process; its peak resident memory
from wait4), and its CPU time as ``yaml_bomb_validate_cpu_s``. Targets: exit 1 in under 2 s,
within 300 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from courseware.classroom import build_package, open_package
from courseware.format import load_course

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "content" / "bank-service-trust"
PASSPHRASE = "春季班 银行服务信任 口令"


def billion_laughs() -> str:
    """The classic: nine levels of nine aliases, under 400 bytes that expand to 9**8 (43
    million) items."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]"
              for level in range(1, 9)]
    return "\n".join(lines) + "\n"


def unlock_seconds(folder: Path) -> tuple[float, float]:
    """(wall, CPU) seconds, best of three; on a busy machine the CPU time is the better
    estimate of what an idle classroom PC takes."""
    loaded = load_course(BUNDLED)
    assert loaded.course is not None
    package = folder / "class.cwpkg"
    build_package(loaded.course, BUNDLED, package, PASSPHRASE)
    wall = cpu = float("inf")
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        with open_package(package, PASSPHRASE) as opened:
            assert opened.full is not None
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall, cpu


def bomb_run(folder: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of ``validate`` on the bomb; it must exit 1."""
    course = folder / "bomb"
    course.mkdir()
    (course / "course.yaml").write_text(billion_laughs(), encoding="utf-8")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "validate", str(course)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 1:
        raise RuntimeError(f"validate on the YAML bomb exited {child.returncode}, not 1")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KB on Linux


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seconds, cpu_seconds, peak = bomb_run(folder)
        wall, cpu = unlock_seconds(folder)
        return {"package_unlock_s": round(wall, 3), "package_unlock_cpu_s": round(cpu, 3),
                "yaml_bomb_validate_s": round(seconds, 2),
                "yaml_bomb_validate_cpu_s": round(cpu_seconds, 2),
                "yaml_bomb_peak_mb": round(peak, 1)}
