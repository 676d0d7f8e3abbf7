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
