"""Helpers for hostile-file tests: the real command line in a child process, real mounts."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from courseware.scrypt_params import ScryptParams
from tests.conftest import REPO_ROOT

CHILD_ADDRESS_SPACE = 4 * 1024**3  # a runaway child fails instead of exhausting the machine


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.out + self.err


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE))


def run_cli(*args: str, lang: str = "en", timeout: float = 120) -> Run:
    """``python main.py --lang LANG ARGS`` (a hang fails the test instead of stalling it)."""
    child = subprocess.Popen([sys.executable, str(REPO_ROOT / "main.py"), "--lang", lang, *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdin=subprocess.DEVNULL, cwd=REPO_ROOT, text=True,
                             env={**os.environ, "COURSEWARE_LANG": lang},
                             preexec_fn=_limit_child)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise AssertionError(f"{args[0]} did not finish within {timeout} s") from None
    return Run(child.returncode, out, err)


def peak_of(args: list[str], timeout: float = 120) -> tuple[int, float, str]:
    """(exit code, peak MB of this very child, output), from wait4 on its pid; a child still
    running after ``timeout`` is killed (and its exit code says so)."""
    with tempfile.TemporaryFile() as output:
        child = subprocess.Popen([sys.executable, str(REPO_ROOT / "main.py"), "--lang", "en",
                                  *args], stdout=output, stderr=subprocess.STDOUT, cwd=REPO_ROOT,
                                 stdin=subprocess.DEVNULL, preexec_fn=_limit_child)
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        try:
            _pid, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    return child.returncode, usage.ru_maxrss / 1024, text


@contextmanager
def tmpfs(folder: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    """A real, tiny tmpfs at ``folder`` (needs root, as in CI); unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fresh scrypt settings at a low cost, for tests that build many packages."""
    monkeypatch.setattr(ScryptParams, "fresh",
                        classmethod(lambda cls: cls(salt=os.urandom(16), n=2**10)))
