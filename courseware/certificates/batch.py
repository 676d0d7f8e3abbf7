"""From a course and a list of people (roster or quiz passers) to certificate drafts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from courseware.certificates.issuing import CertificateDraft
from courseware.certificates.passers import Passer
from courseware.certificates.roster import RosterEntry
from courseware.model import Course


def draft_for(course: Course, entry: RosterEntry, completed_on: date,
              issuer: str | None = None) -> CertificateDraft:
    settings = course.certificate
    return CertificateDraft(
        trainee_name=entry.name.strip(), trainee_id=entry.trainee_id,
        course_id=course.id, course_title=course.title, completed_on=completed_on,
        hours=settings.hours if settings else 0,
        issuer=issuer or (settings.issuer if settings else ""),
        score_percent=entry.score_percent, grade=entry.grade)


def drafts_from_roster(course: Course, entries: Sequence[RosterEntry], completed_on: date,
                       issuer: str | None = None) -> list[CertificateDraft]:
    return [draft_for(course, entry, completed_on, issuer) for entry in entries]


def drafts_from_passers(course: Course, passers: Sequence[Passer],
                        issuer: str | None = None) -> list[CertificateDraft]:
    return [draft_for(course, p.entry, p.completed_on, issuer) for p in passers]
