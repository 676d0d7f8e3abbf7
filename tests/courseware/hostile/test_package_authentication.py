"""A classroom PC authenticates a package before parsing any of its course files."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware.classroom import PackageLocked, WrongPassphrase, build_package, open_package
from courseware.format import course_reader, markdown_reader
from courseware.format.course_reader import load_course
from tests.courseware.course_builder import write_sample_course
from tests.courseware.hostile.conftest import run_cli

PASSPHRASE = "春季班 信任服务 第三期"


@pytest.fixture
def package(tmp_path: Path, cheap_scrypt: None) -> Path:
    root = write_sample_course(tmp_path / "course")
    loaded = load_course(root)
    assert loaded.course is not None
    output = tmp_path / "class.cwpkg"
    build_package(loaded.course, root, output, PASSPHRASE)
    return output


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every YAML text the course readers parse (course files and front matter)."""
    seen: list[str] = []
    for module in (course_reader, markdown_reader):
        original = module.parse_yaml

        def spy(text: str, *args: object, _original: object = original, **kw: object) -> object:
            seen.append(text)
            return _original(text, *args, **kw)  # type: ignore[operator]
        monkeypatch.setattr(module, "parse_yaml", spy)
    return seen


def test_opening_without_the_passphrase_parses_nothing(package: Path, parses: list[str]) -> None:
    with open_package(package) as opened:
        assert parses == []
        with pytest.raises(PackageLocked):
            _ = opened.participant
        with pytest.raises(WrongPassphrase):
            opened.unlock("not the passphrase at all")
        assert parses == []  # a wrong passphrase reads nothing either
        opened.unlock(PASSPHRASE)
        assert parses and opened.participant.id == "sample"


def test_wrong_passphrase_is_refused_before_any_file_is_parsed(package: Path,
                                                                parses: list[str]) -> None:
    with pytest.raises(WrongPassphrase):
        open_package(package, "not the passphrase at all")
    assert parses == []


def test_package_check_without_passphrase_authenticates_nothing(package: Path) -> None:
    result = run_cli("package-check", str(package))
    assert result.code == 0
    assert "NOT authenticated" in result.out and "intact" not in result.out
    result = run_cli("package-check", str(package), lang="zh")
    assert "未经认证" in result.out and "完好" not in result.out


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_passphrase_never_skips_the_check(package: Path, empty: str) -> None:
    result = run_cli("package-check", str(package), "--passphrase", empty)
    assert result.code == 1
    assert "empty" in result.err
    assert "authentic" not in result.out and "NOT authenticated" not in result.out
