"""Interface languages: Simplified, Traditional (zh-TW) and English, chosen by locale or setting."""

from __future__ import annotations

import pytest

from courseware.i18n import (
    catalogue_language,
    content_language,
    current_language,
    detect_language,
    interface_language,
    pick_template,
    set_language,
    tr,
    tr_for,
)


@pytest.fixture(autouse=True)
def _reset_language():  # type: ignore[no-untyped-def]
    yield
    set_language(None)


@pytest.mark.parametrize(("value", "expected"), [
    ("zh_TW.UTF-8", "zh-TW"), ("zh_HK", "zh-TW"), ("zh_MO.Big5", "zh-TW"),
    ("zh-Hant", "zh-TW"), ("zh_Hant_HK", "zh-TW"), ("zh-TW", "zh-TW"),
    ("zh_CN.UTF-8", "zh"), ("zh_SG", "zh"), ("zh-Hans", "zh"), ("zh", "zh"), ("zh-CN", "zh"),
    ("en_GB.UTF-8", "en"), ("de_DE", "en"), ("C", "en"),
    ("zh_TW:zh_CN:en", "zh-TW"),  # LANGUAGE is a list: its first entry wins
])
def test_locales_map_to_a_catalogue_language(value: str, expected: str) -> None:
    assert catalogue_language(value) == expected
    assert detect_language({"LANG": value}) == expected


def test_courseware_lang_wins_over_the_locale() -> None:
    assert detect_language({"COURSEWARE_LANG": "zh-TW", "LANG": "en_US.UTF-8"}) == "zh-TW"
    assert detect_language({}) == "en"


def test_traditional_interface_speaks_traditional_but_stays_chinese_for_callers() -> None:
    set_language("zh_HK")
    assert interface_language() == "zh-TW"
    assert current_language() == "zh"  # Chinese numerals, CJK rules: the family
    assert content_language() == "zh-TW"
    assert tr("course.not_a_folder", path="x") == "不是資料夾：x"
    set_language("zh")
    assert tr("course.not_a_folder", path="x") == "不是文件夹：x"
    assert content_language() == "zh-CN"
    set_language("en")
    assert content_language() == "en"


def test_unknown_interface_language_is_refused() -> None:
    with pytest.raises(ValueError):
        set_language("fr")


def test_course_languages_pick_their_script() -> None:
    assert tr_for("zh-TW", "file.missing", ref="a.md") == "找不到檔案：a.md"
    assert tr_for("zh-CN", "file.missing", ref="a.md") == "找不到文件：a.md"
    assert tr_for("en", "file.missing", ref="a.md") == "file not found: a.md"


def test_pick_template_falls_back_from_traditional_to_simplified_then_english() -> None:
    assert pick_template({"zh": "简", "en": "en"}, "zh-TW") == "简"
    assert pick_template({"en": "en"}, "zh-TW") == "en"
    entry = {"en": "{count} questions", "en_one": "1 question", "zh": "{count} 道题"}
    assert pick_template(entry, "en", 1) == "1 question"
    assert pick_template(entry, "en", 2) == "{count} questions"
    assert pick_template(entry, "zh", 1) == "{count} 道题"


def test_reviewed_terms_reach_the_interface() -> None:
    """Terms OpenCC gets wrong for Taiwan's software, fixed by the reviewed-term table."""
    def traditional(key: str, **values: object) -> str:
        return tr_for("zh-TW", key, **values)

    assert "品質" in traditional("review.none") and "質量" not in traditional("review.none")
    assert traditional("oserror.read_only") == "磁碟或資料夾是唯讀的"
    assert "權限" in traditional("oserror.permission")
    assert traditional("connection.bad_port", port=0).startswith("連接埠 0 無效")
    assert traditional("roster.ignored_columns", columns="部门") == "未使用的欄：部门"


def test_command_line_speaks_traditional_from_the_environment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT
    from tests.courseware.course_builder import edit, write_sample_course

    folder = write_sample_course(tmp_path / "c")
    edit(folder, "modules/01-m1/m1-quiz.yaml", "correct: true", "correct: false")
    env = {**os.environ, "COURSEWARE_LANG": "zh-TW", "LANG": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "validate", str(folder)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert "發現 1 個問題" in result.stderr, result.stderr
    assert "没有" not in result.stdout  # Traditional throughout
    created = subprocess.run(
        [sys.executable, str(REPO_ROOT / "main.py"), "--lang", "zh-TW", "new",
         str(tmp_path / "新課程"), "--title", "信任建立"],
        capture_output=True, text=True, timeout=120, env=env)
    assert created.returncode == 0, created.stderr
    assert "language: zh-TW" in (tmp_path / "新課程" / "course.yaml").read_text("utf-8")


def test_the_desktop_locale_counts_where_no_variable_is_set() -> None:
    """Windows sets no LANG: the GUI passes Qt's system locale (zh_TW on a Taiwan PC)."""
    from courseware.i18n import use_system_locale

    try:
        use_system_locale("zh_TW")
        assert detect_language({}) == "zh-TW"
        assert detect_language({"LANG": "en_US.UTF-8"}) == "en"  # a variable still wins
        use_system_locale("zh_CN")
        assert detect_language({}) == "zh"
    finally:
        use_system_locale("")
    assert detect_language({}) == "en"
