"""certificates are never changed: the database refuses UPDATE and DELETE on them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "certificates are never changed or deleted; record a replacement instead"

SQLITE_UP = [
    f"""CREATE TRIGGER certificates_never_updated BEFORE UPDATE ON certificates
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER certificates_never_deleted BEFORE DELETE ON certificates
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]
SQLITE_DOWN = ["DROP TRIGGER certificates_never_deleted",
               "DROP TRIGGER certificates_never_updated"]

POSTGRESQL_UP = [
    f"""CREATE FUNCTION certificates_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$""",
    """CREATE TRIGGER certificates_never_changed BEFORE UPDATE OR DELETE ON certificates
        FOR EACH ROW EXECUTE FUNCTION certificates_refuse_change()""",
]
POSTGRESQL_DOWN = ["DROP TRIGGER certificates_never_changed ON certificates",
                   "DROP FUNCTION certificates_refuse_change()"]


def _run(statements: dict[str, list[str]]) -> None:
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN})
