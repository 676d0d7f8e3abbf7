"""Results exports: CSV with a BOM and the right headers, .xlsx readable with openpyxl."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from courseware.engine import AttemptState, EssayGrade, QuestionResult
from courseware.i18n import set_language
from courseware.results import ResultsError, ResultsStore, Trainee
from exporters.spreadsheets import register_writers
from tests.courseware.results.results_testing import START, answer, grade_all, make_attempt


@pytest.fixture(autouse=True)
def _spreadsheet_writers() -> None:
    register_writers()


def fill_store(store: ResultsStore) -> None:
    store.rosters.add(Trainee(name="张伟", employee_id="E001", department="营业部", id="t1"))
    done = make_attempt("t1", questions=3)
    store.attempts.create_attempt(done)
    done.answers = {"q1": answer("a"), "q2": answer(["a", "c"], flagged=True),
                    "q3": answer("=1+1 客户至上")}
    grade_all(done, 1.0)
    done.results["q3"] = QuestionResult("q3", "essay", 1.0, 0.5, 0.5,
                                        essay=EssayGrade([0.5], "不错", "trainer"))
    done.state = AttemptState.SUBMITTED
    done.submitted_at = START + timedelta(minutes=12)
    store.attempts.submit(done)
    store.attempts.create_attempt(make_attempt("guest-7", questions=2))


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_bom_and_english_headers(store: ResultsStore, tmp_path: Path) -> None:
    fill_store(store)
    summary = store.files.export(tmp_path / "results.csv")
    assert summary.attempts == 2
    assert [p.name for p in summary.files] == ["results.csv", "results-questions.csv"]
    rows = read_csv(tmp_path / "results.csv")
    assert rows[0][:4] == ["attempt id", "employee id", "name", "department"]
    by_name = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_name["张伟"]["score"] == "2.5" and by_name["张伟"]["maximum score"] == "3"
    assert by_name["张伟"]["minutes taken"] == "12"
    assert by_name["张伟"]["state"] == "submitted"
    assert by_name["guest-7"]["state"] == "in progress" and by_name["guest-7"]["score"] == ""
    questions = read_csv(tmp_path / "results-questions.csv")
    answers = {row[6]: row for row in questions[1:] if row[2] == "张伟"}
    assert answers["q2"][8] == '["a", "c"]'
    assert answers["q3"][8] == "'=1+1 客户至上"  # never run as a formula
    assert answers["q3"][14] == "不错"


def test_csv_headers_are_chinese_in_chinese(store: ResultsStore, tmp_path: Path) -> None:
    fill_store(store)
    set_language("zh")
    store.files.export(tmp_path / "成绩.csv")
    rows = read_csv(tmp_path / "成绩.csv")
    assert rows[0][:4] == ["作答编号", "工号", "姓名", "部门"]
    assert "已提交" in {cell for row in rows for cell in row}
    assert read_csv(tmp_path / "成绩-questions.csv")[0][8] == "作答内容"


def test_xlsx_has_an_attempts_sheet_and_a_questions_sheet(store: ResultsStore,
                                                          tmp_path: Path) -> None:
    fill_store(store)
    set_language("zh")
    store.files.export(tmp_path / "results.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "results.xlsx")
    try:
        assert workbook.sheetnames == ["作答记录", "逐题明细"]
        attempts = list(workbook["作答记录"].iter_rows(values_only=True))
        assert attempts[0][:3] == ("作答编号", "工号", "姓名")
        zhang = next(row for row in attempts if row[2] == "张伟")
        assert zhang[11] == 2.5 and zhang[14] is None  # no pass mark known: blank
        assert zhang[8] is not None and zhang[8].year == 2024  # a real date cell
        questions = list(workbook["逐题明细"].iter_rows(values_only=True))
        assert len(questions) == 1 + 3 + 2
        assert "=1+1 客户至上" in {row[8] for row in questions}
    finally:
        workbook.close()


def test_export_one_quiz_only(store: ResultsStore, tmp_path: Path) -> None:
    fill_store(store)
    store.attempts.create_attempt(make_attempt("t1", quiz_id="m2-quiz"))
    assert store.files.export(tmp_path / "r.csv", quiz_id="m2-quiz").attempts == 1


@pytest.mark.parametrize("name", ["results.pdf", "results.cwresults"])
def test_unknown_type_or_missing_passphrase_is_refused(store: ResultsStore, tmp_path: Path,
                                                       name: str) -> None:
    with pytest.raises(ResultsError):
        store.files.export(tmp_path / name)
    assert not (tmp_path / name).exists()
