"""The interface's message catalogue (Simplified Chinese and English) and its ``tr``.

The language is the domain's (:mod:`courseware.i18n`), so validation messages and the
interface always speak the same language. Every module in ``ui.i18n`` whose name starts with
``messages_`` defines ``MESSAGES: dict[key, {"en": …, "zh": …}]``; both are required (tested).
"""

from __future__ import annotations

import importlib
import pkgutil

from courseware.i18n import current_language, pick_template

LANGUAGES = ("zh", "en")
_catalogue: dict[str, dict[str, str]] | None = None


def catalogue() -> dict[str, dict[str, str]]:
    global _catalogue
    if _catalogue is None:
        merged: dict[str, dict[str, str]] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            if not info.name.startswith("messages_"):
                continue
            module = importlib.import_module(f"{__name__}.{info.name}")
            for key, entry in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"UI message key {key!r} defined twice")
                merged[key] = entry
        _catalogue = merged
    return _catalogue


def tr(key: str, **values: object) -> str:
    """The text for ``key`` in the current interface language, with its fields filled in."""
    template = pick_template(catalogue()[key], current_language(), values.get("count"))
    return template.format(**values) if values else template
