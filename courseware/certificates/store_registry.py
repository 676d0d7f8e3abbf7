"""The registry on the results store's ``certificates`` table (add and read, never update)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from courseware.certificates.payload import SignedPayload, b64decode, b64encode
from courseware.certificates.registry import DuplicateCertificateError
from courseware.certificates.signing import IssuedCertificate

if TYPE_CHECKING:
    from courseware.results import CertificateRecord as StoredCertificate
    from courseware.results import ResultsStore


class StoreRegistry:
    """Adapts ``store.certificates`` (and the roster, for trainee ids) to the registry protocol."""

    def __init__(self, store: ResultsStore) -> None:
        self.store = store
        self._codes: dict[str, str] | None = None  # short code → number, built on first look-up

    def add_all(self, certificates: list[IssuedCertificate]) -> None:
        from courseware.results import CertificateExists

        try:
            for certificate in certificates:
                self.store.certificates.add(self._row_for(certificate))
        except CertificateExists as error:
            raise DuplicateCertificateError(str(error)) from error
        self._codes = None

    def get(self, number: str) -> IssuedCertificate | None:
        stored = self.store.certificates.get_by_number(number)
        return None if stored is None else self._issued_from(stored)

    def find_by_code(self, code: str) -> IssuedCertificate | None:
        if self._codes is None:
            self._codes = {c.code: c.number for c in self.all()}
        number = self._codes.get(code)
        return None if number is None else self.get(number)

    def replacement_of(self, number: str) -> IssuedCertificate | None:
        stored = self.store.certificates.get_by_number(number)
        if stored is None:
            return None
        replacement = self.store.certificates.replacement_of(stored.id)
        return None if replacement is None else self._issued_from(replacement)

    def all(self) -> list[IssuedCertificate]:
        return [self._issued_from(stored) for stored in self.store.certificates.list()]

    def _row_for(self, certificate: IssuedCertificate) -> StoredCertificate:
        from courseware.results import CertificateRecord as StoredCertificate

        record = certificate.record
        return StoredCertificate(
            number=record.number, course_id=record.course_id, course_title=record.course_title,
            trainee_name=record.trainee_name, completion_date=record.completed_on.isoformat(),
            hours=record.hours, issuer=record.issuer, issued_at=record.issued_at,
            payload=certificate.signed.payload, signature=b64encode(certificate.signed.signature),
            key_fingerprint=certificate.signed.key_id,
            trainee_id=self._roster_id(record.trainee_id), score_percent=record.score_percent,
            grade=record.grade, replaces_id=self._id_of(record.replaces))

    def _issued_from(self, stored: StoredCertificate) -> IssuedCertificate:
        signed = SignedPayload(stored.payload, b64decode(stored.signature),
                               stored.key_fingerprint)
        return IssuedCertificate(signed.record(), signed)

    def _roster_id(self, employee_id: str) -> str | None:
        if not employee_id:
            return None
        trainee = self.store.rosters.find_by_employee_id(employee_id)
        return None if trainee is None else trainee.id

    def _id_of(self, number: str | None) -> str | None:
        if number is None:
            return None
        stored = self.store.certificates.get_by_number(number)
        return None if stored is None else stored.id
