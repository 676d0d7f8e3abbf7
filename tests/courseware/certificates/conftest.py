"""Fixtures: a key ring in tmp_path, a memory registry, a fixed clock and a sample draft."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, MemoryRegistry

ISSUED_AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def keys(tmp_path: Path) -> KeyRing:
    return KeyRing(tmp_path / "keys")


@pytest.fixture
def registry() -> MemoryRegistry:
    return MemoryRegistry()


@pytest.fixture
def issuer(keys: KeyRing, registry: MemoryRegistry) -> CertificateIssuer:
    return CertificateIssuer(keys, registry, clock=lambda: ISSUED_AT)


@pytest.fixture
def draft() -> CertificateDraft:
    return CertificateDraft(trainee_name="张三丰", trainee_id="E00123",
                            course_id="bank-service-trust",
                            course_title="银行客户服务——信任与服务心法",
                            completed_on=date(2025, 3, 13), hours=6, issuer="示例银行培训中心",
                            score_percent=92.5)
