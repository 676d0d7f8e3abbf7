"""Writers of tabular exports (results spreadsheets) by file suffix.

Spreadsheet formats are written in exporters/ (DESIGN: foreign formats live there). The
composition root registers them here, so the domain can offer them without importing
exporters. Kept free of heavy imports: registering costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

TableWriter = Callable[[Path, tuple[Any, ...]], list[Path]]
_WRITERS: dict[str, TableWriter] = {}


def register_table_writer(suffix: str, writer: TableWriter) -> None:
    _WRITERS[suffix.lower()] = writer


def table_writer(suffix: str) -> TableWriter | None:
    return _WRITERS.get(suffix.lower())


def registered_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_WRITERS))
