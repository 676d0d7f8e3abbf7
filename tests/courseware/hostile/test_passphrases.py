"""Passphrases: weak ones refused, whitespace cleaned alike, scrypt settings bounded."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from courseware.classroom import PackageCorrupt, PassphraseTooShort, build_package, open_package
from courseware.classroom.errors import WeakPassphrase
from courseware.classroom.manifest import Manifest
from courseware.format.course_reader import load_course
from courseware.passphrases import clean_passphrase, weakness
from courseware.results import BadResultsFile
from courseware.results.results_file import FORMAT_NAME, FORMAT_VERSION, read_results_file
from courseware.scrypt_params import DEFAULT_N, ScryptParams
from tests.courseware.course_builder import write_sample_course
from tests.courseware.hostile.conftest import run_cli


@pytest.fixture
def course(tmp_path: Path) -> Path:
    return write_sample_course(tmp_path / "course")


@pytest.mark.parametrize(("passphrase", "reason"), [
    ("short 123", "at least 10 characters"),
    ("1234567890", "most common passwords"),
    ("QWERTYUIOP", "most common passwords"),
    ("  password123  ", "most common passwords"),
    ("aaaaaaaaaaaa", "most common passwords"),
])
def test_weak_passphrases_are_refused_with_the_reason(course: Path, tmp_path: Path,
                                                      passphrase: str, reason: str) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    output = tmp_path / "c.cwpkg"
    result = run_cli("package", str(course), "-o", str(output), "--passphrase-file", str(secret))
    assert result.code == 1 and reason in result.err
    assert not output.exists()


def test_whitespace_is_handled_the_same_for_option_file_and_opening(
        course: Path, tmp_path: Path) -> None:
    output = tmp_path / "c.cwpkg"
    made = run_cli("package", str(course), "-o", str(output),
                   "--passphrase", "  春季班 信任服务 第三期\t")
    assert made.code == 0, made.err
    secret = tmp_path / "pass.txt"
    secret.write_text("\ufeff春季班 信任服务 第三期   \r\n", encoding="utf-8")
    checked = run_cli("package-check", str(output), "--passphrase-file", str(secret))
    assert checked.code == 0 and "authentic and intact" in checked.out, checked.err
    with open_package(output, "春季班 信任服务 第三期 ") as opened:  # typed with a space
        assert opened.unlocked


def test_cleaning_rule() -> None:
    assert clean_passphrase("\ufeff 口令 两个词\u3000\n") == "口令 两个词"
    assert weakness("") == "passphrase.empty" and weakness(" \t ") == "passphrase.empty"
    assert weakness("春季班 信任服务 第三期") is None


def test_the_builder_refuses_weak_passphrases_too(course: Path, tmp_path: Path) -> None:
    loaded = load_course(course)
    assert loaded.course is not None
    with pytest.raises(PassphraseTooShort):
        build_package(loaded.course, course, tmp_path / "a.cwpkg", "  ")
    with pytest.raises(WeakPassphrase, match="most common"):
        build_package(loaded.course, course, tmp_path / "b.cwpkg", "qwertyuiop")


def test_the_default_cost_is_current_guidance() -> None:
    assert DEFAULT_N == 2**17 and ScryptParams.fresh().n == 2**17


@pytest.mark.parametrize(("n", "r", "p"), [(2**18, 8, 1), (2**17, 16, 1), (2**17, 8, 4)])
def test_costs_above_the_ceiling_are_refused_before_deriving(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, n: int, r: int, p: int) -> None:
    def never(*_args: object) -> bytes:
        raise AssertionError("a key was derived from hostile settings")
    monkeypatch.setattr(ScryptParams, "derive", never)
    salt = base64.b64encode(b"0123456789abcdef").decode()
    manifest = Manifest(course_id="c", course_title="课程", language="zh", created="2024",
                        kdf=ScryptParams(salt=b"0123456789abcdef"), key_check="00").to_bytes()
    data = json.loads(manifest)
    data["kdf"].update(n=n, r=r, p=p)
    with pytest.raises(PackageCorrupt):
        Manifest.from_bytes(json.dumps(data).encode())
    results = tmp_path / "r.cwresults"
    results.write_text(json.dumps({
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "key_check": "0", "signature": "0",
        "content": "{}", "kdf": {"name": "scrypt", "salt": salt, "n": n, "r": r, "p": p}}),
        encoding="utf-8")
    with pytest.raises(BadResultsFile):
        read_results_file(results, "春季班 信任服务 第三期")


def test_derive_itself_refuses_settings_above_the_ceiling() -> None:
    with pytest.raises(ValueError, match="unreasonable"):
        ScryptParams(salt=b"0123456789abcdef", n=2**20).derive(b"x", 32)


def test_packages_made_with_the_former_cost_still_open(
        course: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ScryptParams, "fresh",
                        classmethod(lambda cls: cls(salt=b"0123456789abcdef", n=2**15)))
    loaded = load_course(course)
    assert loaded.course is not None
    build_package(loaded.course, course, tmp_path / "old.cwpkg", "春季班 信任服务 第三期")
    monkeypatch.undo()
    with open_package(tmp_path / "old.cwpkg", "春季班 信任服务 第三期") as opened:
        assert opened.manifest.kdf.n == 2**15 and opened.unlocked
