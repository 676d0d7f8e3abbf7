"""Layering that import-linter cannot see: nothing imports main; the domain runs without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

PACKAGES = ("courseware", "exporters", "ui", "benchmarks", "tests")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_imports_main():
    offenders = [str(path) for package in PACKAGES for path in (REPO_ROOT / package).rglob("*.py")
                 if "main" in _imports(path)]
    assert offenders == []


def test_validating_a_course_loads_no_qt_reportlab_or_jinja(bundled_course: Path):
    code = (
        "import sys\n"
        "from courseware.format import load_course\n"
        f"assert load_course({str(bundled_course)!r}).ok\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'jinja2')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
