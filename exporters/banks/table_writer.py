"""Domain questions → rows of the one-sheet template (Excel and CSV writers, 导出模板).

Columns: 题型, 题干, 选项A…选项H, 正确答案, 解析, 分值, 知识点, 右项1…右项8 (matching).
The answers use the conventions of :mod:`exporters.banks.conventions_writer`.
"""

from __future__ import annotations

from collections.abc import Sequence

from courseware import model as m
from courseware.i18n import tr
from exporters.banks import BankProblem
from exporters.banks.conventions_writer import Block, _number, _type_lines, labelled

OPTION_COLUMNS = "ABCDEFGH"
HEADER = (["题型", "题干"] + [f"选项{c}" for c in OPTION_COLUMNS]
          + ["正确答案", "解析", "分值", "知识点"] + [f"右项{n}" for n in range(1, 9)])


def question_rows(questions: Sequence[m.Question], format_name: str
                  ) -> tuple[list[list[str]], list[BankProblem]]:
    rows: list[list[str]] = []
    problems: list[BankProblem] = []
    for question, label in labelled(questions, format_name, problems):
        rows.append(_row(question, label, problems))
    return rows, problems


def _row(question: m.Question, label: str, problems: list[BankProblem]) -> list[str]:
    block = Block(question)
    answer = _type_lines(block, problems) or ""
    options: list[str] = []
    rights: list[str] = []
    for _kind, text in block.lines:
        marker, _sep, rest = text.partition(" ")
        (rights if marker.endswith(")") else options).append(rest)
    if len(options) > len(OPTION_COLUMNS):
        problems.append(BankProblem(question.id, "warning", tr("tiku.option_limit")))
    options = (options + [""] * len(OPTION_COLUMNS))[:len(OPTION_COLUMNS)]
    rights = (rights + [""] * 8)[:8]
    return [label, question.prompt.strip(), *options, answer, question.feedback.strip(),
            _number(question.points), question.category, *rights]
