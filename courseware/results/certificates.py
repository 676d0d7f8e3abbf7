"""Issued certificates: add and read, never update or delete.

A reissue (a corrected name, a lost certificate) is a new record whose ``replaces_id`` names the
record it replaces; both stay, so any certificate ever printed can still be checked.
"""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.exc import IntegrityError

from courseware.results.errors import CertificateExists, ResultsError
from courseware.results.records import CertificateRecord
from courseware.results.schema import certificates_table


class CertificateRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, record: CertificateRecord) -> CertificateRecord:
        """Record an issued certificate. Refuses an id or number that exists already."""
        if record.replaces_id is not None and self.get(record.replaces_id) is None:
            raise ResultsError("certificate.replaced_missing", id=record.replaces_id)
        try:
            with self._engine.begin() as connection:
                connection.execute(certificates_table.insert(), [asdict(record)])
        except IntegrityError as error:
            raise CertificateExists("certificate.exists", number=record.number) from error
        return record

    def get(self, certificate_id: str) -> CertificateRecord | None:
        return self._first(certificates_table.c.id == certificate_id)

    def get_by_number(self, number: str) -> CertificateRecord | None:
        return self._first(certificates_table.c.number == number)

    def list(self, course_id: str | None = None) -> list[CertificateRecord]:
        query = select(certificates_table).order_by(certificates_table.c.issued_at,
                                                    certificates_table.c.number)
        if course_id is not None:
            query = query.where(certificates_table.c.course_id == course_id)
        with self._engine.connect() as connection:
            return [CertificateRecord(**row) for row in connection.execute(query).mappings()]

    def replacement_of(self, certificate_id: str) -> CertificateRecord | None:
        """The record that replaced this one, if it was reissued."""
        return self._first(certificates_table.c.replaces_id == certificate_id)

    def _first(self, condition: ColumnElement[bool]) -> CertificateRecord | None:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(certificates_table).where(condition)).mappings().first()
        return None if row is None else CertificateRecord(**row)
