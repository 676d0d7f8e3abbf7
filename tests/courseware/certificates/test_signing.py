from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, verify_text
from courseware.certificates.payload import canonical_payload, parse_signed_text
from courseware.certificates.signing import sign_record


def test_round_trip_is_genuine(issuer: CertificateIssuer, draft: CertificateDraft,
                               keys: KeyRing) -> None:
    issued = issuer.issue(draft)
    verdict = verify_text(issued.text, keys.trusted_keys())
    assert verdict.genuine and verdict.reason == "verify.genuine"
    assert verdict.record == issued.record
    assert verdict.record.trainee_name == "张三丰" and verdict.record.score_percent == 92.5


def test_signed_text_is_small_enough_for_a_qr_code(issuer: CertificateIssuer,
                                                   draft: CertificateDraft) -> None:
    assert len(issuer.issue(draft).text.encode("utf-8")) < 600


@pytest.mark.parametrize(("field", "value"), [
    ("trainee_name", "张三"),
    ("trainee_id", "E99999"),
    ("course_id", "other-course"),
    ("course_title", "另一门课"),
    ("completed_on", date(2025, 3, 12)),
    ("score_percent", 99.5),
    ("grade", "优秀"),
    ("hours", 60),
    ("issuer", "假冒机构"),
    ("number", "CW-20250314-000000"),
])
def test_any_tampered_field_fails(issuer: CertificateIssuer, draft: CertificateDraft,
                                  keys: KeyRing, field: str, value: object) -> None:
    issued = issuer.issue(draft)
    forged = dataclasses.replace(issued.record, **{field: value})
    forged_payload = canonical_payload(forged, issued.signed.key_id)
    forged_text = issued.text.replace(issued.signed.payload, forged_payload)
    verdict = verify_text(forged_text, keys.trusted_keys())
    assert not verdict.genuine and verdict.reason == "verify.bad_signature"


def test_a_flipped_signature_fails(issuer: CertificateIssuer, draft: CertificateDraft,
                                   keys: KeyRing) -> None:
    text = issuer.issue(draft).text
    flipped = text[:10] + ("A" if text[10] != "A" else "B") + text[11:]
    assert not verify_text(flipped, keys.trusted_keys()).genuine


def test_non_canonical_payload_is_rejected(issuer: CertificateIssuer, draft: CertificateDraft,
                                           keys: KeyRing) -> None:
    text = issuer.issue(draft).text
    spaced = text.replace('","', '", "', 1)
    assert verify_text(spaced, keys.trusted_keys()).reason == "verify.not_a_certificate"


def test_wrong_key_fails(issuer: CertificateIssuer, draft: CertificateDraft,
                         tmp_path) -> None:
    text = issuer.issue(draft).text
    stranger = KeyRing(tmp_path / "stranger")
    stranger.signing_key()
    verdict = verify_text(text, stranger.trusted_keys())
    assert not verdict.genuine and verdict.reason == "verify.unknown_key"


def test_key_id_swapped_to_a_trusted_key_fails(issuer: CertificateIssuer,
                                               draft: CertificateDraft, tmp_path) -> None:
    other = KeyRing(tmp_path / "other")
    issued = sign_record(issuer.sign(draft).record, other.signing_key())
    claimed = issued.text.replace(issued.signed.key_id, issuer.keys.own_key_id())
    assert not verify_text(claimed, issuer.keys.trusted_keys()).genuine


@pytest.mark.parametrize("text", ["", "hello", "CWC1:short:{}", "CWC1:" + "A" * 86 + ":{bad"])
def test_garbage_is_not_a_certificate(text: str, keys: KeyRing) -> None:
    assert verify_text(text, keys.trusted_keys()).reason == "verify.not_a_certificate"


def test_payload_parses_back(issuer: CertificateIssuer, draft: CertificateDraft) -> None:
    issued = issuer.issue(draft)
    assert parse_signed_text(issued.text) == issued.signed
