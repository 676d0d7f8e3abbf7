"""Where issued certificates are recorded: add, look up, list; never change or delete."""

from __future__ import annotations

from typing import Protocol

from courseware.certificates.signing import IssuedCertificate


class DuplicateCertificateError(ValueError):
    """A certificate with this number is already recorded; records are never replaced."""


class CertificateRegistry(Protocol):
    def add_all(self, certificates: list[IssuedCertificate]) -> None:
        """Record certificates in one transaction: all or none."""

    def get(self, number: str) -> IssuedCertificate | None: ...

    def find_by_code(self, code: str) -> IssuedCertificate | None: ...

    def replacement_of(self, number: str) -> IssuedCertificate | None:
        """The certificate that reissued ``number``, if any."""

    def all(self) -> list[IssuedCertificate]: ...


class MemoryRegistry:
    """A registry in memory, for tests and for signing without a store."""

    def __init__(self) -> None:
        self._by_number: dict[str, IssuedCertificate] = {}

    def add_all(self, certificates: list[IssuedCertificate]) -> None:
        numbers = [c.number for c in certificates]
        clashes = set(numbers) & set(self._by_number)
        if clashes or len(set(numbers)) != len(numbers):
            raise DuplicateCertificateError(", ".join(sorted(clashes)) or "duplicate in batch")
        self._by_number.update((c.number, c) for c in certificates)

    def get(self, number: str) -> IssuedCertificate | None:
        return self._by_number.get(number)

    def find_by_code(self, code: str) -> IssuedCertificate | None:
        return next((c for c in self._by_number.values() if c.code == code), None)

    def replacement_of(self, number: str) -> IssuedCertificate | None:
        return next((c for c in self._by_number.values() if c.record.replaces == number), None)

    def all(self) -> list[IssuedCertificate]:
        return list(self._by_number.values())
