"""Package folders left by a crashed trainee PC are cleared at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from courseware.classroom.temp_folders import (
    PREFIX,
    STALE_AFTER_S,
    new_package_folder,
    remove_stale_folders,
)


def ended_process_id() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")
def test_a_folder_whose_process_ended_is_removed_and_live_ones_stay(tmp_path: Path) -> None:
    crashed = tmp_path / f"{PREFIX}{ended_process_id()}-abc"
    (crashed / "lessons").mkdir(parents=True)
    (crashed / "lessons" / "a.md").write_text("正文", encoding="utf-8")
    mine = tmp_path / f"{PREFIX}{os.getpid()}-def"
    mine.mkdir()
    parent_alive = tmp_path / f"{PREFIX}{os.getppid()}-ghi"
    parent_alive.mkdir()
    unrelated = tmp_path / "other-folder"
    unrelated.mkdir()
    fresh = new_package_folder(tmp_path)
    assert not crashed.exists()
    assert mine.exists() and parent_alive.exists() and unrelated.exists()
    assert fresh.is_dir() and fresh.name.startswith(f"{PREFIX}{os.getpid()}-")


def test_folders_without_an_owner_go_only_when_old(tmp_path: Path) -> None:
    old, recent = tmp_path / f"{PREFIX}old_x", tmp_path / f"{PREFIX}new_y"
    old.mkdir()
    recent.mkdir()
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    assert remove_stale_folders(tmp_path) == [old]
    assert recent.exists()


def test_a_symlink_named_like_a_folder_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    link = tmp_path / f"{PREFIX}{ended_process_id()}-link"
    link.symlink_to(target, target_is_directory=True)
    remove_stale_folders(tmp_path)
    assert (target / "keep.txt").exists()
