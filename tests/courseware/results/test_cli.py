"""The results commands from the shell: exit codes 0/1/2, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from courseware.engine import AttemptState, QuestionResult
from courseware.format.writer import save_course
from courseware.results import Trainee, open_store
from tests.conftest import REPO_ROOT
from tests.courseware.results.results_testing import START, answer, make_attempt, results_course

ROSTER = "姓名,工号,部门\n张伟,E001,营业部\n,,\n李娜,E002,信用卡中心\n张伟,E001,营业部\n"


def run_cli(*args: str, lang: str = "en", home: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    if home is not None:
        environment["XDG_DATA_HOME"] = str(home)
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--lang", lang, *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
                          env=environment, stdin=subprocess.DEVNULL)


def add_graded_attempts(url: str) -> None:
    with open_store(url) as store:
        for index, trainee in enumerate(store.rosters.list()):
            attempt = make_attempt(trainee.id, questions=3)
            store.attempts.create_attempt(attempt)
            attempt.answers = {"q1": answer("a"), "q2": answer("b")}
            for number, question_id in enumerate(attempt.question_ids):
                points = 1.0 if number <= index else 0.0
                attempt.results[question_id] = QuestionResult(
                    question_id, "single_choice", 1.0, points, points)
            attempt.state = AttemptState.SUBMITTED
            attempt.submitted_at = START
            store.attempts.submit(attempt)


def test_roster_import_reports_in_chinese(sqlite_store_url: str, tmp_path: Path) -> None:
    roster = tmp_path / "名单.csv"
    roster.write_bytes(ROSTER.encode("gbk"))
    result = run_cli("roster", "import", str(roster), "--db", sqlite_store_url, lang="zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "名单.csv（编码：GBK）：已添加 2 名学员，1 行未导入",
        "第 3 行：空行，已跳过",
        "第 5 行：与第 2 行（张伟）重复，未重复导入",
    ]


def test_export_import_and_stats_round_trip(sqlite_store_url: str, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    assert run_cli("roster", "import", str(roster), "--db", sqlite_store_url).returncode == 0
    add_graded_attempts(sqlite_store_url)
    for name in ("r.xlsx", "r.csv"):
        exported = run_cli("results", "export", "--db", sqlite_store_url, "-o",
                           str(tmp_path / name))
        assert exported.returncode == 0 and "2 attempts written" in exported.stdout
    signed = tmp_path / "pc.cwresults"
    exported = run_cli("results", "export", "--db", sqlite_store_url, "-o", str(signed),
                       "--passphrase", "口令")
    assert exported.returncode == 0, exported.stderr
    other = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    course = course_folder(tmp_path)
    first = run_cli("results", "import", str(signed), "--db", other, "--course", course,
                    env={"COURSEWARE_PASSPHRASE": "口令"})
    assert first.returncode == 0, first.stderr
    assert "attempts added: 2; already present (skipped): 0" in first.stdout
    again = run_cli("results", "import", str(signed), "--db", other, "--passphrase", "口令",
                    "--course", course)
    assert "attempts added: 0; already present (skipped): 2" in again.stdout
    stats = run_cli("stats", "--db", other, "--quiz", "m1-quiz", "--json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    # regraded from the course on import: q1 right, q2 wrong, q3 unanswered for both
    assert figures["attempt_count"] == 2 and figures["mean"] == pytest.approx(100 / 3)
    text = run_cli("stats", "--db", other, "--quiz", "m1-quiz", lang="zh")
    assert "平均分（%）: 33.33" in text.stdout


def course_folder(tmp_path: Path) -> str:
    folder = tmp_path / "course"
    save_course(results_course(), folder)
    return str(folder)


def test_import_needs_the_course_and_a_decision_on_conflicts(sqlite_store_url: str,
                                                             tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8-sig")
    assert run_cli("roster", "import", str(roster), "--db", sqlite_store_url).returncode == 0
    add_graded_attempts(sqlite_store_url)
    signed = tmp_path / "pc.cwresults"
    assert run_cli("results", "export", "--db", sqlite_store_url, "-o", str(signed),
                   "--passphrase", "口令").returncode == 0
    other = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    with open_store(other) as store:
        store.rosters.add(Trainee(name="张卫", employee_id="E001"))
    no_course = run_cli("results", "import", str(signed), "--db", other, "--passphrase", "口令")
    assert no_course.returncode == 1 and "--course" in no_course.stderr
    course = course_folder(tmp_path)
    refused = run_cli("results", "import", str(signed), "--db", other, "--passphrase", "口令",
                      "--course", course, lang="zh")
    assert refused.returncode == 1 and "--on-conflict" in refused.stderr
    assert "张伟" in refused.stderr and "张卫" in refused.stderr
    kept = run_cli("results", "import", str(signed), "--db", other, "--passphrase", "口令",
                   "--course", course, "--on-conflict", "keep-existing")
    assert kept.returncode == 0, kept.stderr
    assert "attempts added: 2" in kept.stdout and "1 name conflict resolved" in kept.stdout


def test_stats_asks_which_course_when_two_have_the_quiz(sqlite_store_url: str) -> None:
    with open_store(sqlite_store_url) as store:
        for course_id in ("course-a", "course-b"):
            store.attempts.create_attempt(replace(make_attempt(), course_id=course_id))
    result = run_cli("stats", "--db", sqlite_store_url, "--quiz", "m1-quiz")
    assert result.returncode == 1
    assert "--course" in result.stderr and "course-a, course-b" in result.stderr
    chosen = run_cli("stats", "--db", sqlite_store_url, "--quiz", "m1-quiz",
                     "--course", "course-a", "--json")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["attempt_count"] == 0  # course-a's one attempt is open


def test_bad_input_exits_1_with_a_message(sqlite_store_url: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    cases = [
        ("roster", "import", str(broken), "--db", sqlite_store_url),
        ("results", "import", str(broken), "--db", sqlite_store_url, "--passphrase", "x"),
        ("results", "export", "--db", sqlite_store_url, "-o", str(tmp_path / "r.cwresults")),
        ("results", "export", "--db", sqlite_store_url, "-o", str(tmp_path / "r.pdf")),
        ("stats", "--db", sqlite_store_url, "--quiz", "nothing"),
        ("stats", "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/x", "--quiz", "q"),
    ]
    for args in cases:
        result = run_cli(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert result.stderr.strip() and "Traceback" not in result.stderr, args


def test_usage_errors_exit_2() -> None:
    assert run_cli("results").returncode == 2
    assert run_cli("stats", "--db", "sqlite://").returncode == 2


def test_default_db_is_the_embedded_store(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("name\nAlice\n", encoding="utf-8")
    result = run_cli("roster", "import", str(roster), home=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "CoursewareStudio" / "results.sqlite3").is_file()
