"""The message catalogues (gettext .po, three languages) are complete and agree."""

from __future__ import annotations

import importlib.util
import shutil
import string
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from courseware.catalog import all_messages
from courseware.po_catalogue import LOCALES

ROOT = Path(__file__).resolve().parents[2]
LAYERS = (ROOT / "courseware" / "locale", ROOT / "ui" / "locale")
LANGUAGES = tuple(LOCALES.values())  # zh, zh-TW, en


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def migration_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "migrate_catalogues", ROOT / "scripts" / "migrate_catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_message_has_every_language():
    for key, entry in all_messages().items():
        for language in LANGUAGES:
            assert entry.get(language, "").strip(), f"{key}: {language} missing"


def test_placeholders_agree_between_languages():
    for key, entry in all_messages().items():
        fields = _fields(entry["en"])
        assert all(_fields(entry[language]) == fields for language in LANGUAGES), key


def test_no_python_catalogue_module_is_left():
    """Branches merged after the move to .po run scripts/migrate_catalogues.py."""
    left = sorted(p.name for p in (ROOT / "courseware" / "catalog").glob("*.py")
                  if p.name != "__init__.py")
    left += sorted(p.name for p in (ROOT / "ui" / "i18n").glob("messages_*.py"))
    assert not left, f"run python scripts/migrate_catalogues.py: {left}"


def test_every_feature_file_exists_in_every_locale_with_the_same_keys():
    import polib

    for layer in LAYERS:
        features = {p.name for p in (layer / "en").glob("*.po")}
        assert features
        for locale in LOCALES:
            assert {p.name for p in (layer / locale).glob("*.po")} == features, (layer, locale)
        for name in features:
            keys = [[e.msgid for e in polib.pofile(str(layer / loc / name))] for loc in LOCALES]
            assert keys[0] == keys[1] == keys[2], (layer, name)


def test_plural_forms_headers():
    import polib

    for layer in LAYERS:
        for path in layer.glob("*/*.po"):
            plural_forms = polib.pofile(str(path)).metadata["Plural-Forms"]
            expected = "nplurals=2; plural=(n != 1);" if path.parent.name == "en" else (
                "nplurals=1; plural=0;")
            assert plural_forms == expected, path


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt not installed")
def test_gettext_tools_accept_every_file():
    for path in sorted(p for layer in LAYERS for p in layer.glob("*/*.po")):
        run = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_traditional_chinese_is_in_step_with_simplified():
    """zh_TW is OpenCC's s2twp output plus the reviewed terms, or a reviewed hand edit."""
    pytest.importorskip("opencc", reason="opencc is in the test extra")
    script = migration_script()
    stale = script.stale_files(script.Converter())  # the .po layers and the printed labels
    assert not stale, "run python scripts/migrate_catalogues.py"


def test_chinese_messages_use_full_width_punctuation():
    for key, entry in all_messages().items():
        for language in ("zh", "zh-TW"):
            text = entry[language]
            for bad in ("(", ")", ",", "?"):
                cjk_next_to_bad = any(
                    bad == ch and ("\u4e00" <= text[i - 1] <= "\u9fff" if i else False)
                    for i, ch in enumerate(text))
                assert not cjk_next_to_bad, f"{key}: half-width {bad!r} after Chinese text"


def test_singular_forms_keep_the_placeholders_of_their_language():
    for key, entry in all_messages().items():
        singular = entry.get("en_one")
        if singular is not None:
            assert _fields(singular) <= _fields(entry["en"]) | {"count"}, key


def test_english_counts_agree_in_number():
    from courseware.i18n import tr_for

    assert tr_for("en", "cli.problem_count", count=1) == "1 problem found"
    assert tr_for("en", "cli.problem_count", count=2) == "2 problems found"
    assert tr_for("zh-CN", "cli.problem_count", count=1) == "发现 1 个问题"
    assert tr_for("zh-TW", "cli.problem_count", count=1) == "發現 1 個問題"
    assert not any("(s)" in entry["en"] for entry in all_messages().values())
