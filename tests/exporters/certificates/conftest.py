"""Fixtures for certificate PDFs: keys and store in tmp_path, a sample course, PDF helpers."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, MemoryRegistry
from exporters.certificates import DESIGNS, CertificateText, FontChain, Layout, default_chain

ISSUED_AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
COURSE_TITLE = "银行客户服务——信任与服务心法"


@pytest.fixture
def keys(tmp_path: Path) -> KeyRing:
    return KeyRing(tmp_path / "keys")


@pytest.fixture
def issuer(keys: KeyRing) -> CertificateIssuer:
    return CertificateIssuer(keys, MemoryRegistry(), clock=lambda: ISSUED_AT)


def make_draft(name: str, score: float | None = 92.5) -> CertificateDraft:
    return CertificateDraft(trainee_name=name, trainee_id="E001", course_id="bank-service-trust",
                            course_title=COURSE_TITLE, completed_on=date(2025, 3, 13), hours=6,
                            issuer="示例银行培训中心", score_percent=score)


def make_layout(design: str = "formal", chain: FontChain | None = None,
                **options: object) -> Layout:
    text = CertificateText("zh", "结业证书", "已完成全部学习，并通过结业考试。")
    return Layout(DESIGNS[design], chain or default_chain(use_system=False), text,
                  **options)  # type: ignore[arg-type]


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdffonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    return [line.split() for line in lines]
