"""The results-store tables (SQLAlchemy 2, typed ``Mapped[]`` style).

Changing a table means a new migration in ``migrations/versions``; a test checks that the
migrated schema equals these models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from courseware.results.types import UTCDateTime, json_type

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 64


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TraineeRow(Base):
    """One person on the roster."""

    __tablename__ = "trainees"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    employee_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")


class AttemptRow(Base):
    """One attempt at one course's quiz by one trainee, with what they were shown and the result.

    Quiz ids are unique within a course only: every query by quiz also names the course.
    """

    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("course_id", "quiz_id", "trainee_id", "attempt_number",
                         name="uq_attempts_course_quiz_trainee_number"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    quiz_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    # "" only for rows from before migration 0004 that no course could be found for
    course_id: Mapped[str] = mapped_column(String(ID_LENGTH), default="")
    # the engine's trainee id: normally a roster entry's id (trainees.id), but attempts stay
    # valid without one (guests, rosters edited later), so it is not a foreign key
    trainee_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    attempt_number: Mapped[int] = mapped_column(Integer, default=1)
    seed: Mapped[int] = mapped_column(BigInteger, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    presentation: Mapped[Any] = mapped_column(json_type())
    position: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float | None]
    max_score: Mapped[float | None]
    percent: Mapped[float | None]
    passed: Mapped[bool | None]


class AnswerRow(Base):
    """The current answer to one question of one attempt (upserted on every change)."""

    __tablename__ = "answers"

    attempt_id: Mapped[str] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    # the trainee's answer (False: the row only holds a grade for an unanswered question)
    recorded: Mapped[bool] = mapped_column(default=False)
    value: Mapped[Any] = mapped_column(json_type(), nullable=True)
    certainty: Mapped[int | None]
    flagged: Mapped[bool] = mapped_column(default=False)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # the grade (NULL max_points: not graded yet)
    question_type: Mapped[str] = mapped_column(String(32), default="")
    max_points: Mapped[float | None]
    fraction: Mapped[float | None]
    points: Mapped[float | None]
    graded_certainty: Mapped[int | None]
    essay_points: Mapped[Any] = mapped_column(json_type(), nullable=True)
    essay_comment: Mapped[str] = mapped_column(Text, default="")
    graded_by: Mapped[str] = mapped_column(String(200), default="")
    graded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CertificateRow(Base):
    """An issued certificate. Written once, never updated; a reissue names what it replaces."""

    __tablename__ = "certificates"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # a UUID
    number: Mapped[str] = mapped_column(String(64), unique=True)
    course_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    course_title: Mapped[str] = mapped_column(String(500))
    trainee_name: Mapped[str] = mapped_column(String(200))
    trainee_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    completion_date: Mapped[str] = mapped_column(String(10))
    score_percent: Mapped[float | None]
    grade: Mapped[str | None] = mapped_column(String(50))
    hours: Mapped[float]
    issuer: Mapped[str] = mapped_column(String(500))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("certificates.id"))
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    key_fingerprint: Mapped[str] = mapped_column(String(128))


class ReadingRow(Base):
    """A lesson or case study a trainee has opened: when first and when last.

    The key starts with the course so that a class's progress is read from the key alone.
    """

    __tablename__ = "reading_progress"

    course_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    trainee_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    first_read_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_read_at: Mapped[datetime] = mapped_column(UTCDateTime())


trainees_table = cast(Table, TraineeRow.__table__)
attempts_table = cast(Table, AttemptRow.__table__)
answers_table = cast(Table, AnswerRow.__table__)
certificates_table = cast(Table, CertificateRow.__table__)
reading_table = cast(Table, ReadingRow.__table__)
