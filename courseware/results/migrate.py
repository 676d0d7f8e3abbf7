"""Schema migrations, run programmatically when a store is opened.

The Alembic configuration is built in code (``script_location`` is the ``migrations`` folder
next to this module), so no ``alembic.ini`` is needed at run time. On PostgreSQL an advisory
lock makes many classroom PCs opening the store at once migrate it exactly once; on SQLite the
``BEGIN IMMEDIATE`` transaction does the same.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PG_MIGRATION_LOCK = 0x436F7572  # "Cour": any constant shared by every client


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to date; a no-op when it already is."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": PG_MIGRATION_LOCK})
        if current_revision(connection) == head_revision():
            return
        command.upgrade(alembic_config(connection), "head")
