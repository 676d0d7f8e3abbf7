"""The interface language and the domain's messages (validation, CLI): Simplified Chinese,
Traditional Chinese (Taiwan/Hong Kong terms) and English.

Language codes: ``"zh"`` (Simplified, zh_CN), ``"zh-TW"`` (Traditional) and ``"en"`` are the
interface languages and the keys of a catalogue entry. :func:`current_language` keeps answering
``"zh"`` or ``"en"`` (the language family: Chinese numerals, CJK layout rules) for its many
callers; :func:`interface_language` says which Chinese. Course languages ("zh-CN", "zh-TW",
"en") and locale names ("zh_HK.UTF-8") are accepted wherever a language is taken.
"""

from __future__ import annotations

import os

from courseware.catalog import all_messages

SUPPORTED_LANGUAGES = ("zh", "zh-TW", "en")
# regions and scripts that read Traditional characters
TRADITIONAL = {"tw", "hk", "mo", "hant"}
_current_language: str | None = None
_system_locale = ""  # the desktop's locale where no variable says it (Windows: from Qt)


def catalogue_language(language: str) -> str:
    """"zh", "zh-TW" or "en" for a locale, course language or interface language:
    zh_TW, zh_HK, zh_MO, zh-Hant… → zh-TW; zh, zh_CN, zh_SG, zh-Hans → zh; anything else → en."""
    value = language.split(":")[0].split(".")[0].split("@")[0].replace("_", "-").lower()
    if not value.startswith("zh"):
        return "en"
    return "zh-TW" if TRADITIONAL & set(value.split("-")[1:]) else "zh"


def detect_language(environ: dict[str, str] | None = None) -> str:
    """The interface language from the usual locale variables (first one set wins)."""
    env = os.environ if environ is None else environ
    for name in ("COURSEWARE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return catalogue_language(value)
    return catalogue_language(_system_locale) if _system_locale else "en"


def use_system_locale(name: str) -> None:
    """The desktop's locale ("zh_TW", "zh_CN" …), asked of the GUI toolkit: Windows sets none of
    the locale variables, so without it a Chinese Windows would get English."""
    global _system_locale
    _system_locale = name


def set_language(language: str | None) -> None:
    """Fix the interface language ("zh", "zh-TW", "en" or an alias such as "zh_TW", "zh-CN");
    None follows the system locale again."""
    if language is not None:
        if not language.lower().startswith(("zh", "en")):
            raise ValueError(f"unsupported language {language!r}")
        language = catalogue_language(language)
    global _current_language
    _current_language = language


def interface_language() -> str:
    """"zh", "zh-TW" or "en": the catalogue language the interface speaks."""
    return _current_language or detect_language()


def current_language() -> str:
    """"zh" or "en": the interface's language family (Traditional Chinese answers "zh")."""
    return language_code(interface_language())


def content_language() -> str:
    """The course language a new course gets in this interface: "zh-CN", "zh-TW" or "en"."""
    return {"zh": "zh-CN", "zh-TW": "zh-TW"}.get(interface_language(), "en")


def tr(message_key: str, /, **values: object) -> str:
    """Translate a message key into the current language and fill in its fields."""
    return tr_for(interface_language(), message_key, **values)


def tr_for(language: str, message_key: str, /, **values: object) -> str:
    """Translate into a given language ("zh", "zh-TW", "en" or a course language "zh-CN")."""
    entry = all_messages()[message_key]
    return pick_template(entry, language, values.get("count")).format(**values)


def language_code(language: str) -> str:
    """The language family of a locale or course language: zh for zh-CN/zh_TW…, else en."""
    return "zh" if language.lower().startswith("zh") else "en"


def pick_template(entry: dict[str, str], language: str, count: object = None) -> str:
    """The entry's text in ``language`` (Traditional falls back to Simplified, then English);
    English's singular form (``en_one``) when count is 1."""
    key = catalogue_language(language)
    if count == 1 and f"{key}_one" in entry:
        return entry[f"{key}_one"]
    if key == "zh-TW":
        return entry.get("zh-TW") or entry.get("zh") or entry["en"]
    return entry.get(key) or entry["en"]
