"""Tabular 题库 (Excel sheets, CSV, Word tables with a header row) → raw questions.

The header is looked for in the first rows and matched after removing spaces, line breaks and
notes such as ``（必填）``. One sheet with a 题型 column, one sheet per type (the sheet name gives
the type) and all options in one cell separated by ``|`` are all read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from courseware.i18n import tr
from exporters.banks import BankProblem
from exporters.banks.answers import LETTERS, half_width, number_text, parse_points, type_from_word
from exporters.banks.raw import RawOption, RawQuestion
from exporters.banks.text_patterns import MARKED, OPTION

HEADER_ROWS = 6
_NOTE = re.compile(r"[（(][^)）]*[)）]|\*")

# normalised header → field; 选项A…J, 空1…8 and 右项1…8 are handled by pattern
HEADERS: dict[str, str] = {
    "题干": "stem", "题目": "stem", "试题": "stem", "题目内容": "stem", "试题内容": "stem",
    "问题": "stem", "题目名称": "stem", "题干内容": "stem",
    "题型": "type", "题目类型": "type", "试题类型": "type", "类型": "type",
    "正确答案": "answer", "答案": "answer", "参考答案": "answer", "标准答案": "answer",
    "解析": "analysis", "答案解析": "analysis", "试题解析": "analysis", "题目解析": "analysis",
    "分值": "points", "分数": "points", "得分": "points", "题目分数": "points",
    "难度": "difficulty", "难易度": "difficulty", "难易程度": "difficulty",
    "单空分数": "blank_points", "每空分值": "blank_points", "每空分数": "blank_points",
    "知识点": "tags", "标签": "tag_list", "章节": "tags", "考点": "tags", "分类": "tags",
    "选项": "options", "所有选项": "options",
    "序号": "number", "题号": "number",
}
_OPTION_HEADER = re.compile(r"^选项([A-J])$|^([A-J])$")
_BLANK_HEADER = re.compile(r"^(?:空|填空|答案)(\d+)$")
_RIGHT_HEADER = re.compile(r"^(?:右项|匹配项)(\d+)$")


def normalise_header(value: object) -> str:
    text = half_width(number_text(value))
    text = _NOTE.sub("", text)
    return re.sub(r"\s+", "", text).upper().replace("选项", "选项")


@dataclass
class Columns:
    fields: dict[str, int]
    options: dict[str, int]  # letter → column
    blanks: dict[int, int]
    rights: dict[int, int]

    @property
    def has_stem(self) -> bool:
        return "stem" in self.fields


def match_header(row: Sequence[object]) -> Columns:
    columns = Columns({}, {}, {}, {})
    for index, cell in enumerate(row):
        name = normalise_header(cell)
        if not name:
            continue
        option = _OPTION_HEADER.match(name)
        blank = _BLANK_HEADER.match(name)
        right = _RIGHT_HEADER.match(name)
        if option:
            columns.options.setdefault(option.group(1) or option.group(2), index)
        elif blank:
            columns.blanks.setdefault(int(blank.group(1)), index)
        elif right:
            columns.rights.setdefault(int(right.group(1)), index)
        elif name.lower() in HEADERS or name in HEADERS:
            columns.fields.setdefault(HEADERS.get(name, HEADERS.get(name.lower(), "")), index)
    return columns


def find_header(rows: Sequence[Sequence[object]]) -> tuple[int, Columns] | None:
    for index, row in enumerate(rows[:HEADER_ROWS]):
        columns = match_header(row)
        if columns.has_stem:
            return index, columns
    return None


def rows_to_raws(rows: Sequence[Sequence[object]], source: Callable[[int], str],
                 sheet_type: str | None, first_row: int = 1
                 ) -> tuple[list[RawQuestion], list[BankProblem], bool]:
    """Rows (cells as read) → raw questions; ``source(row_number)`` names a row.

    Returns (questions, problems, header found).
    """
    found = find_header(rows)
    if found is None:
        return [], [], False
    header_index, columns = found
    raws: list[RawQuestion] = []
    problems: list[BankProblem] = []
    for offset, row in enumerate(rows[header_index + 1:], start=header_index + 1):
        cells = [number_text(cell) for cell in row]
        if not any(cells):
            continue
        where = source(offset + first_row)
        raw = _row(cells, columns, where, sheet_type)
        if raw is None:
            text = " ".join(c for c in cells if c)[:40]
            problems.append(BankProblem(where, "warning", tr("tiku.row_no_stem", text=text)))
            continue
        raws.append(raw)
    return raws, problems, True


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].replace("\r\n", "\n").strip()


def _row(cells: list[str], columns: Columns, where: str, sheet_type: str | None
         ) -> RawQuestion | None:
    get = columns.fields.get
    stem = _cell(cells, get("stem"))
    if not stem:
        return None
    raw = RawQuestion(source=where, stem=stem, section_type=sheet_type)
    type_text = _cell(cells, get("type"))
    if type_text:
        raw.type_hint = type_from_word(type_text)
    raw.answer = _cell(cells, get("answer")) or None
    raw.analysis = _cell(cells, get("analysis"))
    points = _cell(cells, get("points"))
    raw.points = parse_points(points) if points else None
    raw.difficulty = _cell(cells, get("difficulty"))
    raw.tags = _cell(cells, get("tags")) or re.sub(r"\s+", "、", _cell(cells, get("tag_list")))
    raw.options = _options(cells, columns)
    raw.blanks = [_cell(cells, i) for _n, i in sorted(columns.blanks.items())
                  if _cell(cells, i)]
    per_blank = _cell(cells, get("blank_points"))
    if per_blank and raw.points is None and parse_points(per_blank) is not None:
        raw.points = (parse_points(per_blank) or 0) * max(len(raw.blanks), 1)
    raw.right_items = [_cell(cells, i) for _n, i in sorted(columns.rights.items())
                       if _cell(cells, i)]
    return raw


def _options(cells: list[str], columns: Columns) -> list[RawOption]:
    texts: list[str] = [_cell(cells, i) for _l, i in sorted(columns.options.items())]
    joined = _cell(cells, columns.fields.get("options"))
    if joined:
        texts += [part for part in re.split(r"[|｜\n]", joined)]
    while texts and not texts[-1]:
        texts.pop()
    options = []
    for index, text in enumerate(texts):
        letter = LETTERS[index] if index < len(LETTERS) else "J"
        match = OPTION.match(text)
        if match and half_width(match.group(1)).upper() == letter:
            text = text[match.end():]
        marked = bool(MARKED.search(text))
        options.append(RawOption(letter, MARKED.sub("", text).strip(), marked))
    return options
