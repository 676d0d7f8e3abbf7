"""Both languages of trainee mode's messages are complete."""

from __future__ import annotations

import re

from ui.i18n.messages_trainee import MESSAGES
from ui.trainee.strings import tr


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for key, entry in MESSAGES.items():
        assert set(entry) == {"en", "zh"}, key
        assert set(re.findall(r"{(\w+)}", entry["en"])) == set(re.findall(r"{(\w+)}", entry["zh"]))


def test_chinese_messages_have_no_english_words() -> None:
    allowed = {"Courseware", "Studio"}
    for key, entry in MESSAGES.items():
        words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"{\w+}", "", entry["zh"])))
        assert words <= allowed, (key, words)


def test_one_catalogue_serves_trainee_and_shared_keys() -> None:
    assert tr("preview.flag")
    assert tr("trainee.signin.title")
