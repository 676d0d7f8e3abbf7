"""Output files honour the user's umask like any other program (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, MemoryRegistry
from courseware.classroom import build_package
from courseware.classroom.kiosk_password import save_password
from courseware.fileio import atomic_write_text
from courseware.format import load_course
from courseware.results import open_store
from courseware.results.database import sqlite_url
from exporters.certificates import DESIGNS, CertificateText, Layout, default_chain
from exporters.certificates.export import issue_certificates
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper
from exporters.spreadsheets import register_writers
from tests.courseware.course_builder import write_sample_course


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_course_files_packages_and_papers(tmp_path: Path, umask: int) -> None:
    expected = 0o666 & ~umask
    root = write_sample_course(tmp_path / "course")
    loaded = load_course(root)
    assert loaded.course is not None
    atomic_write_text(tmp_path / "note.txt", "文字")
    build_package(loaded.course, root, tmp_path / "c.cwpkg", "春季班 信任服务 第三期")
    export_handout(loaded.course, root, tmp_path / "handout.pdf", HandoutOptions())
    export_quiz_paper(loaded.course, root, "m1-quiz", tmp_path / "paper.pdf", QuizPaperOptions())
    for name in ("note.txt", "c.cwpkg", "handout.pdf", "paper.pdf"):
        assert mode(tmp_path / name) == expected, name
    assert mode(root / "course.yaml") == expected


def test_results_exports_and_certificates(tmp_path: Path, umask: int) -> None:
    expected = 0o666 & ~umask
    register_writers()
    with open_store(sqlite_url(tmp_path / "r.sqlite3")) as store:
        store.files.export(tmp_path / "results.xlsx", None, None)
        store.files.export(tmp_path / "results.cwresults", None, "春季班 信任服务 第三期")
    issuer = CertificateIssuer(KeyRing(tmp_path / "keys"), MemoryRegistry())
    draft = CertificateDraft(trainee_name="张三丰", trainee_id="E1", course_id="c",
                             course_title="课程", completed_on=date(2025, 3, 13), hours=6,
                             issuer="示例银行培训中心", score_percent=90)
    layout = Layout(DESIGNS["formal"], default_chain(use_system=False),
                    CertificateText("zh", "结业证书"))
    issue_certificates(issuer, [draft], tmp_path / "certificates.pdf", layout)
    for name in ("results.xlsx", "results.cwresults", "certificates.pdf"):
        assert mode(tmp_path / name) == expected, name


def test_the_kiosk_password_hash_stays_private(tmp_path: Path, umask: int) -> None:
    path = save_password("trainer-password", tmp_path / "kiosk-password")
    assert mode(path) == 0o600
