"""Where the bundled course is: source tree, installed wheel, or the standalone app."""

from __future__ import annotations

import sys
from pathlib import Path

COURSE_FOLDER = "bank-service-trust"


def content_roots() -> list[Path]:
    """Candidate ``content`` folders, most specific first."""
    roots = [Path(__file__).resolve().parent.parent / "content"]  # source tree, editable install
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller's one-folder app
    if frozen_root:
        roots.insert(0, Path(frozen_root) / "content")
    for prefix in dict.fromkeys((sys.prefix, sys.base_prefix)):  # wheel: setup.py data_files
        roots.append(Path(prefix) / "share" / "courseware-studio" / "content")
    return roots


def bundled_course_path() -> Path:
    """The bundled course's folder; the source-tree location when none exists (its error then
    names a path the user can recognise)."""
    for root in content_roots():
        candidate = root / COURSE_FOLDER
        if (candidate / "course.yaml").is_file():
            return candidate
    return content_roots()[-1 if getattr(sys, "_MEIPASS", None) else 0] / COURSE_FOLDER
