"""Certificates: records, Ed25519-signed payloads, short codes, keys, issuing and verifying.

Pure Python and ``cryptography``: the PDF designs live in ``exporters.certificates``.
"""

from courseware.certificates.issuing import CertificateDraft, CertificateIssuer
from courseware.certificates.keys import KeyRing
from courseware.certificates.record import CertificateRecord
from courseware.certificates.registry import CertificateRegistry, MemoryRegistry
from courseware.certificates.signing import IssuedCertificate, Verdict, sign_record, verify_text
from courseware.certificates.verification import verify

__all__ = [
    "CertificateDraft",
    "CertificateIssuer",
    "CertificateRecord",
    "CertificateRegistry",
    "IssuedCertificate",
    "KeyRing",
    "MemoryRegistry",
    "Verdict",
    "sign_record",
    "verify",
    "verify_text",
]
