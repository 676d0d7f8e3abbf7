"""Excel and CSV 题库: templates, header matching, numbers back to text, formulas, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from courseware import model as m
from exporters.banks.formats import csv as csv_format
from exporters.banks.formats.xlsx import read
from tests.exporters.banks.conftest import tiku


def test_surveyking_one_sheet_per_type() -> None:
    result = read(tiku("surveyking/卷王题库导入模板.xlsx"))
    types = [e.question.type_name for e in result.entries if e.question]
    assert types == ["single_choice", "multiple_choice", "true_false", "fill_blank", "essay"]
    single, multi, tf, fill, essay = (e.question for e in result.entries)
    assert isinstance(single, m.SingleChoiceQuestion) and single.options[1].correct
    assert single.points == 2 and single.category == "简单"
    assert isinstance(multi, m.MultipleChoiceQuestion) and multi.points == 2.5
    assert isinstance(tf, m.TrueFalseQuestion) and tf.answer is True  # 答案 A = 正确
    assert isinstance(fill, m.FillBlankQuestion) and len(fill.blanks) == 4
    assert fill.points == 10  # 单空分数 2.5 × 4 blanks
    assert isinstance(essay, m.EssayQuestion) and essay.model_answer == "红楼梦"
    # the stray cell below the data is reported, not dropped silently
    assert any(p.source.endswith("!单选题:4") for p in result.problems)
    assert result.entries[0].source == "卷王题库导入模板.xlsx!单选题:2"


def _workbook(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_kaoshibao_style_header_numbers_and_formulas(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["导入说明：第二行是表头"],
        ["题干（必填）", "题型 \n（必填）", "选项 A", "选项 B", "选项C", "选项E(勿删)",
         "正确答案（必填）", "解析（勿删）", "章节（勿删）", "难度"],
        ["1+1=？", "单选题", 1.0, 2.0, 3, None, "B", None, "第一章 算术", "易"],
        ["=HYPERLINK(\"http://x\")", "判断题", None, None, None, None, "对", None, None, None],
        ["以下正确的是", "多选题", "甲", "乙", "丙", None, "A、C", None, None, None],
    ]
    result = read(_workbook(tmp_path / "考试宝.xlsx", rows))
    first, multi = result.entries
    assert isinstance(first.question, m.SingleChoiceQuestion)
    assert [o.text for o in first.question.options] == ["1", "2", "3"]
    assert first.question.category == "第一章 算术"
    # a formula is read as its saved value (none here), never evaluated; the row is reported
    assert any(p.source == "考试宝.xlsx!Sheet1:4" for p in result.problems)
    assert not any("HYPERLINK" in (e.question.prompt if e.question else "")
                   for e in result.entries)
    assert isinstance(multi.question, m.MultipleChoiceQuestion)
    assert [o.correct for o in multi.question.options] == [True, False, True]
    assert first.source == "考试宝.xlsx!Sheet1:3"


def test_options_in_one_cell(tmp_path: Path) -> None:
    rows: list[list[object]] = [["题型", "题目", "选项", "答案"],
                                ["单选", "客户最看重？", "A.态度|B.速度|C.价格", "A"]]
    (entry,) = read(_workbook(tmp_path / "one.xlsx", rows)).entries
    assert isinstance(entry.question, m.SingleChoiceQuestion)
    assert [o.text for o in entry.question.options] == ["态度", "速度", "价格"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "gb18030", "utf-8"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    word = "䶮" if encoding in ("gb18030", "utf-8-sig", "utf-8") else "银行"
    text = f"题型,题干,选项A,选项B,正确答案\n单选题,{word}的读音？,yǎn,lóng,A\n"
    if encoding == "gbk":
        text = text.replace("yǎn", "yan").replace("lóng", "long")
    path = tmp_path / f"bank-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    result = csv_format.read(path)
    (entry,) = result.entries
    assert entry.question is not None and entry.question.prompt == f"{word}的读音？"
    assert entry.source == f"bank-{encoding}.csv:2"


def test_gbk_cannot_hold_the_rare_character() -> None:
    with pytest.raises(UnicodeEncodeError):
        "䶮".encode("gbk")
    assert "䶮".encode("gb18030")


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiter_from_the_header(tmp_path: Path, delimiter: str) -> None:
    rows = [["题型", "题干", "正确答案"], ["填空题", "积极回应的第二步是___。", "认同;认可"]]
    text = "\n".join(delimiter.join(f'"{c}"' for c in row) for row in rows) + "\n"
    path = tmp_path / "bank.csv"
    path.write_text(text, encoding="utf-8")
    (entry,) = csv_format.read(path).entries
    assert isinstance(entry.question, m.FillBlankQuestion)
    assert entry.question.blanks[0].accepted == ["认同", "认可"]
