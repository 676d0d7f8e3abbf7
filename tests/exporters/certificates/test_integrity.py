"""Certificates never carry placeholder text, never go to another course's trainee, and are
not issued twice by accident (issue #11, points 1 and 5)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from courseware.certificates.placeholders import is_placeholder
from courseware.certificates.services import store_registry
from courseware.results import Trainee, open_store
from courseware.results.database import sqlite_url
from courseware.results.schema import AttemptRow
from tests.conftest import BUNDLED_COURSE
from tests.exporters.certificates.test_batch import run_cli

ROSTER = "姓名,工号,部门\n张三丰,E001,零售部\n李四,E002,零售部\n"
ISSUER = "示例银行培训中心"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "results.sqlite3")


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


def issue(tmp_path: Path, db_url: str, roster: Path, name: str,
          *extra: str) -> tuple[int, str, Path]:
    out = tmp_path / name
    result = run_cli("export", "certificates", str(BUNDLED_COURSE), "--roster", str(roster),
                     "--db", db_url, "-o", str(out), "--keys", str(tmp_path / "keys"), *extra)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout + result.stderr, out


@pytest.mark.parametrize("text", ["（请填写培训机构名称）", "(请输入机构名称)", "【颁发机构】",
                                  "XXX银行", "某某培训中心", "TODO", "<Your organisation>",
                                  "", "   "])
def test_placeholders_are_recognised(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["示例银行培训中心", "中国工商银行（亚洲）培训部",
                                  "Bank of Example (Training)", "XX"])
def test_real_names_are_not_placeholders(text: str) -> None:
    assert not is_placeholder(text)  # "XX": two letters may be a real abbreviation


def test_a_course_without_issuer_is_refused_naming_the_fix(
        tmp_path: Path, db_url: str, roster: Path) -> None:
    code, output, out = issue(tmp_path, db_url, roster, "c.pdf")  # the bundled course names none
    assert code == 1
    assert "--issuer" in output and "certificate.issuer" in output
    assert not out.exists()
    with store_registry(db_url) as registry:
        assert registry.all() == []


def test_placeholder_organisation_is_refused(tmp_path: Path, db_url: str,
                                             roster: Path) -> None:
    code, output, _ = issue(tmp_path, db_url, roster, "c.pdf", "--issuer", ISSUER,
                            "--organisation", "（请填写培训机构名称）")
    assert code == 1 and "--organisation" in output


def test_issuing_again_says_so_and_reissue_names_the_old_record(
        tmp_path: Path, db_url: str, roster: Path) -> None:
    assert issue(tmp_path, db_url, roster, "first.pdf", "--issuer", ISSUER)[0] == 0
    code, output, again = issue(tmp_path, db_url, roster, "again.pdf", "--issuer", ISSUER)
    assert code == 1 and "--reissue" in output and "张三丰" in output
    assert not again.exists()
    with store_registry(db_url) as registry:
        first = {c.record.trainee_name: c.number for c in registry.all()}
    assert len(first) == 2
    code, output, _ = issue(tmp_path, db_url, roster, "re.pdf", "--issuer", ISSUER, "--reissue")
    assert code == 0, output
    with store_registry(db_url) as registry:
        records = registry.all()
        assert len(records) == 4
        for name, number in first.items():
            replacement = registry.replacement_of(number)
            assert replacement is not None and replacement.record.trainee_name == name


def test_only_new_trainees_are_issued_when_some_already_hold_one(
        tmp_path: Path, db_url: str, roster: Path) -> None:
    single = tmp_path / "one.csv"
    single.write_text("姓名,工号\n张三丰,E001\n", encoding="utf-8")
    assert issue(tmp_path, db_url, single, "first.pdf", "--issuer", ISSUER)[0] == 0
    code, output, _ = issue(tmp_path, db_url, roster, "rest.pdf", "--issuer", ISSUER)
    assert code == 0 and "张三丰" in output  # skipped, and said so
    with store_registry(db_url) as registry:
        names = sorted(c.record.trainee_name for c in registry.all())
    assert names == ["张三丰", "李四"]


def test_export_by_quiz_never_certifies_another_courses_trainee(
        tmp_path: Path, db_url: str) -> None:
    moment = datetime(2025, 3, 13, 10, 0, tzinfo=UTC)
    with open_store(db_url) as store:
        other = Trainee("只学了别的课", "E100")
        store.rosters.add(other)
        with store.engine.begin() as connection:
            connection.execute(AttemptRow.__table__.insert(), [{
                "id": str(uuid.uuid4()), "quiz_id": "final-exam", "course_id": "another-course",
                "trainee_id": other.id, "attempt_number": 1, "seed": 0, "started_at": moment,
                "state": "submitted", "submitted_at": moment, "presentation": {},
                "position": 0, "score": 100, "max_score": 100, "percent": 100,
                "passed": True}])
    result = run_cli("export", "certificates", str(BUNDLED_COURSE), "--db", db_url,
                     "--quiz", "final-exam", "-o", str(tmp_path / "c.pdf"),
                     "--keys", str(tmp_path / "k"), "--issuer", ISSUER)
    assert result.returncode == 1 and "final-exam" in result.stderr
    with store_registry(db_url) as registry:
        assert registry.all() == []


def test_validate_warns_about_a_template_issuer_but_passes(tmp_path: Path) -> None:
    import shutil

    course = tmp_path / "course"
    shutil.copytree(BUNDLED_COURSE, course)
    yaml = course / "course.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace(
        "  hours: 6\n", "  hours: 6\n  issuer: （请填写培训机构名称）\n"), encoding="utf-8")
    result = run_cli("validate", str(course))
    assert result.returncode == 0
    assert "warning" in result.stdout and "（请填写培训机构名称）" in result.stdout
    assert "course.yaml:" in result.stdout
    bundled = run_cli("validate", str(BUNDLED_COURSE))  # no issuer named: nothing to warn about
    assert bundled.returncode == 0 and "warning" not in bundled.stdout
