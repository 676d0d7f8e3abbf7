"""package, package-check and kiosk-password on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.courseware.classroom.conftest import PASSPHRASE, SecretCourse


class Output:
    """What a finished command printed, read like printed()."""

    def __init__(self) -> None:
        self.out = ""
        self.err = ""


LAST = Output()


def main(args: list[str]) -> int:
    """Run the real command line in a child process (tests never import main)."""
    result = subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args],
                            capture_output=True, text=True, timeout=300, cwd=REPO_ROOT,
                            env={**os.environ, "COURSEWARE_LANG": "en"})
    LAST.out, LAST.err = result.stdout, result.stderr
    return result.returncode


def printed() -> Output:
    return LAST


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_package_then_check(course_folder: SecretCourse, passphrase_file: Path,
                            tmp_path: Path) -> None:
    output = tmp_path / "c.cwpkg"
    assert main(["package", str(course_folder.root), "-o", str(output),
                 "--passphrase-file", str(passphrase_file)]) == 0
    assert output.is_file()
    assert main(["package-check", str(output)]) == 0
    assert "NOT authenticated" in printed().out and "intact" not in printed().out
    assert main(["package-check", str(output), "--passphrase-file", str(passphrase_file)]) == 0
    assert "authentic and intact" in printed().out
    assert "8 questions with answer keys" in printed().out


def test_check_with_wrong_passphrase_fails_in_chinese(package_file: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong passphrase", encoding="utf-8")
    assert main(["--lang", "zh", "package-check", str(package_file),
                 "--passphrase-file", str(wrong)]) == 1
    assert "口令不正确" in printed().err


def test_passphrase_option_warns(package_file: Path) -> None:
    assert main(["package-check", str(package_file), "--passphrase", PASSPHRASE]) == 0
    assert "shell history" in printed().err


def test_damaged_package_exit_code(tmp_path: Path) -> None:
    bogus = tmp_path / "x.cwpkg"
    bogus.write_bytes(b"nope")
    assert main(["package-check", str(bogus)]) == 1
    assert "not a classroom package" in printed().err


def test_invalid_course_is_not_packaged(tmp_path: Path, passphrase_file: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["package", str(tmp_path / "empty"), "-o", str(tmp_path / "x.cwpkg"),
                 "--passphrase-file", str(passphrase_file)]) == 1
    assert not (tmp_path / "x.cwpkg").exists()


def test_kiosk_password_from_file(tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("trainer-pw\n", encoding="utf-8")
    target = tmp_path / "kiosk"
    assert main(["kiosk-password", "--password-file", str(secret), "--output", str(target)]) == 0
    assert target.read_text().startswith("scrypt$")
