"""Message catalogue for the domain layer (validation, CLI) in Simplified Chinese and English."""

from __future__ import annotations

import os

from courseware.catalog import all_messages

SUPPORTED_LANGUAGES = ("zh", "en")
_current_language: str | None = None


def detect_language(environ: dict[str, str] | None = None) -> str:
    """Pick the interface language from the usual locale variables; Chinese for zh_*."""
    env = os.environ if environ is None else environ
    for name in ("COURSEWARE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(language: str | None) -> None:
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    global _current_language
    _current_language = language


def current_language() -> str:
    return _current_language or detect_language()


def tr(message_key: str, /, **values: object) -> str:
    """Translate a message key into the current language and fill in its fields."""
    return tr_for(current_language(), message_key, **values)


def tr_for(language: str, message_key: str, /, **values: object) -> str:
    """Translate into a given language ("zh", "en" or a course language such as "zh-CN")."""
    entry = all_messages()[message_key]
    return pick_template(entry, language_code(language), values.get("count")).format(**values)


def language_code(language: str) -> str:
    """The catalogue language of a locale or course language: zh for zh-CN/zh_TW…, else en."""
    return "zh" if language.lower().startswith("zh") else "en"


def pick_template(entry: dict[str, str], language: str, count: object = None) -> str:
    """The entry's text in ``language``; its singular form (``en_one``) when count is 1."""
    if count == 1 and f"{language}_one" in entry:
        return entry[f"{language}_one"]
    return entry.get(language) or entry["en"]
