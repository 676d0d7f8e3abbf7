from __future__ import annotations

import subprocess
import sys
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from courseware.certificates import CertificateIssuer, KeyRing, verify
from courseware.certificates.registry import DuplicateCertificateError
from courseware.certificates.services import store_registry
from courseware.results import Trainee, open_store
from courseware.results.database import sqlite_url
from courseware.results.schema import AttemptRow
from courseware.tasks import Cancelled
from exporters.certificates import issue_certificates
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.exporters.certificates.conftest import make_draft, make_layout, pdftotext

ROSTER = ("姓名,工号,部门,分数\n张三丰,E001,零售部,92.5\n李四,E002,零售部,\n"
          "欧阳娜娜,E003,国际部,88\n")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--lang", "en", *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "results.sqlite3")


def test_roster_in_gbk_to_one_pdf(tmp_path: Path, db_url: str) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes(ROSTER.encode("gbk"))
    out = tmp_path / "out.pdf"
    keys = tmp_path / "keys"
    assert run_cli("export", "certificates", str(BUNDLED_COURSE), "--roster", str(roster),
                   "--db", db_url, "-o", str(out), "--keys", str(keys),
                   "--issuer", "示例银行").returncode == 0
    assert len(PdfReader(out).pages) == 3
    assert "欧阳娜娜" in pdftotext(out)
    assert run_cli("verify", str(out), "--keys", str(keys), "--db", db_url).returncode == 0
    with store_registry(db_url) as registry:
        recorded = registry.all()
    assert sorted(c.record.trainee_name for c in recorded) == ["张三丰", "李四", "欧阳娜娜"]
    checked = run_cli("verify", recorded[0].code, "--keys", str(keys), "--db", db_url)
    assert checked.returncode == 0 and "GENUINE" in checked.stdout


def test_verify_exit_codes_for_bad_input(tmp_path: Path, db_url: str) -> None:
    unknown = run_cli("verify", "ABCD-EFGH-JKMN", "--db", db_url, "--keys", str(tmp_path / "k"))
    assert unknown.returncode == 1
    assert "no certificate with code ABCD-EFGH-JKMN" in unknown.stderr
    garbage = run_cli("verify", "not a code", "--db", db_url, "--keys", str(tmp_path / "k"))
    assert garbage.returncode == 1 and "Traceback" not in garbage.stderr
    assert run_cli("verify").returncode == 2


def test_keys_export_and_import(tmp_path: Path) -> None:
    pem = tmp_path / "ours.pem"
    exported = run_cli("keys", "export-public", "-o", str(pem), "--keys", str(tmp_path / "a"))
    assert exported.returncode == 0
    assert run_cli("keys", "import", str(pem), "--keys", str(tmp_path / "b")).returncode == 0
    assert KeyRing(tmp_path / "a").own_key_id() in KeyRing(tmp_path / "b").trusted_keys()
    (tmp_path / "bad.pem").write_text("nope")
    bad = run_cli("keys", "import", str(tmp_path / "bad.pem"), "--keys", str(tmp_path))
    assert bad.returncode == 1 and "not a PEM public key" in bad.stderr


def add_attempt(store: object, trainee_id: str, percent: float, passed: bool | None) -> None:
    moment = datetime(2025, 3, 13, 10, 0, tzinfo=UTC)
    with store.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(AttemptRow.__table__.insert(), [{
            "id": str(uuid.uuid4()), "quiz_id": "final-exam", "course_id": "bank-service-trust",
            "trainee_id": trainee_id, "attempt_number": int(percent), "seed": 0,
            "started_at": moment, "state": "submitted", "submitted_at": moment,
            "presentation": {}, "position": 0, "score": percent, "max_score": 100,
            "percent": percent, "passed": passed}])


def test_passers_of_a_quiz_from_the_store(tmp_path: Path, db_url: str) -> None:
    with open_store(db_url) as store:
        ann, bob, cat = (Trainee("张三丰", "E001", "零售部"), Trainee("李四", "E002"),
                         Trainee("王五", "E003"))
        store.rosters.add_many([ann, bob, cat])
        add_attempt(store, ann.id, 70, False)
        add_attempt(store, ann.id, 95, True)
        add_attempt(store, bob.id, 85, None)  # no pass mark stored: the quiz's 80 % applies
        add_attempt(store, cat.id, 60, False)
    out = tmp_path / "passers.zip"
    assert run_cli("export", "certificates", str(BUNDLED_COURSE), "--db", db_url,
                   "--quiz", "final-exam", "-o", str(out), "--split", "--design", "modern",
                   "--pattern", "{trainee_id}-{name}.pdf", "--issuer", "示例银行",
                   "--keys", str(tmp_path / "k")).returncode == 0
    names = sorted(zipfile.ZipFile(out).namelist())
    assert names == ["E001-张三丰.pdf", "E002-李四.pdf"]
    with store_registry(db_url) as registry:
        scores = {c.record.trainee_name: c.record.score_percent for c in registry.all()}
        assert scores == {"张三丰": 95, "李四": 85}
        stored = registry.store.certificates.list()
        assert {s.trainee_id for s in stored} == {ann.id, bob.id}


def test_split_folder_names_are_sanitised(tmp_path: Path, issuer: CertificateIssuer,
                                          keys: KeyRing) -> None:
    hostile = ["../../evil", "CON", "a\x07b", "张/三", "张/三"]
    out = tmp_path / "folder"
    issue_certificates(issuer, [make_draft(n) for n in hostile], out,
                       make_layout(split=True, pattern="{name}.pdf"))
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["_._evil.pdf", "_CON.pdf", "a_b.pdf", "张_三.pdf", "张_三 (2).pdf"])
    assert [p.name for p in tmp_path.iterdir() if p.name != "keys"] == ["folder"]
    assert all(v.genuine for v in verify(out / "张_三.pdf", keys))


@pytest.mark.parametrize("target", ["one.pdf", "many.zip", "folder"])
def test_cancelling_leaves_no_output_and_records_nothing(tmp_path: Path, target: str,
                                                         issuer: CertificateIssuer) -> None:
    drafts = [make_draft(f"学员{i}") for i in range(6)]
    out = tmp_path / "out" / target
    with pytest.raises(Cancelled):
        issue_certificates(issuer, drafts, out, make_layout(split=target != "one.pdf"),
                           progress=lambda done, total: done < 3)
    assert list((tmp_path / "out").iterdir()) == []
    assert issuer.registry.all() == []


def test_store_registry_keeps_records_immutable_and_chains_reissues(
        db_url: str, keys: KeyRing) -> None:
    with store_registry(db_url) as registry:
        issuer = CertificateIssuer(keys, registry)
        old = issuer.issue(make_draft("张三"))
        new = issuer.reissue(old.number, trainee_name="张三丰")
        assert registry.get(old.number) == old
        assert registry.store.certificates.get_by_number(new.number).replaces_id == (
            registry.store.certificates.get_by_number(old.number).id)
        with pytest.raises(DuplicateCertificateError):
            registry.add_all([old])
        [verdict] = verify(old.code, keys, registry)
        assert verdict.genuine and verdict.replaced_by == new.number
