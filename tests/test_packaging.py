"""A wheel carries everything the app needs: installed into a fresh venv, away from the source
tree, `courseware info` finds the bundled course and `validate` passes on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SKIPPED_IN_COPY = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info",
                                         "__pycache__", "node_modules", ".npm-oracles", ".*cache*")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    assert "would be ignored" not in result.stderr  # setuptools' package-data warnings
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; the test venv's libraries reachable by a .pth."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(REPO_ROOT, source, ignore=SKIPPED_IN_COPY)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", base / "dist", source, cwd=base)
    wheel = next((base / "dist").glob("courseware_studio-*.whl"))
    venv = base / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=base)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
         "--no-index", wheel, cwd=base)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=base).strip())
    (site / "test-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    shutil.rmtree(source)
    return venv


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "HOME": str(home), "COURSEWARE_LANG": "en"}


def test_installed_wheel_runs_info_on_the_bundled_course(installed: Path, tmp_path: Path):
    env = _clean_env(tmp_path)
    where = _run(installed / "bin" / "python", "-c",
                 "import courseware, courseware.bundled as b; "
                 "print(courseware.__file__); print(b.bundled_course_path())",
                 cwd=tmp_path, env=env).splitlines()
    assert where[0].startswith(str(installed)), where  # the wheel's code, not the source tree
    assert where[1].startswith(str(installed / "share" / "courseware-studio")), where
    info = _run(installed / "bin" / "courseware", "info", cwd=tmp_path, env=env)
    assert "bank-service-trust" in info and "m1-quiz" in info
    valid = _run(installed / "bin" / "courseware", "validate", where[1], cwd=tmp_path, env=env)
    assert "the course is valid" in valid


def test_installed_wheel_carries_fonts_templates_and_migrations(installed: Path, tmp_path: Path):
    script = ("from exporters.fonts import FONT_DIR; from exporters.html.environment import "
              "TEMPLATE_DIR; from courseware.results.migrate import MIGRATIONS_DIR; "
              "print(FONT_DIR); print(TEMPLATE_DIR); print(MIGRATIONS_DIR)")
    folders = [Path(line) for line in _run(installed / "bin" / "python", "-c", script,
                                           cwd=tmp_path, env=_clean_env(tmp_path)).split()]
    assert list(folders[0].glob("*.ttc")), folders[0]
    assert (folders[1] / "lesson.html").is_file()
    assert len(list((folders[2] / "versions").glob("0*.py"))) >= 3
    assert all(str(folder).startswith(str(installed)) for folder in folders)


def test_installed_wheel_carries_the_user_guide(installed: Path, tmp_path: Path):
    script = "from ui.help_window import docs_folder; print(docs_folder())"
    folder = Path(_run(installed / "bin" / "python", "-c", script, cwd=tmp_path,
                       env=_clean_env(tmp_path)).strip())
    assert folder == installed / "share" / "courseware-studio" / "docs", folder
    assert (folder / "user-guide-authoring.md").is_file()
    assert list((folder / "screenshots").glob("*.png"))


def test_installed_wheel_carries_the_icons_and_their_licence(installed: Path, tmp_path: Path):
    script = "from ui.icons import ICON_DIR; print(ICON_DIR)"
    folder = Path(_run(installed / "bin" / "python", "-c", script, cwd=tmp_path,
                       env=_clean_env(tmp_path)).strip())
    assert str(folder).startswith(str(installed)), folder
    assert (folder / "save.svg").is_file() and (folder / "undo-2.svg").is_file()
    assert "ISC License" in (folder / "LICENSE.txt").read_text(encoding="utf-8")


def test_installed_wheel_carries_every_message_catalogue(installed: Path, tmp_path: Path):
    script = ("from courseware.i18n import tr_for; from ui.i18n import LOCALE_FOLDER, catalogue; "
              "from exporters.pdf.labels import label; "
              "print(tr_for('zh-TW', 'file.missing', ref='x')); print(len(catalogue())); "
              "print(LOCALE_FOLDER); print(label('zh-TW', 'toc.title'))")
    traditional, count, folder, printed = _run(installed / "bin" / "python", "-c", script,
                                               cwd=tmp_path, env=_clean_env(tmp_path)).splitlines()
    assert traditional == "找不到檔案：x" and printed == "目錄"
    assert int(count) > 500 and folder.startswith(str(installed))
    assert {p.parent.name for p in Path(folder).glob("*/*.po")} == {"en", "zh_CN", "zh_TW"}
