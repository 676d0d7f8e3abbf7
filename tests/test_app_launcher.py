"""scripts/app.sh installs once, then only launches: silent, no pip, arguments passed through;
a changed setup.cfg makes it install again."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SETUP_FILES = ("setup.cfg", "setup.py", "pyproject.toml")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the launcher and set-up files with an installed-looking .venv (no pip in it)."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    for name in (*SETUP_FILES, "main.py"):
        shutil.copy(REPO_ROOT / name, root / name)
    for name in ("app.sh", "install-system-packages.sh"):
        shutil.copy(REPO_ROOT / "scripts" / name, root / "scripts" / name)
    venv = root / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python3*/site-packages"))
    (site / "libraries.pth").write_text(f"{REPO_ROOT}\n{sysconfig.get_paths()['purelib']}\n")
    digest = hashlib.sha256(b"".join((root / n).read_bytes() for n in SETUP_FILES)).hexdigest()
    (venv / ".courseware-installed").write_text(digest + "\n")
    return root


def _launch(root: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path or os.environ["PATH"]}
    return subprocess.run(["bash", str(root / "scripts" / "app.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_second_launch_only_starts_the_app(checkout: Path):
    result = _launch(checkout, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("Courseware Studio ") and result.stdout.count("\n") == 1


def test_a_changed_setup_cfg_installs_again(checkout: Path, tmp_path: Path):
    with (checkout / "setup.cfg").open("a") as stream:
        stream.write("\n# changed\n")
    stubs = tmp_path / "stubs"  # python3 that fails at once: the install must be attempted
    stubs.mkdir()
    for name in ("python3", "apt-get", "sudo"):
        (stubs / name).write_text("#!/bin/sh\nexit 3\n")
        (stubs / name).chmod(0o755)
    result = _launch(checkout, "--version", path=f"{stubs}:/usr/bin:/bin")
    assert "Installing Courseware Studio" in result.stderr
    assert result.returncode != 0 and "Courseware Studio 0" not in result.stdout
