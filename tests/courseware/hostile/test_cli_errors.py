"""Every user error is a message with exit 1: never "internal error … report it"."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer, KeyRing, MemoryRegistry
from courseware.classroom.errors import PackageCorrupt
from courseware.classroom.manifest import Manifest
from courseware.cli.failures import user_message
from courseware.results import open_store
from courseware.results.database import sqlite_url
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.courseware.course_builder import write_sample_course
from tests.courseware.hostile.conftest import run_cli, tmpfs
from tests.courseware.results.results_testing import (
    answer,
    fresh_pg_schema,
    make_attempt,
    pg_base_url,
    pg_unavailable_reason,
    trainee,
)

PASSPHRASE = "春季班 信任服务 第三期"
SECRET_ANSWER = "学员的私密作答内容"


def no_internal_error(said: str) -> None:
    for sign in ("internal error", "Traceback", "内部错误", "[SQL:", "SELECT ", "INSERT "):
        assert sign not in said, said


def store_with_answer(path: Path, text: str) -> str:
    """A store with one attempt at the bundled course's m1-quiz whose essay holds ``text``."""
    url = sqlite_url(path)
    with open_store(url) as store:
        person = store.rosters.add(trainee("张伟", "E001"))
        attempt = make_attempt(person.id, questions=2)
        attempt.question_ids = ["m1-q01", "m1-q19"]  # a choice and the essay, as in the course
        attempt.option_orders = {}
        store.attempts.create_attempt(attempt)
        store.attempts.save_answer(attempt.id, "m1-q19", answer(text))
    return url


@pytest.mark.parametrize("command", ["package", "results"])
def test_read_only_output_folder(tmp_path: Path, command: str) -> None:
    course = write_sample_course(tmp_path / "course")
    url = store_with_answer(tmp_path / "r.sqlite3", "甲")
    with tmpfs(tmp_path / "ro", "1m", read_only=True) as folder:
        if command == "package":
            result = run_cli("package", str(course), "-o", str(folder / "c.cwpkg"),
                             "--passphrase", PASSPHRASE)
        else:
            result = run_cli("results", "export", "--db", url, "-o", str(folder / "r.xlsx"))
    assert result.code == 1
    assert "read-only" in result.err and str(folder) in result.err
    no_internal_error(result.said)


def test_full_disk(tmp_path: Path) -> None:
    course = write_sample_course(tmp_path / "course")
    with tmpfs(tmp_path / "full", "64k") as folder:
        filler = folder / "filler"
        with open(filler, "wb", buffering=0) as handle, pytest.raises(OSError):
            while True:
                handle.write(b"\0" * 4096)
        result = run_cli("package", str(course), "-o", str(folder / "c.cwpkg"),
                         "--passphrase", PASSPHRASE, lang="zh")
        assert result.code == 1 and "磁盘已满" in result.err
        assert [p.name for p in folder.iterdir()] == ["filler"]  # no half-written package
    no_internal_error(result.said)


def test_damaged_database_prints_no_sql(tmp_path: Path) -> None:
    url = store_with_answer(tmp_path / "r.sqlite3", SECRET_ANSWER)
    with sqlite3.connect(tmp_path / "r.sqlite3") as connection:
        connection.execute("DROP TABLE answers")
        connection.execute("CREATE TABLE answers (junk TEXT)")
    result = run_cli("results", "export", "--db", url, "-o", str(tmp_path / "r.xlsx"))
    assert result.code == 1 and "results database cannot be used" in result.err
    assert SECRET_ANSWER not in result.said
    no_internal_error(result.said)


def test_mysql_url_is_a_message(tmp_path: Path) -> None:
    result = run_cli("stats", "--db", "mysql://user:pw@localhost/db", "--quiz", "final")
    assert result.code == 1 and "only sqlite:/// and postgresql://" in result.err
    assert "pw" not in result.err
    no_internal_error(result.said)


def test_one_junk_key_file_does_not_break_verify(tmp_path: Path) -> None:
    keys = KeyRing(tmp_path / "keys")
    issued = CertificateIssuer(keys, MemoryRegistry()).issue(CertificateDraft(
        trainee_name="张三丰", trainee_id="E00123", course_id="c", course_title="课程",
        completed_on=date(2025, 3, 13), hours=6, issuer="示例银行培训中心", score_percent=90))
    keys.trusted_folder.mkdir(parents=True)
    (keys.trusted_folder / "junk.pem").write_text("not a key at all", encoding="utf-8")
    result = run_cli("verify", issued.text, "--keys", str(keys.folder))
    assert result.code == 0, result.said
    assert "GENUINE" in result.out.upper() and "junk.pem" in result.err
    no_internal_error(result.said)


def test_deeply_nested_qr_text_is_not_genuine_not_a_crash(tmp_path: Path) -> None:
    text = "CWC1:" + "A" * 86 + ":" + "[" * 100_000 + "]" * 100_000
    code_file = tmp_path / "code.txt"
    code_file.write_text(text, encoding="utf-8")
    result = run_cli("verify", text[:120_000], "--keys", str(tmp_path / "k"))
    assert result.code == 1
    no_internal_error(result.said)


def test_deeply_nested_json_in_a_manifest_or_results_file(tmp_path: Path) -> None:
    with pytest.raises(PackageCorrupt):
        Manifest.from_bytes(b"[" * 200_000 + b"]" * 200_000)
    results = tmp_path / "deep.cwresults"
    results.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    result = run_cli("results", "import", str(results), "--db", sqlite_url(tmp_path / "s.db"),
                     "--passphrase", PASSPHRASE, "--course", str(BUNDLED_COURSE))
    assert result.code == 1 and "deep.cwresults" in result.err
    no_internal_error(result.said)


def test_running_out_of_memory_is_a_message(tmp_path: Path) -> None:
    """A real MemoryError: a 15 MB quiz read under a 400 MB address-space limit (the command
    itself needs about 125 MB)."""
    course = write_sample_course(tmp_path / "course")
    quiz = course / "modules/01-m1/m1-quiz.yaml"
    big = "description: [" + ",".join(["甲乙丙丁戊己庚辛"] * 600_000) + "]\n"
    quiz.write_text(big + quiz.read_text(encoding="utf-8"), encoding="utf-8")
    limit = 400 * 1024**2
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "main.py"), "--lang", "en", "validate", str(course)],
        capture_output=True, text=True, timeout=120, cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)))
    assert result.returncode == 1
    assert "not enough memory" in result.stderr
    no_internal_error(result.stdout + result.stderr)


def test_memory_and_recursion_errors_are_messages() -> None:
    assert "not enough memory" in (user_message(MemoryError()) or "")
    assert "nested too deeply" in (user_message(RecursionError()) or "")
    assert user_message(KeyError("bug")) is None  # real bugs stay internal errors


@pytest.mark.postgres
def test_nul_character_imported_into_postgresql_prints_no_answer(tmp_path: Path) -> None:
    reason = pg_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    source = store_with_answer(tmp_path / "r.sqlite3", f"{SECRET_ANSWER}\x00尾")
    exported = tmp_path / "r.cwresults"
    assert run_cli("results", "export", "--db", source, "-o", str(exported),
                   "--passphrase", PASSPHRASE).code == 0
    with fresh_pg_schema(pg_base_url()) as url:
        result = run_cli("results", "import", str(exported), "--db", url,
                         "--passphrase", PASSPHRASE, "--course", str(BUNDLED_COURSE))
        with open_store(url) as store:
            assert store.attempts.list_all() == []  # nothing half-imported
    assert result.code == 1 and "NUL character" in result.err
    assert SECRET_ANSWER not in result.said
    no_internal_error(result.said)
