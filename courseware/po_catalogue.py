"""The message catalogues as gettext ``.po`` files, merged into one dictionary per layer.

A layer keeps ``<folder>/<locale>/<feature>.po`` for each locale in :data:`LOCALES`; msgids are
symbolic keys ("validate.missing_image"). Each key becomes ``{"zh": …, "zh-TW": …, "en": …}``
(plus ``"en_one"``, English's singular, when the entry has ``msgid_plural``) so the rest of the
code reads one dictionary whatever the file format. Parsing every file costs a few tens of
milliseconds, so the merged result is kept in a JSON file in the user cache folder, keyed by
the files' names, sizes and times (see :func:`load_layer`).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

# locale folder → the language key of a merged entry
LOCALES = {"zh_CN": "zh", "zh_TW": "zh-TW", "en": "en"}
CACHE_VERSION = 1

Catalogue = dict[str, dict[str, str]]


def po_files(folder: Path) -> list[Path]:
    return sorted(p for locale in LOCALES for p in (folder / locale).glob("*.po"))


def read_layer(folder: Path) -> Catalogue:
    """Merge every .po file of ``folder``; a key defined twice in one locale is an error."""
    import polib  # only when the cache is stale: its import and parsing are the slow part

    merged: Catalogue = {}
    for path in po_files(folder):
        language = LOCALES[path.parent.name]
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            target = merged.setdefault(entry.msgid, {})
            if language in target:
                raise RuntimeError(f"message key {entry.msgid!r} defined twice ({path})")
            target.update(_texts(entry, language))
    return merged


def _texts(entry: object, language: str) -> dict[str, str]:
    """The entry's non-empty texts; English plurals give ``en_one`` (n == 1) and ``en``."""
    forms: dict[int, str] = getattr(entry, "msgstr_plural", {}) or {}
    if not getattr(entry, "msgid_plural", ""):
        text: str = getattr(entry, "msgstr", "")
        return {language: text} if text else {}
    if language == "en":
        return {k: v for k, v in (("en_one", forms.get(0, "")), ("en", forms.get(1, ""))) if v}
    return {language: forms[0]} if forms.get(0) else {}


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(str(CACHE_VERSION).encode())
    for path in files:
        stat = path.stat()
        digest.update(f"\0{path.parent.name}/{path.name}\0{stat.st_size}\0"
                      f"{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _cache_file(folder: Path) -> Path | None:
    """One file per layer (named after its folder), replaced whenever the layer changes."""
    if os.environ.get("COURSEWARE_NO_CATALOGUE_CACHE"):
        return None
    from platformdirs import user_cache_dir

    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return Path(user_cache_dir("courseware-studio", appauthor=False)) / "catalogues" / (
        f"{name}.json")


def load_layer(folder: Path) -> Catalogue:
    """:func:`read_layer`, through the cache when the .po files have not changed since."""
    cache = _cache_file(folder)
    if cache is None:
        return read_layer(folder)
    fingerprint = _fingerprint(po_files(folder))
    try:
        cached = json.loads(cache.read_text("utf-8"))
        if cached.get("fingerprint") == fingerprint and isinstance(cached["messages"], dict):
            return cached["messages"]  # type: ignore[no-any-return]
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    merged = read_layer(folder)
    _write_cache(cache, {"fingerprint": fingerprint, "messages": merged})
    return merged


def _write_cache(path: Path, content: dict[str, object]) -> None:
    """Best effort (a read-only home still works, only slower); atomic, so never half read."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
        os.replace(temporary, path)
    except OSError:
        pass


def add_unmigrated(merged: Catalogue, modules: list[tuple[str, Catalogue]]) -> Catalogue:
    """Python catalogue modules merged from a branch but not yet converted by
    ``scripts/migrate_catalogues.py`` still work (their text wins; a test fails until they
    are converted). A stale Traditional text is dropped so Simplified shows instead."""
    seen: dict[str, str] = {}
    for name, messages in modules:
        for key, entry in messages.items():
            if key in seen:
                raise RuntimeError(f"message key {key!r} defined twice ({seen[key]}, {name})")
            seen[key] = name
            old = merged.get(key, {})
            new = {**old, **entry}
            if old.get("zh") != entry.get("zh"):
                new.pop("zh-TW", None)
            merged[key] = new
    return merged
