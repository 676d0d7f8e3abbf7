"""certificates_per_s: issue and print 1,000 certificates into one PDF (issue 5).

Counts everything a batch does: signing, QR codes, drawing, font subsetting, writing the PDF
and recording the certificates in a results store (SQLite in a temporary folder).
Also ``certificates_split_per_s`` for a .zip of one PDF per trainee.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing
from courseware.certificates.services import store_registry
from courseware.results.database import sqlite_url
from exporters.certificates import DESIGNS, CertificateText, Layout, default_chain
from exporters.certificates.export import issue_certificates

COUNT = 1000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰")


def drafts(count: int) -> list[CertificateDraft]:
    return [CertificateDraft(
        trainee_name=SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)] + str(i),
        trainee_id=f"E{i:05d}", course_id="bank-service-trust",
        course_title="银行客户服务——信任与服务心法", completed_on=date(2025, 3, 13), hours=6,
        issuer="示例银行培训中心", score_percent=80 + i % 20) for i in range(count)]


def timed_run(folder: Path, target: str, split: bool) -> float:
    layout = Layout(DESIGNS["formal"], default_chain(use_system=False),
                    CertificateText("zh", "结业证书"), split=split)
    with store_registry(sqlite_url(folder / f"{target}.sqlite3")) as registry:
        issuer = CertificateIssuer(KeyRing(folder / "keys"), registry)
        issuer.keys.signing_key()
        started = time.perf_counter()
        issue_certificates(issuer, drafts(COUNT), folder / target, layout)
        return COUNT / (time.perf_counter() - started)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return {"certificates_per_s": round(timed_run(folder, "all.pdf", False), 1),
                "certificates_split_per_s": round(timed_run(folder, "all.zip", True), 1)}
