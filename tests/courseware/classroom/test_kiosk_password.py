"""The trainer's kiosk password is stored as a salted scrypt hash only."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware.classroom.crypto import ScryptParams
from courseware.classroom.kiosk_password import (
    KioskPasswordError,
    hash_password,
    load_password_record,
    parse_record,
    save_password,
    verify_password,
)


def test_hash_verifies_the_right_password_only() -> None:
    record = hash_password("讲师密码123")
    assert verify_password("讲师密码123", record)
    assert not verify_password("讲师密码124", record)
    assert "讲师密码" not in record


def test_record_stores_salt_and_cost_parameters() -> None:
    record = hash_password("secret-pw")
    params, digest = parse_record(record)
    assert record.startswith("scrypt$131072$8$1$")  # the default cost, N = 2**17
    assert len(params.salt) == 16 and len(digest) == 32


def test_same_password_gets_a_fresh_salt() -> None:
    assert hash_password("secret-pw") != hash_password("secret-pw")


def test_explicit_parameters_are_kept() -> None:
    record = hash_password("secret-pw", ScryptParams(salt=b"0123456789abcdef", n=2**14))
    assert record.split("$")[1] == "16384"
    assert verify_password("secret-pw", record)


def test_short_password_is_refused() -> None:
    with pytest.raises(KioskPasswordError, match="at least 6"):
        hash_password("12345")


@pytest.mark.parametrize("record", ["", "garbage", "md5$1$1$1$AA==$AA==",
                                    "scrypt$3$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA",
                                    "scrypt$1073741824$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44])
def test_damaged_or_hostile_records_are_refused(record: str) -> None:
    with pytest.raises(KioskPasswordError):
        verify_password("anything", record)


def test_save_and_load(tmp_path: Path) -> None:
    target = tmp_path / "conf" / "kiosk-password"
    assert load_password_record(target) is None
    save_password("secret-pw", target)
    record = load_password_record(target)
    assert record is not None and verify_password("secret-pw", record)


def test_default_location_is_in_the_user_configuration(tmp_path: Path) -> None:
    path = save_password("secret-pw")
    assert "config" in str(path)
    assert load_password_record() is not None
