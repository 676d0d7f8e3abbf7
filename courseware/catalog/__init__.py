"""The domain's message catalogue: ``courseware/locale/<locale>/<feature>.po`` (gettext).

:func:`all_messages` merges them into ``key → {"zh", "zh-TW", "en"[, "en_one"]}``. A Python
module still in this package (``MESSAGES = {key: {"en": …, "zh": …}}``, from a branch written
before the move to .po) is merged too until ``scripts/migrate_catalogues.py`` converts it.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from courseware.po_catalogue import Catalogue, add_unmigrated, load_layer

LOCALE_FOLDER = Path(__file__).resolve().parent.parent / "locale"
_merged: Catalogue | None = None


def python_modules() -> list[tuple[str, Catalogue]]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append((info.name, getattr(module, "MESSAGES", {})))
    return found


def all_messages() -> Catalogue:
    global _merged
    if _merged is None:
        _merged = add_unmigrated(load_layer(LOCALE_FOLDER), python_modules())
    return _merged
