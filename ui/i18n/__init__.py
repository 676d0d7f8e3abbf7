"""The interface's message catalogue and its ``tr``: ``ui/locale/<locale>/<feature>.po``
(gettext; Simplified Chinese, Traditional Chinese and English, see docs/translating.md).

The language is the domain's (:mod:`courseware.i18n`), so validation messages and the
interface always speak the same language. A Python module ``messages_<feature>.py`` still in
this package (from a branch written before the move to .po) is merged too until
``scripts/migrate_catalogues.py`` converts it.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from courseware.i18n import SUPPORTED_LANGUAGES, interface_language, pick_template
from courseware.po_catalogue import Catalogue, add_unmigrated, load_layer

LANGUAGES = SUPPORTED_LANGUAGES
LOCALE_FOLDER = Path(__file__).resolve().parent.parent / "locale"
_catalogue: Catalogue | None = None


def python_modules() -> list[tuple[str, Catalogue]]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("messages_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((info.name, module.MESSAGES))
    return found


def catalogue() -> Catalogue:
    global _catalogue
    if _catalogue is None:
        _catalogue = add_unmigrated(load_layer(LOCALE_FOLDER), python_modules())
    return _catalogue


def tr(key: str, **values: object) -> str:
    """The text for ``key`` in the current interface language, with its fields filled in."""
    template = pick_template(catalogue()[key], interface_language(), values.get("count"))
    return template.format(**values) if values else template
