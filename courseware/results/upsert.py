"""INSERT … ON CONFLICT DO UPDATE for SQLite and PostgreSQL (the dialects the store supports)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def upsert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]],
           key: Iterable[str], update: Iterable[str]) -> None:
    """Insert ``rows``; where ``key`` already exists, overwrite the ``update`` columns."""
    if not rows:
        return
    dialect = connection.dialect.name
    if dialect == "postgresql":
        pg_insert = postgresql.insert(table)
        pg_statement = pg_insert.on_conflict_do_update(
            index_elements=list(key), set_={c: pg_insert.excluded[c] for c in update})
        connection.execute(pg_statement, list(rows))
    elif dialect == "sqlite":
        lite_insert = sqlite.insert(table)
        lite_statement = lite_insert.on_conflict_do_update(
            index_elements=list(key), set_={c: lite_insert.excluded[c] for c in update})
        connection.execute(lite_statement, list(rows))
    else:
        raise NotImplementedError(f"the results store does not support {dialect!r} databases")
