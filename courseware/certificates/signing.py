"""Signing a certificate record and checking a signed text against trusted keys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from courseware.certificates.keys import key_id
from courseware.certificates.payload import (
    PayloadError,
    SignedPayload,
    canonical_payload,
    parse_signed_text,
)
from courseware.certificates.record import CertificateRecord
from courseware.certificates.shortcode import short_code


@dataclass(frozen=True)
class IssuedCertificate:
    """A record with its signature: what is printed and what the registry keeps."""

    record: CertificateRecord
    signed: SignedPayload

    @property
    def text(self) -> str:
        """The signed text carried by the QR code and the PDF metadata."""
        return self.signed.text

    @property
    def code(self) -> str:
        return short_code(self.signed.text)

    @property
    def number(self) -> str:
        return self.record.number


@dataclass(frozen=True)
class Verdict:
    """The answer to 'is this certificate genuine?'; ``reason`` is a message key."""

    genuine: bool
    reason: str
    record: CertificateRecord | None = None
    code: str = ""
    replaced_by: str | None = None


def sign_record(record: CertificateRecord, private_key: Ed25519PrivateKey) -> IssuedCertificate:
    identifier = key_id(private_key.public_key())
    payload = canonical_payload(record, identifier)
    signature = private_key.sign(payload.encode("utf-8"))
    return IssuedCertificate(record, SignedPayload(payload, signature, identifier))


def verify_text(text: str, trusted: Mapping[str, Ed25519PublicKey]) -> Verdict:
    """Genuine when the text is well formed and signed by a trusted key."""
    try:
        signed = parse_signed_text(text)
        record = signed.record()
    except PayloadError:
        return Verdict(False, "verify.not_a_certificate")
    public_key = trusted.get(signed.key_id)
    if public_key is None:
        return Verdict(False, "verify.unknown_key", record)
    try:
        public_key.verify(signed.signature, signed.payload.encode("utf-8"))
    except InvalidSignature:
        return Verdict(False, "verify.bad_signature", record)
    return Verdict(True, "verify.genuine", record, short_code(signed.text))
