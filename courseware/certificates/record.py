"""The certificate record: what one issued certificate states about one trainee."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class CertificateRecord:
    """Every field that the signature covers; a reissue names the number it replaces."""

    number: str
    trainee_name: str
    course_id: str
    course_title: str
    completed_on: date
    hours: float
    issuer: str
    issued_at: datetime
    trainee_id: str = ""
    score_percent: float | None = None
    grade: str | None = None
    replaces: str | None = None

    def __post_init__(self) -> None:
        if not self.trainee_name.strip():
            raise ValueError("a certificate needs the trainee's name")
        if self.issued_at.tzinfo is None:
            raise ValueError("issued_at must be timezone-aware")

    @property
    def result_text(self) -> str:
        """The score or grade as printed: '92.5%', 'Distinction', or '' when unknown."""
        if self.grade:
            return self.grade
        if self.score_percent is None:
            return ""
        return f"{format_number(self.score_percent)}%"


def format_number(value: float) -> str:
    """6 → '6', 92.5 → '92.5', 92.456 → '92.46': the one way a number is written."""
    rounded = round(float(value), 2)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:g}"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
