"""Both message catalogues are complete and agree on their placeholders."""

from __future__ import annotations

import string

from courseware.catalog import all_messages


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_english_and_chinese():
    for key, entry in all_messages().items():
        assert entry.get("en", "").strip(), f"{key}: English missing"
        assert entry.get("zh", "").strip(), f"{key}: Chinese missing"


def test_placeholders_agree_between_languages():
    for key, entry in all_messages().items():
        assert _fields(entry["en"]) == _fields(entry["zh"]), key


def test_chinese_messages_use_full_width_punctuation():
    for key, entry in all_messages().items():
        text = entry["zh"]
        for bad in ("(", ")", ",", "?"):
            cjk_next_to_bad = any(
                bad == ch and ("\u4e00" <= text[i - 1] <= "\u9fff" if i else False)
                for i, ch in enumerate(text))
            assert not cjk_next_to_bad, f"{key}: half-width {bad!r} after Chinese text"


def test_singular_forms_keep_the_placeholders_of_their_language():
    for key, entry in all_messages().items():
        for language in ("en", "zh"):
            singular = entry.get(f"{language}_one")
            if singular is not None:
                assert _fields(singular) <= _fields(entry[language]) | {"count"}, key


def test_english_counts_agree_in_number():
    from courseware.i18n import tr_for

    assert tr_for("en", "cli.problem_count", count=1) == "1 problem found"
    assert tr_for("en", "cli.problem_count", count=2) == "2 problems found"
    assert tr_for("zh-CN", "cli.problem_count", count=1) == "发现 1 个问题"
    assert not any("(s)" in entry["en"] for entry in all_messages().values()
                   if "{count}" in entry["en"])
