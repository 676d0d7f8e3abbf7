"""From a course and a list of people (roster or quiz passers) to certificate drafts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from courseware.certificates.issuing import CertificateDraft
from courseware.certificates.passers import Passer
from courseware.certificates.placeholders import is_placeholder
from courseware.certificates.roster import RosterEntry
from courseware.model import Course


def issuer_name(course: Course, issuer: str | None = None, organisation: str = "") -> str:
    """Who issues: the name given for this batch (``--issuer``), else the course's issuer when
    it is a real name, else the organisation named in the app's settings. What is left (empty
    or template text) is refused when signing, with a message saying where to fill it in."""
    if issuer:
        return issuer
    course_issuer = course.certificate.issuer if course.certificate else ""
    if not is_placeholder(course_issuer) or is_placeholder(organisation):
        return course_issuer
    return organisation.strip()


def draft_for(course: Course, entry: RosterEntry, completed_on: date,
              issuer: str | None = None, organisation: str = "") -> CertificateDraft:
    settings = course.certificate
    return CertificateDraft(
        trainee_name=entry.name.strip(), trainee_id=entry.trainee_id,
        course_id=course.id, course_title=course.title, completed_on=completed_on,
        hours=settings.hours if settings else 0,
        issuer=issuer_name(course, issuer, organisation),
        score_percent=entry.score_percent, grade=entry.grade)


def drafts_from_roster(course: Course, entries: Sequence[RosterEntry], completed_on: date,
                       issuer: str | None = None, organisation: str = ""
                       ) -> list[CertificateDraft]:
    return [draft_for(course, entry, completed_on, issuer, organisation) for entry in entries]


def drafts_from_passers(course: Course, passers: Sequence[Passer],
                        issuer: str | None = None, organisation: str = ""
                        ) -> list[CertificateDraft]:
    return [draft_for(course, p.entry, p.completed_on, issuer, organisation) for p in passers]
