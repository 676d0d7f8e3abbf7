"""Both languages of trainee mode's messages are complete."""

from __future__ import annotations

import re

from ui.trainee.strings import MESSAGES, tr


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for key, entry in MESSAGES.items():
        assert set(entry) == {"en", "zh"}, key
        assert set(re.findall(r"{(\w+)}", entry["en"])) == set(re.findall(r"{(\w+)}", entry["zh"]))


def test_chinese_messages_have_no_english_words() -> None:
    allowed = {"Courseware", "Studio"}
    for key, entry in MESSAGES.items():
        words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"{\w+}", "", entry["zh"])))
        assert words <= allowed, (key, words)


def test_fallback_to_the_ui_catalogue() -> None:
    assert tr("preview.flag")
