"""One scrypt settings class for packages, kiosk passwords and results files: the keys it
derives are byte for byte those of the former per-format classes (known answers below were
computed with them), and each format keeps its own shortest accepted salt."""

from __future__ import annotations

import pytest

from courseware.classroom.crypto import PackageKeys
from courseware.classroom.errors import PackageError
from courseware.classroom.kiosk_password import verify_password
from courseware.classroom.manifest import Manifest
from courseware.results.signing import derive_key, key_check
from courseware.scrypt_params import (
    PACKAGE_MIN_SALT_BYTES,
    RESULTS_MIN_SALT_BYTES,
    SALT_BYTES,
    ScryptParams,
)

PASSPHRASE = "课堂口令 session"
RESULTS_KEY = "011d93f9e59cdaf5a51270e80324a5c949e002ad78d4e0b83baea93c0b9afae4"
PACKAGE_KEY_CHECK = "08d3226415c7453818f1b79c5f86f79d0966e810dd5564b2f5ac822ec16fd896"
KIOSK_RECORD = ("scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$"
                "FnCI5u4IjZk5OVju3F0//98Bj3wN+BAafbDoYRZn9js=")


def test_results_key_is_unchanged() -> None:
    key = derive_key(PASSPHRASE, ScryptParams(salt=b"0123456789abcdef", n=2**14))
    assert key.hex() == RESULTS_KEY
    assert key_check(key) == "164f603fa2e954e1"
    assert derive_key(PASSPHRASE, ScryptParams(salt=b"0123456789abcdef", n=2**14)) == key


def test_package_keys_are_unchanged() -> None:
    keys = PackageKeys.derive(PASSPHRASE, ScryptParams(salt=b"8bytesal", n=2**14))
    assert keys.key_check() == PACKAGE_KEY_CHECK


def test_existing_kiosk_record_still_verifies() -> None:
    assert verify_password("trainer-pw", KIOSK_RECORD)
    assert not verify_password("trainer-pW", KIOSK_RECORD)


def test_each_format_keeps_its_salt_minimum() -> None:
    eight = ScryptParams(salt=b"8bytesal")
    assert eight.is_reasonable(PACKAGE_MIN_SALT_BYTES)
    assert not eight.is_reasonable(RESULTS_MIN_SALT_BYTES)
    with pytest.raises(ValueError, match="unreasonable"):
        derive_key(PASSPHRASE, eight)


def _manifest(salt: bytes) -> Manifest:
    return Manifest(course_id="c", course_title="课程", language="zh",
                    created="2024-01-01T00:00:00+00:00", kdf=ScryptParams(salt=salt),
                    key_check="00")


def test_manifest_accepts_an_eight_byte_salt_and_refuses_seven() -> None:
    assert Manifest.from_bytes(_manifest(b"8bytesal").to_bytes()).kdf.salt == b"8bytesal"
    with pytest.raises(PackageError):
        Manifest.from_bytes(_manifest(b"7bytesa").to_bytes())


@pytest.mark.parametrize("params", [ScryptParams(b"0123456789abcdef", n=3),
                                    ScryptParams(b"0123456789abcdef", n=2**21),
                                    ScryptParams(b"0123456789abcdef", r=33),
                                    ScryptParams(b"0123456789abcdef", p=0)])
def test_hostile_costs_are_refused(params: ScryptParams) -> None:
    assert not params.is_reasonable(PACKAGE_MIN_SALT_BYTES)


def test_fresh_settings_have_a_new_full_length_salt() -> None:
    first, second = ScryptParams.fresh(), ScryptParams.fresh()
    assert len(first.salt) == len(second.salt) == SALT_BYTES and first.salt != second.salt
    assert second.is_reasonable(RESULTS_MIN_SALT_BYTES)
