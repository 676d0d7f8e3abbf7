from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, MemoryRegistry
from courseware.certificates.keys import KeyFileError, default_key_dir


def test_key_pair_is_created_once_with_private_mode(tmp_path: Path) -> None:
    ring = KeyRing(tmp_path / "k")
    first = ring.own_key_id()
    mode = stat.S_IMODE(ring.signing_key_path.stat().st_mode)
    assert mode == 0o600
    assert KeyRing(tmp_path / "k").own_key_id() == first


def test_default_folder_is_in_user_data_dir() -> None:
    # tests/conftest.py points XDG_DATA_HOME into a temporary home
    assert "CoursewareStudio" in str(default_key_dir())
    assert str(default_key_dir()).startswith(os.environ["XDG_DATA_HOME"])


def test_export_and_import_make_another_issuer_trusted(tmp_path: Path,
                                                       draft: CertificateDraft) -> None:
    other = KeyRing(tmp_path / "other")
    issued = CertificateIssuer(other, MemoryRegistry()).issue(draft)
    here = KeyRing(tmp_path / "here")
    assert issued.signed.key_id not in here.trusted_keys()
    exported = other.export_public(tmp_path / "other.pem")
    assert here.import_public(tmp_path / "other.pem") == exported == issued.signed.key_id
    assert issued.signed.key_id in here.trusted_keys()
    assert not here.signing_key_path.exists()  # trusting keys creates no key pair


def test_importing_garbage_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x.pem").write_text("not a key")
    with pytest.raises(KeyFileError, match="not a PEM public key"):
        KeyRing(tmp_path / "k").import_public(tmp_path / "x.pem")
