"""Who already holds a certificate for a course, so that issuing again is a decision.

A person is recognised by the id on the certificate (工号) when there is one, else by the
name. Only certificates not replaced since count: after a reissue the replacement is the one
held. With ``reissue`` the new drafts name the certificate they replace; without it those
people are left out and reported.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from courseware.certificates.issuing import CertificateDraft
from courseware.certificates.record import CertificateRecord
from courseware.certificates.registry import CertificateRegistry


@dataclass(frozen=True)
class IssuePlan:
    drafts: list[CertificateDraft]  # to sign: new ones, and replacements when reissuing
    held: list[tuple[CertificateDraft, str]] = field(default_factory=list)  # left out, number

    @property
    def replacements(self) -> int:
        return sum(draft.replaces is not None for draft in self.drafts)


def person_key(trainee_id: str, name: str) -> str:
    if trainee_id.strip():
        return "id:" + trainee_id.strip()
    return "name:" + unicodedata.normalize("NFKC", name).strip().casefold()


def _key_of(record: CertificateRecord | CertificateDraft) -> str:
    return person_key(record.trainee_id, record.trainee_name)


def held_certificates(registry: CertificateRegistry, course_id: str) -> dict[str, str]:
    """Person key → number of the certificate they hold now for the course."""
    issued = registry.all()
    replaced = {c.record.replaces for c in issued if c.record.replaces}
    current = sorted((c for c in issued if c.record.course_id == course_id
                      and c.number not in replaced), key=lambda c: c.record.issued_at)
    return {_key_of(c.record): c.number for c in current}


def plan_issue(registry: CertificateRegistry, drafts: Sequence[CertificateDraft],
               reissue: bool = False) -> IssuePlan:
    plan = IssuePlan([])
    holders: dict[str, str] = {}
    for draft in drafts:
        holders = holders or held_certificates(registry, draft.course_id)
        number = holders.get(_key_of(draft))
        if number is None:
            plan.drafts.append(draft)
        elif reissue:
            plan.drafts.append(dataclasses.replace(draft, replaces=number))
        else:
            plan.held.append((draft, number))
    return plan
