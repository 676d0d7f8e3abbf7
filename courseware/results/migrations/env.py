"""Alembic environment for the results store.

Run programmatically by :func:`courseware.results.migrate.upgrade_to_head`, which passes an open
connection in ``config.attributes["connection"]``; there is no alembic.ini.
"""

from __future__ import annotations

from alembic import context

from courseware.results.schema import Base


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("the results store migrates only online, on an open connection")
run_migrations_online()
