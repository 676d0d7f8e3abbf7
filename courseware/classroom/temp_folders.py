"""Private folders for an opened package's participant files, and clearing ones left behind.

A trainee PC that crashes or loses power never runs ``ClassroomPackage.close``, so its folder
stays. Each folder's name carries the owning process id; the next start removes folders
whose process is gone (elsewhere than POSIX: folders older than two days, since a class lasts
a day). The folders hold only participant files, never answers, so this is tidiness, not
secrecy.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

PREFIX = "cwpkg-"
STALE_AFTER_S = 2 * 24 * 3600


def new_package_folder(parent: Path | None = None) -> Path:
    """A fresh private folder, after clearing those left by processes that ended."""
    base = Path(parent or tempfile.gettempdir())
    remove_stale_folders(base)
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))


def remove_stale_folders(base: Path) -> list[Path]:
    """Remove package folders whose process is gone; return what was removed."""
    removed = []
    for folder in base.glob(f"{PREFIX}*"):
        if folder.is_dir() and not folder.is_symlink() and _is_stale(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _is_stale(folder: Path) -> bool:
    pid = _owner_pid(folder.name)
    if os.name == "posix" and pid is not None:
        return not _process_alive(pid)
    try:
        return time.time() - folder.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def _owner_pid(name: str) -> int | None:
    owner = name[len(PREFIX):].split("-", 1)[0]
    return int(owner) if owner.isdigit() else None


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 checks existence without sending anything
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True
