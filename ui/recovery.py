"""Autosave snapshots for crash recovery, kept in the user data folder (platformdirs).

A snapshot is the course written in its own format (by the domain's writer) into
``recovery/<key>/course``, plus ``origin.txt`` naming the course folder it belongs to.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from courseware import model as m
from courseware.fileio import atomic_write_text
from courseware.format import load_course, save_course

DATA_DIR_VARIABLE = "COURSEWARE_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Courseware Studio", "Courseware Studio"))


class RecoveryStore:
    def __init__(self, course_root: Path, base: Path | None = None) -> None:
        self.course_root = course_root.resolve()
        key = hashlib.sha256(str(self.course_root).encode("utf-8")).hexdigest()[:16]
        self.folder = (base or data_dir()) / "recovery" / key

    @property
    def snapshot(self) -> Path:
        return self.folder / "course"

    def write(self, course: m.Course) -> None:
        """Write a fresh snapshot beside the old one, then swap (never a half snapshot)."""
        fresh = self.folder / "course.new"
        shutil.rmtree(fresh, ignore_errors=True)
        save_course(_copy_for_snapshot(course), fresh)
        atomic_write_text(fresh / ".origin", str(self.course_root))
        old = self.folder / "course.old"
        shutil.rmtree(old, ignore_errors=True)
        if self.snapshot.exists():
            self.snapshot.rename(old)
        fresh.rename(self.snapshot)
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def newer_snapshot(self) -> Path | None:
        """The snapshot when it is newer than every file of the saved course."""
        marker = self.snapshot / ".origin"
        if not marker.is_file():
            return None
        saved = _newest_mtime(self.course_root)
        return self.snapshot if marker.stat().st_mtime > saved else None

    def load(self) -> m.Course | None:
        return load_course(self.snapshot, validate=False).course


def _copy_for_snapshot(course: m.Course) -> m.Course:
    import copy

    return copy.deepcopy(course)


def _newest_mtime(root: Path) -> float:
    newest = 0.0
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".md"):
            newest = max(newest, path.stat().st_mtime)
    return newest
