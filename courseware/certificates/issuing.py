"""Issuing certificates: number them, sign them, record them; reissue to correct one."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from courseware.certificates.keys import KeyRing
from courseware.certificates.placeholders import is_placeholder
from courseware.certificates.record import CertificateRecord, utc_now
from courseware.certificates.registry import CertificateRegistry
from courseware.certificates.shortcode import ALPHABET
from courseware.certificates.signing import IssuedCertificate, sign_record
from courseware.i18n import tr

NUMBER_SUFFIX_LENGTH = 6
CORRECTABLE_FIELDS = frozenset({"trainee_name", "trainee_id", "course_title", "completed_on",
                                "score_percent", "grade", "hours", "issuer"})


class UnknownCertificateError(LookupError):
    pass


@dataclass(frozen=True)
class CertificateDraft:
    """What a certificate will say, before it has a number, a date of issue and a signature."""

    trainee_name: str
    course_id: str
    course_title: str
    completed_on: date
    hours: float
    issuer: str
    trainee_id: str = ""
    score_percent: float | None = None
    grade: str | None = None
    replaces: str | None = None  # the number of the certificate this one replaces


class PlaceholderIssuer(ValueError):
    """The issuer is empty or still template text; nothing was signed."""

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer
        super().__init__(issuer)

    def __str__(self) -> str:
        return tr("certs.issuer_refused", issuer=self.issuer)


def new_number(issued_at: datetime) -> str:
    """``CW-20250314-7K3MQ9``: the issue date and 30 random bits (unique per registry)."""
    suffix = "".join(secrets.choice(ALPHABET) for _ in range(NUMBER_SUFFIX_LENGTH))
    return f"CW-{issued_at:%Y%m%d}-{suffix}"


class CertificateIssuer:
    """Signs with the organisation's key and records in the registry (immutably)."""

    def __init__(self, keys: KeyRing, registry: CertificateRegistry,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.keys = keys
        self.registry = registry
        self.clock = clock

    def sign(self, draft: CertificateDraft, replaces: str | None = None) -> IssuedCertificate:
        """A signed certificate, not yet recorded (see :meth:`record`). Refuses an issuer that
        is empty or a placeholder (:class:`PlaceholderIssuer`): records are permanent."""
        if is_placeholder(draft.issuer):
            raise PlaceholderIssuer(draft.issuer)
        issued_at = self.clock()
        fields = {**dataclasses.asdict(draft), "replaces": replaces or draft.replaces}
        record = CertificateRecord(number=new_number(issued_at), issued_at=issued_at, **fields)
        return sign_record(record, self.keys.signing_key())

    def record(self, certificates: list[IssuedCertificate]) -> None:
        self.registry.add_all(certificates)

    def issue(self, draft: CertificateDraft) -> IssuedCertificate:
        certificate = self.sign(draft)
        self.record([certificate])
        return certificate

    def reissue(self, number: str, **corrections: object) -> IssuedCertificate:
        """A new certificate that replaces ``number``, e.g. with a corrected name."""
        old = self.registry.get(number)
        if old is None:
            raise UnknownCertificateError(number)
        unknown = set(corrections) - CORRECTABLE_FIELDS
        if unknown:
            raise TypeError(f"cannot correct {sorted(unknown)}")
        draft = dataclasses.replace(draft_of(old.record), **corrections)  # type: ignore[arg-type]
        certificate = self.sign(draft, replaces=number)
        self.record([certificate])
        return certificate


def draft_of(record: CertificateRecord) -> CertificateDraft:
    names = {f.name for f in dataclasses.fields(CertificateDraft)}
    return CertificateDraft(**{n: getattr(record, n) for n in names})
