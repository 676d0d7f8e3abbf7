"""Every language of trainee mode's messages is complete (ui/locale/*/trainee.po)."""

from __future__ import annotations

import re
from pathlib import Path

import polib

from ui.i18n import LANGUAGES, catalogue
from ui.trainee.strings import tr

TRAINEE_PO = Path(__file__).resolve().parents[3] / "ui" / "locale" / "en" / "trainee.po"


def trainee_messages() -> dict[str, dict[str, str]]:
    keys = [entry.msgid for entry in polib.pofile(str(TRAINEE_PO))]
    assert keys
    return {key: catalogue()[key] for key in keys}


def test_every_message_has_every_language_with_the_same_fields() -> None:
    for key, entry in trainee_messages().items():
        assert set(LANGUAGES) <= set(entry), key
        fields = [set(re.findall(r"{(\w+)}", entry[language])) for language in LANGUAGES]
        assert all(f == fields[0] for f in fields), key


def test_chinese_messages_have_no_english_words() -> None:
    allowed = {"Courseware", "Studio"}
    for key, entry in trainee_messages().items():
        for language in ("zh", "zh-TW"):
            words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"{\w+}", "", entry[language])))
            assert words <= allowed, (key, words)


def test_one_catalogue_serves_trainee_and_shared_keys() -> None:
    assert tr("preview.flag")
    assert tr("trainee.signin.title")
