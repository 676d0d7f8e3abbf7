"""attempts are numbered per course: two courses may both have a quiz called "final"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Rows written before this revision by the engine already carry their course id. A row whose
course id is empty (written by hand or by an old import) gets the course of the other attempts
at a quiz of the same id when exactly one course has such a quiz in this store. When none or
several do, it keeps the empty course id: such an attempt belongs to no course, so it is never
resumed, counted, certified or put in statistics; ``results export`` without ``--course``
still lists it, so nothing is lost, and a trainer can set its course by hand in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATTRIBUTE_COURSES = """
UPDATE attempts SET course_id = (
    SELECT MIN(known.course_id) FROM attempts AS known
    WHERE known.quiz_id = attempts.quiz_id AND known.course_id <> '')
WHERE course_id = '' AND (
    SELECT COUNT(DISTINCT known.course_id) FROM attempts AS known
    WHERE known.quiz_id = attempts.quiz_id AND known.course_id <> '') = 1
"""


NEW_KEY = ("uq_attempts_course_quiz_trainee_number",
           ["course_id", "quiz_id", "trainee_id", "attempt_number"])
OLD_KEY = ("uq_attempts_quiz_trainee_number", ["quiz_id", "trainee_id", "attempt_number"])


def upgrade() -> None:
    op.execute(ATTRIBUTE_COURSES)
    _replace_unique(OLD_KEY[0], NEW_KEY)


def downgrade() -> None:
    # fails if one trainee has the same attempt number at two courses' quizzes of one id
    _replace_unique(NEW_KEY[0], OLD_KEY)


def _replace_unique(old: str, new: tuple[str, list[str]]) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite rebuilds the table to change a constraint, and dropping the old table with
        # foreign keys on (they cannot be switched off inside the transaction) would cascade
        # to the answers: keep them aside and put them back.
        op.execute("CREATE TEMP TABLE answers_kept AS SELECT * FROM answers")
    with op.batch_alter_table("attempts") as batch:
        batch.drop_constraint(old, type_="unique")
        batch.create_unique_constraint(*new)
    if sqlite:
        op.execute("INSERT INTO answers SELECT * FROM answers_kept "
                   "WHERE attempt_id NOT IN (SELECT attempt_id FROM answers)")
        op.execute("DROP TABLE answers_kept")
