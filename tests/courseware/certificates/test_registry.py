from __future__ import annotations

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, verify
from courseware.certificates.issuing import UnknownCertificateError
from courseware.certificates.registry import DuplicateCertificateError, MemoryRegistry
from courseware.certificates.shortcode import normalise_code, short_code


def test_short_code_shape_and_typing_forgiveness() -> None:
    code = short_code("some text")
    assert len(code) == 14 and code.count("-") == 2
    assert normalise_code(code.lower().replace("-", " ")) == code
    assert normalise_code("hello") is None
    assert normalise_code("IL0O-0000-0000") == "1100-0000-0000"


def test_short_code_looks_up_the_registry(issuer: CertificateIssuer, draft: CertificateDraft,
                                          keys: KeyRing, registry: MemoryRegistry) -> None:
    issued = issuer.issue(draft)
    [verdict] = verify(issued.code.lower(), keys, registry)
    assert verdict.genuine and verdict.record == issued.record


def test_unknown_short_code_is_not_genuine(keys: KeyRing, registry: MemoryRegistry) -> None:
    [verdict] = verify("ABCD-EFGH-JKMN", keys, registry)
    assert not verdict.genuine and verdict.reason == "verify.unknown_code"


def test_qr_text_verifies_through_verify(issuer: CertificateIssuer, draft: CertificateDraft,
                                         keys: KeyRing) -> None:
    [verdict] = verify(issuer.issue(draft).text, keys)
    assert verdict.genuine


def test_reissue_is_a_new_record_naming_the_old(issuer: CertificateIssuer,
                                                draft: CertificateDraft, keys: KeyRing,
                                                registry: MemoryRegistry) -> None:
    old = issuer.issue(draft)
    new = issuer.reissue(old.number, trainee_name="张三峰")
    assert new.number != old.number and new.record.replaces == old.number
    assert new.record.trainee_name == "张三峰" and new.record.score_percent == 92.5
    assert registry.get(old.number) == old  # the old record is unchanged
    [old_verdict] = verify(old.text, keys, registry)
    assert old_verdict.genuine and old_verdict.replaced_by == new.number
    [new_verdict] = verify(new.text, keys, registry)
    assert new_verdict.reason == "verify.genuine"
    third = issuer.reissue(new.number, score_percent=95)
    assert third.record.replaces == new.number and third.record.trainee_name == "张三峰"


def test_reissue_of_unknown_number_fails(issuer: CertificateIssuer) -> None:
    with pytest.raises(UnknownCertificateError):
        issuer.reissue("CW-00000000-XXXXXX", trainee_name="x")


def test_records_are_immutable(issuer: CertificateIssuer, draft: CertificateDraft,
                               registry: MemoryRegistry) -> None:
    issued = issuer.issue(draft)
    with pytest.raises(DuplicateCertificateError):
        registry.add_all([issued])
    with pytest.raises(AttributeError):
        issued.record.trainee_name = "李四"  # type: ignore[misc]
