"""scripts/migrate_catalogues.py: Python catalogue modules → .po, rerunnable after merges."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import polib
import pytest

from courseware.po_catalogue import read_layer
from tests.courseware.test_catalog import migration_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return migration_script()


def write_module(folder: Path, name: str, messages: dict[str, dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(f"MESSAGES = {messages!r}\n", "utf-8")
    return path


def migrate(script: ModuleType, layer, module: Path) -> None:  # type: ignore[no-untyped-def]
    script.merge_module(layer, module)
    module.unlink()
    script.regenerate_traditional(layer, script.Converter(), True)


def entry(path: Path, key: str) -> polib.POEntry:
    found = polib.pofile(str(path)).find(key)
    assert found is not None, (path, key)
    return found


def test_modules_merge_into_po_files_again_and_again(script: ModuleType, tmp_path: Path) -> None:
    layer = script.Layer(tmp_path / "catalog", "*.py", "", tmp_path / "locale")
    first = {"demo.file": {"en": "file not found", "zh": "找不到文件"},
             "demo.count": {"en": "{count} problems", "en_one": "1 problem",
                            "zh": "{count} 个问题"}}
    migrate(script, layer, write_module(layer.modules, "demo", first))
    merged = read_layer(layer.locale)
    assert merged["demo.file"] == {"zh": "找不到文件", "zh-TW": "找不到檔案",
                                   "en": "file not found"}
    assert merged["demo.count"] == {"zh": "{count} 个问题", "zh-TW": "{count} 個問題",
                                    "en": "{count} problems", "en_one": "1 problem"}
    english = entry(layer.locale / "en" / "demo.po", "demo.count")
    assert english.msgid_plural == "demo.count" and english.msgstr_plural == {
        0: "1 problem", 1: "{count} problems"}
    assert entry(layer.locale / "zh_CN" / "demo.po", "demo.file").comment == "file not found"

    # a person reviews the Traditional text; a later branch changes, adds and moves keys
    reviewed_path = layer.locale / "zh_TW" / "demo.po"
    po = polib.pofile(str(reviewed_path))
    reviewed = po.find("demo.file")
    reviewed.msgstr, reviewed.tcomment = "找不到該檔案", "reviewed: 該 reads better"
    po.save(str(reviewed_path))
    second = {"demo.file": {"en": "no such file", "zh": "没有这个文件"},
              "demo.new": {"en": "print", "zh": "打印"}}
    migrate(script, layer, write_module(layer.modules, "demo", second))
    migrate(script, layer, write_module(layer.modules, "other",
                                        {"demo.new": {"en": "Print", "zh": "打印"}}))

    merged = read_layer(layer.locale)
    assert merged["demo.count"]["en_one"] == "1 problem"  # a key only in the .po is kept
    assert merged["demo.new"] == {"zh": "打印", "zh-TW": "列印", "en": "Print"}
    assert entry(layer.locale / "en" / "other.po", "demo.new").msgstr == "Print"
    assert polib.pofile(str(layer.locale / "en" / "demo.po")).find("demo.new") is None
    kept = entry(reviewed_path, "demo.file")
    assert kept.msgstr == "找不到該檔案" and "fuzzy" in kept.flags  # source changed: look again
    assert merged["demo.file"]["en"] == "no such file"
    assert script.regenerate_traditional(layer, script.Converter(), False) == []


def test_reviewed_terms_override_opencc(script: ModuleType) -> None:
    convert = script.Converter()
    assert convert("题目质量") == "題目品質"
    assert convert("在课程中查找") == "在課程中尋找"
    assert convert("磁盘是只读的") == "磁碟是唯讀的"
    assert convert("软件默认打印到服务器") == "軟體預設列印到伺服器"
    assert convert("{count} 个问题") == "{count} 個問題"


def test_check_mode_reports_a_module_left(script: ModuleType, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    layer = script.Layer(tmp_path / "catalog", "*.py", "", tmp_path / "locale")
    write_module(layer.modules, "late", {"late.key": {"en": "late", "zh": "迟到"}})
    monkeypatch.setattr(script, "LAYERS", (layer,))
    monkeypatch.setattr(script, "ROOT", tmp_path)
    assert script.main(["--check"]) == 1
    assert "catalog/late.py" in capsys.readouterr().err
    assert script.main([]) == 0
    assert not (layer.modules / "late.py").exists()
    assert read_layer(layer.locale)["late.key"]["zh-TW"] == "遲到"
    assert script.main(["--check"]) == 0


def test_the_start_up_cache_follows_the_files(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from courseware.po_catalogue import load_layer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("COURSEWARE_NO_CATALOGUE_CACHE", raising=False)
    folder = tmp_path / "locale"
    for locale in ("en", "zh_CN", "zh_TW"):
        (folder / locale).mkdir(parents=True)
        po = polib.POFile()
        po.append(polib.POEntry(msgid="k", msgstr=f"{locale} one"))
        po.save(str(folder / locale / "f.po"))
    assert load_layer(folder)["k"]["en"] == "en one"
    assert list((tmp_path / "cache").rglob("*.json"))
    po = polib.pofile(str(folder / "en" / "f.po"))
    po.find("k").msgstr = "en changed"
    po.save(str(folder / "en" / "f.po"))
    assert load_layer(folder)["k"] == {"en": "en changed", "zh": "zh_CN one",
                                       "zh-TW": "zh_TW one"}


def test_an_old_module_back_from_a_branch_applies_only_its_changes(
        script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A branch edited one message of a module that the migration deleted: the merge keeps
    the branch's whole file, old texts included; those must not undo later .po fixes."""
    import subprocess

    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                       cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    monkeypatch.setattr(script, "ROOT", repo)
    layer = script.Layer(repo / "catalog", "*.py", "", repo / "locale")
    base = {"k.fixed": {"en": "{count} item(s)", "zh": "{count} 项"},
            "k.edited": {"en": "old", "zh": "旧"}}
    write_module(layer.modules, "demo", base)
    git("add", "-A")
    git("commit", "-qm", "base")
    migrate(script, layer, layer.modules / "demo.py")
    po = polib.pofile(str(layer.locale / "en" / "demo.po"))
    po.find("k.fixed").msgstr = "{count} items"  # fixed in the .po after the migration
    po.save(str(layer.locale / "en" / "demo.po"))
    git("add", "-A")
    git("commit", "-qm", "migrated, then fixed")

    branch = {**base, "k.edited": {"en": "new", "zh": "新"},
              "k.added": {"en": "added", "zh": "新增的"}}
    module = write_module(layer.modules, "demo", branch)
    assert script.merge_module(layer, module) == 2
    module.unlink()
    script.regenerate_traditional(layer, script.Converter(), True)
    merged = read_layer(layer.locale)
    assert merged["k.fixed"]["en"] == "{count} items"  # the branch did not touch it
    assert merged["k.edited"] == {"en": "new", "zh": "新", "zh-TW": "新"}
    assert merged["k.added"]["zh-TW"] == "新增的"
