"""catalogue_load_s, catalogue_cold_load_s: reading both layers' .po catalogues (issue 15).

Warm: what every start-up after the first pays (the merged JSON in the user cache folder).
Cold: the first start after an install or a changed .po file (polib parses every file).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.timing import best_of
from courseware.catalog import LOCALE_FOLDER as DOMAIN
from courseware.po_catalogue import load_layer, read_layer
from ui.i18n import LOCALE_FOLDER as INTERFACE


def _both_layers() -> int:
    return len(load_layer(DOMAIN)) + len(load_layer(INTERFACE))


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as cache:
        previous = os.environ.get("XDG_CACHE_HOME")
        os.environ["XDG_CACHE_HOME"] = str(Path(cache))
        try:
            cold = best_of(3, lambda: len(read_layer(DOMAIN)) + len(read_layer(INTERFACE)))
            assert _both_layers() > 1000  # fills the cache
            warm = best_of(5, _both_layers)
        finally:
            if previous is None:
                os.environ.pop("XDG_CACHE_HOME", None)
            else:
                os.environ["XDG_CACHE_HOME"] = previous
    return {"catalogue_load_s": round(warm, 4), "catalogue_cold_load_s": round(cold, 4)}
