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
        """All in one transaction (a batch of 1,000 is one commit, not 1,000)."""
        from courseware.results import CertificateExists

        roster_ids = self._roster_ids()
        rows = [self._row_for(c, roster_ids) for c in certificates]
        try:
            add_many = getattr(self.store.certificates, "add_many", None)
            if add_many is not None:
                add_many(rows)
            else:
                insert_in_one_transaction(self.store, rows)
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

    def _row_for(self, certificate: IssuedCertificate,
                 roster_ids: dict[str, str]) -> StoredCertificate:
        from courseware.results import CertificateRecord as StoredCertificate

        record = certificate.record
        return StoredCertificate(
            number=record.number, course_id=record.course_id, course_title=record.course_title,
            trainee_name=record.trainee_name, completion_date=record.completed_on.isoformat(),
            hours=record.hours, issuer=record.issuer, issued_at=record.issued_at,
            payload=certificate.signed.payload, signature=b64encode(certificate.signed.signature),
            key_fingerprint=certificate.signed.key_id,
            trainee_id=roster_ids.get(record.trainee_id), score_percent=record.score_percent,
            grade=record.grade, replaces_id=self._id_of(record.replaces))

    def _issued_from(self, stored: StoredCertificate) -> IssuedCertificate:
        signed = SignedPayload(stored.payload, b64decode(stored.signature),
                               stored.key_fingerprint)
        return IssuedCertificate(signed.record(), signed)

    def _roster_ids(self) -> dict[str, str]:
        """Employee id (工号) → the roster entry's id, for linking records to trainees."""
        return {t.employee_id: t.id for t in self.store.rosters.list() if t.employee_id}

    def _id_of(self, number: str | None) -> str | None:
        if number is None:
            return None
        stored = self.store.certificates.get_by_number(number)
        return None if stored is None else stored.id


def insert_in_one_transaction(store: ResultsStore, rows: list[StoredCertificate]) -> None:
    """Insert records into the store's certificates table, all or none (never an update)."""
    from dataclasses import asdict

    from sqlalchemy.exc import IntegrityError

    from courseware.results import CertificateExists
    from courseware.results.certificates import certificates_table

    if not rows:
        return
    try:
        with store.engine.begin() as connection:
            connection.execute(certificates_table.insert(), [asdict(row) for row in rows])
    except IntegrityError as error:
        raise CertificateExists("certificate.exists", number=rows[0].number) from error
