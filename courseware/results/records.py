"""Plain records the store hands out: roster entries and certificate records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Trainee:
    """One person on the roster. ``id`` is what attempts name as their trainee."""

    name: str
    employee_id: str | None = None
    department: str = ""
    email: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class CertificateRecord:
    """An issued certificate as recorded; never changed once added.

    ``payload`` is the signed text (Ed25519 by the certificates feature), ``signature`` its
    signature and ``key_fingerprint`` names the key. A reissue is a new record with
    ``replaces_id`` naming the certificate it replaces.
    """

    number: str
    course_id: str
    course_title: str
    trainee_name: str
    completion_date: str  # ISO date, YYYY-MM-DD
    hours: float
    issuer: str
    issued_at: datetime
    payload: str
    signature: str
    key_fingerprint: str
    trainee_id: str | None = None
    score_percent: float | None = None
    grade: str | None = None
    replaces_id: str | None = None
    id: str = field(default_factory=new_id)
