"""Roster files: encodings Chinese offices write, .xlsx, header variants, reported problems."""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest

from courseware.i18n import set_language
from courseware.results import BadRosterFile, ResultsStore
from courseware.results.roster_import import format_rows, read_roster
from courseware.results.table_file import decode_text

CHINESE_ROSTER = (
    "姓名,工号,部门,邮箱\n"
    "张伟,E001,营业部,zhangwei@example.cn\n"
    "李娜,E002,信用卡中心,lina@example.cn\n"
    "王芳,E003,个人金融部,\n"
)


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "reported"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("gbk", "GBK"), ("gb18030", "GB18030"),
    ("utf-16", "UTF-16"),
])
def test_csv_encodings_are_detected_and_named(tmp_path: Path, encoding: str,
                                              reported: str) -> None:
    text = CHINESE_ROSTER + ("赵𠀾,E004,营业部,\n" if encoding == "gb18030" else "")
    path = write(tmp_path / "roster.csv", text, encoding)
    roster = read_roster(path)
    assert roster.encoding == reported
    assert [row.trainee.name for row in roster.to_add][:3] == ["张伟", "李娜", "王芳"]
    assert roster.to_add[1].trainee.department == "信用卡中心"
    assert roster.issues == []


def test_gbk_is_tried_after_utf8() -> None:
    assert decode_text("姓名".encode("gbk"), "x.csv") == ("姓名", "GBK")
    assert decode_text("姓名".encode(), "x.csv") == ("姓名", "UTF-8")


def test_import_writes_trainees_to_the_store(store: ResultsStore, tmp_path: Path) -> None:
    path = write(tmp_path / "名单.csv", CHINESE_ROSTER, "gbk")
    result = store.import_roster(path)
    assert result.written
    by_id = {t.employee_id: t for t in store.rosters.list()}
    assert by_id["E002"].name == "李娜" and by_id["E002"].email == "lina@example.cn"
    assert by_id["E003"].email == ""
    assert "trainees added: 3" in result.summary() and "GBK" in result.summary()


def test_xlsx_roster_with_title_row_and_numeric_ids(store: ResultsStore, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["2024 年春季培训名单"])
    sheet.append(["Name", "Employee ID", "Dept.", "E-mail", "备注"])
    sheet.append(["Zhang Wei", 10023, "Retail", "zw@example.com", "组长"])
    sheet.append(["李娜", 10024.0, "信用卡中心", None, None])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    result = store.import_roster(path)
    assert result.encoding is None and result.columns.header_row == 2
    assert result.columns.ignored == ["备注"]
    assert sorted((t.employee_id, t.name) for t in store.rosters.list()) == [
        ("10023", "Zhang Wei"), ("10024", "李娜")]


@pytest.mark.parametrize("header", [
    "姓名,员工编号,部门,电子邮箱", " Name , employee_id , DEPARTMENT , Email ",
    "ＮＡＭＥ,Ｅｍｐｌｏｙｅｅ ＩＤ,部门,邮箱", "姓 名,工号,所属部门,E-Mail",
])
def test_header_variants_are_recognised(tmp_path: Path, header: str) -> None:
    path = write(tmp_path / "r.csv", header + "\n张伟,E001,营业部,zw@example.cn\n", "utf-8")
    [row] = read_roster(path).to_add
    assert (row.trainee.name, row.trainee.employee_id, row.trainee.department,
            row.trainee.email) == ("张伟", "E001", "营业部", "zw@example.cn")


def test_full_width_ids_and_spaces_are_cleaned(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "姓名,工号\n\u3000张　伟 ,ｅ００１\n", "utf-8")
    [row] = read_roster(path).to_add
    assert (row.trainee.name, row.trainee.employee_id) == ("张 伟", "E001")


def test_duplicates_and_blank_rows_are_reported_with_row_numbers(tmp_path: Path) -> None:
    text = ("姓名,工号,部门\n"
            "张伟,E001,营业部\n"      # 2
            ",,\n"                  # 3 blank
            "李娜,E002,信用卡中心\n"   # 4
            "张伟,E001,营业部\n"      # 5 exact repeat of 2
            "\n"                    # 6 blank
            "王芳,E003,营业部\n"      # 7
            "王小芳,E003,营业部\n"    # 8 conflicts with 7
            ",E009,营业部\n"         # 9 no name
            "赵敏,,营业部\n"          # 10
            "赵敏,,营业部\n"          # 11 repeat of 10 (no id: same name and department)
            "\n\n")                 # trailing blank lines are not data
    result = read_roster(write(tmp_path / "r.csv", text, "utf-8-sig"))
    assert [row.number for row in result.to_add] == [2, 4, 10]
    assert [(issue.key, issue.rows) for issue in result.issues] == [
        ("roster.blank_rows", (3, 6)),
        ("roster.duplicate_rows", (5,)),
        ("roster.conflicting_rows", (7, 8)),
        ("roster.missing_name", (9,)),
        ("roster.duplicate_rows", (11,)),
    ]
    assert result.skipped_rows == 5
    assert result.lines()[1:] == [
        "rows 3, 6: blank, skipped",
        "row 5: repeats row 2 (张伟), not imported again",
        "rows 7–8: the same person (E003) with different details; none of them imported, "
        "correct the file and import it again",
        "row 9: no name, not imported",
        "row 11: repeats row 10 (赵敏), not imported again",
    ]
    set_language("zh")
    assert result.lines()[2] == "第 5 行：与第 2 行（张伟）重复，未重复导入"


def test_people_already_on_the_roster_are_reported_not_merged(store: ResultsStore,
                                                              tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", CHINESE_ROSTER, "utf-8")
    store.import_roster(path)
    again = store.import_roster(path)
    assert again.to_add == []
    assert [issue.key for issue in again.issues] == ["roster.already_on_roster"] * 3
    assert len(store.rosters.list()) == 3


def test_dry_run_writes_nothing(store: ResultsStore, tmp_path: Path) -> None:
    result = store.import_roster(write(tmp_path / "r.csv", CHINESE_ROSTER, "utf-8"),
                                 dry_run=True)
    assert len(result.to_add) == 3 and not result.written
    assert store.rosters.list() == []


@pytest.mark.parametrize(("name", "content", "key"), [
    ("r.xlsx", b"this is not a zip file", "table.bad_xlsx"),
    ("r.csv", b"PK\x03\x04\x00\x00binary", "table.binary"),
    ("r.xls", b"\xd0\xcf\x11\xe0", "table.old_excel"),
    ("r.pdf", b"%PDF", "table.unknown_type"),
    ("r.csv", "编号,部门\nE1,营业部\n".encode(), "roster.no_name_column"),
    ("r.csv", "姓名,名字\n张伟,张伟\n".encode(), "roster.column_twice"),
    ("r.csv", codecs.BOM_UTF8 + b"\xff\xfe\xfa", "table.bad_bytes"),
])
def test_broken_files_are_refused_and_nothing_is_written(
        store: ResultsStore, tmp_path: Path, name: str, content: bytes, key: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadRosterFile) as caught:
        store.import_roster(path)
    assert caught.value.key == key
    assert str(caught.value)  # a readable message
    assert store.rosters.list() == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadRosterFile, match="cannot read"):
        read_roster(tmp_path / "missing.csv")


def test_row_ranges_are_compact() -> None:
    assert format_rows((9, 3, 4, 5)) == "rows 3–5, 9"
    assert format_rows((7,)) == "row 7"
    set_language("zh")
    assert format_rows((9, 3, 4, 5)) == "第 3–5、9 行"
