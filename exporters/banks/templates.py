"""导出模板: an example 题库 (one question of each type) in the conventions the readers read.

A trainer fills the template in Excel or Word and imports it back unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

from courseware import model as m
from courseware.fileio import atomic_write_bytes
from courseware.i18n import tr
from exporters.banks import bank_formats
from exporters.banks.formats.xlsx import fill_sheet
from exporters.banks.table_writer import question_rows


def example_questions() -> list[m.Question]:
    return [
        m.SingleChoiceQuestion(
            id="t1", prompt="客户来电抱怨信用卡年费，首先应该做什么？", points=2,
            feedback="先倾听并认同客户的情绪，再解释。", category="积极回应",
            options=[m.Option("a", "直接解释年费政策"), m.Option("b", "倾听并认同客户的感受", True),
                     m.Option("c", "转给其他同事"), m.Option("d", "建议客户销卡")]),
        m.MultipleChoiceQuestion(
            id="t2", prompt="积极回应公式包括哪些环节？", points=2, category="积极回应",
            options=[m.Option("a", "倾听", True), m.Option("b", "认同", True),
                     m.Option("c", "争辩"), m.Option("d", "跟进", True)]),
        m.TrueFalseQuestion(id="t3", prompt="同理心就是同意客户的所有要求。", answer=False,
                            feedback="同理心是理解感受，不等于同意要求。"),
        m.FillBlankQuestion(id="t4", prompt="积极回应公式的四个环节依次是倾听、___、回应和___。",
                            blanks=[m.Blank(["认同", "认可"]), m.Blank(["跟进"])]),
        m.OrderingQuestion(id="t5", prompt="请按处理投诉的正确顺序排列：",
                           items=["倾听", "认同", "回应", "跟进"]),
        m.MatchingQuestion(id="t6", prompt="请将概念与说明配对：",
                           pairs=[m.MatchPair("信任", "相信对方会为自己着想"),
                                  m.MatchPair("同理心", "站在对方角度理解感受")],
                           distractors=["按规定办事"]),
        m.EssayQuestion(id="t7", prompt="客户因额度调整不满，请写出你的回应话术。", points=5,
                        rubric=[m.RubricCriterion(tr("tiku.essay_rubric"), 5)],
                        model_answer="先认同情绪，再说明原因，最后给出可行方案。"),
    ]


def write_template(format_name: str, out: Path) -> None:
    questions = example_questions()
    if format_name == "xlsx":
        _xlsx(questions, out)
        return
    fmt = bank_formats()[format_name]
    assert fmt.write is not None
    fmt.write(questions, out, None)


def _xlsx(questions: list[m.Question], out: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "题目"
    rows, _problems = question_rows(questions, "xlsx")
    fill_sheet(sheet, rows)
    notes = workbook.create_sheet("说明")
    notes.column_dimensions["A"].width = 100
    for line in tr("tiku.template.note").split("。"):
        if line.strip():
            notes.append([line.strip() + ("。" if "。" in tr("tiku.template.note") else "")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
