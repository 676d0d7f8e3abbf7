"""initial schema: trainees, attempts, answers, certificates

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> Any:
    return sa.JSON(none_as_null=True).with_variant(
        postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql")


def _moment() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "trainees",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("employee_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainees")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_trainees_employee_id")),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("quiz_id", sa.String(length=64), nullable=False),
        sa.Column("course_id", sa.String(length=64), nullable=False),
        sa.Column("trainee_id", sa.String(length=64), nullable=False),
        sa.Column("attempt_number", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("started_at", _moment(), nullable=False),
        sa.Column("deadline", _moment(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("submitted_at", _moment(), nullable=True),
        sa.Column("presentation", _json(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("max_score", sa.Double(), nullable=True),
        sa.Column("percent", sa.Double(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
        sa.UniqueConstraint("quiz_id", "trainee_id", "attempt_number",
                            name="uq_attempts_quiz_trainee_number"),
    )
    op.create_index(op.f("ix_attempts_quiz_id"), "attempts", ["quiz_id"], unique=False)
    op.create_index(op.f("ix_attempts_trainee_id"), "attempts", ["trainee_id"], unique=False)
    op.create_table(
        "certificates",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("course_id", sa.String(length=64), nullable=False),
        sa.Column("course_title", sa.String(length=500), nullable=False),
        sa.Column("trainee_name", sa.String(length=200), nullable=False),
        sa.Column("trainee_id", sa.String(length=64), nullable=True),
        sa.Column("completion_date", sa.String(length=10), nullable=False),
        sa.Column("score_percent", sa.Double(), nullable=True),
        sa.Column("grade", sa.String(length=50), nullable=True),
        sa.Column("hours", sa.Double(), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("issued_at", _moment(), nullable=False),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(["replaces_id"], ["certificates.id"],
                                name=op.f("fk_certificates_replaces_id_certificates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    op.create_table(
        "answers",
        sa.Column("attempt_id", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("recorded", sa.Boolean(), nullable=False),
        sa.Column("value", _json(), nullable=True),
        sa.Column("certainty", sa.Integer(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("answered_at", _moment(), nullable=True),
        sa.Column("question_type", sa.String(length=32), nullable=False),
        sa.Column("max_points", sa.Double(), nullable=True),
        sa.Column("fraction", sa.Double(), nullable=True),
        sa.Column("points", sa.Double(), nullable=True),
        sa.Column("graded_certainty", sa.Integer(), nullable=True),
        sa.Column("essay_points", _json(), nullable=True),
        sa.Column("essay_comment", sa.Text(), nullable=False),
        sa.Column("graded_by", sa.String(length=200), nullable=False),
        sa.Column("graded_at", _moment(), nullable=True),
        sa.ForeignKeyConstraint(["attempt_id"], ["attempts.id"],
                                name=op.f("fk_answers_attempt_id_attempts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attempt_id", "question_id", name=op.f("pk_answers")),
    )


def downgrade() -> None:
    op.drop_table("answers")
    op.drop_table("certificates")
    op.drop_index(op.f("ix_attempts_trainee_id"), table_name="attempts")
    op.drop_index(op.f("ix_attempts_quiz_id"), table_name="attempts")
    op.drop_table("attempts")
    op.drop_table("trainees")
