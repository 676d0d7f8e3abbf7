"""``verify`` for anything a person may hold: the QR text, a certificate PDF or a short code."""

from __future__ import annotations

from pathlib import Path

from courseware.certificates.keys import KeyRing
from courseware.certificates.pdf_metadata import read_pdf_payloads
from courseware.certificates.registry import CertificateRegistry
from courseware.certificates.shortcode import normalise_code
from courseware.certificates.signing import Verdict, verify_text


def verify(subject: str | Path, keys: KeyRing,
           registry: CertificateRegistry | None = None) -> list[Verdict]:
    """One verdict per certificate found (a batch PDF holds many); genuine only if all are."""
    path = Path(subject)
    if isinstance(subject, Path) or _looks_like_file(str(subject), path):
        return verify_pdf(path, keys, registry)
    text = str(subject)
    code = normalise_code(text)
    if code is not None:
        return [verify_code(code, keys, registry)]
    return [verify_signed_text(text, keys, registry)]


def verify_pdf(path: Path, keys: KeyRing, registry: CertificateRegistry | None) -> list[Verdict]:
    texts = read_pdf_payloads(path)
    if not texts:
        return [Verdict(False, "verify.no_payload_in_pdf")]
    return [verify_signed_text(text, keys, registry) for text in texts]


def verify_code(code: str, keys: KeyRing, registry: CertificateRegistry | None) -> Verdict:
    found = registry.find_by_code(code) if registry is not None else None
    if found is None:
        return Verdict(False, "verify.unknown_code", code=code)
    return verify_signed_text(found.text, keys, registry)


def verify_signed_text(text: str, keys: KeyRing,
                       registry: CertificateRegistry | None) -> Verdict:
    verdict = verify_text(text, keys.trusted_keys())
    if not verdict.genuine or registry is None or verdict.record is None:
        return verdict
    replacement = registry.replacement_of(verdict.record.number)
    if replacement is None:
        return verdict
    return Verdict(True, "verify.genuine_replaced", verdict.record, verdict.code,
                   replaced_by=replacement.number)


def _looks_like_file(text: str, path: Path) -> bool:
    if text.startswith("CWC1:") or len(text) > 1024:
        return False
    return path.suffix.lower() == ".pdf" or path.exists()
