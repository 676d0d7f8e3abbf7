"""Opening what the certificate commands need: the key ring and the registry in a store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from courseware.certificates.keys import KeyRing
from courseware.certificates.store_registry import StoreRegistry

KEY_DIR_VARIABLE = "COURSEWARE_KEY_DIR"


def key_ring(folder: Path | None = None) -> KeyRing:
    """The key ring in ``folder``, else ``$COURSEWARE_KEY_DIR``, else the user data dir."""
    configured = os.environ.get(KEY_DIR_VARIABLE)
    return KeyRing(folder or (Path(configured) if configured else None))


@contextmanager
def store_registry(url: str | None) -> Iterator[StoreRegistry]:
    """The certificates table of the results store at ``url`` (the embedded one by default)."""
    from courseware.results import open_store

    store = open_store(url)
    try:
        yield StoreRegistry(store)
    finally:
        store.close()


def embedded_store_exists() -> bool:
    from courseware.results.database import default_store_path

    return default_store_path().exists()
