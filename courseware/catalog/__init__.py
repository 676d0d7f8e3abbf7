"""Message catalogues. Every module in this package defines ``MESSAGES: dict[key, {en, zh}]``;
they are merged at first use, so each feature keeps its messages in its own file."""

from __future__ import annotations

import importlib
import pkgutil

_merged: dict[str, dict[str, str]] | None = None


def all_messages() -> dict[str, dict[str, str]]:
    global _merged
    if _merged is None:
        merged: dict[str, dict[str, str]] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{__name__}.{info.name}")
            for key, entry in getattr(module, "MESSAGES", {}).items():
                if key in merged:
                    raise RuntimeError(f"message key {key!r} defined twice ({info.name})")
                merged[key] = entry
        _merged = merged
    return _merged
