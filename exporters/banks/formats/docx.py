"""Word .docx 题库: paragraphs in the Chinese text conventions, Word's automatic numbering,
answers shown only in red/highlight, tables laid out as questions, text boxes, images."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from courseware import model as m
from exporters.banks import BankFormat, BankReadResult, BankWriteResult
from exporters.banks.docx_writer import write_docx
from exporters.banks.rows import match_header, normalise_header, rows_to_raws
from exporters.banks.safety import guarded
from exporters.banks.textconv import Line, parse_lines
from exporters.banks.wordml import Paragraph, Table, WordDocument

_ENCLOSED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# labels of a question laid out as a two-column table (label | value)
_LABELS = {"题型": "题型：", "题干": "", "题目": "", "试题": "", "问题": "", "答案": "答案：",
           "正确答案": "答案：", "参考答案": "答案：", "解析": "解析：", "答案解析": "解析：",
           "分值": "分值：", "分数": "分值：", "难度": "难度：", "知识点": "知识点：",
           "标签": "知识点：", "章节": "知识点：", "选项": ""}


@guarded
def read(path: Path) -> BankReadResult:
    document = WordDocument(path)
    result = parse_lines(_lines(document))
    result.media.update(document.media)
    return result


def _lines(document: WordDocument) -> Iterator[Line]:
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield from paragraph_lines(block, document.name)
        else:
            yield from _table_lines(block, document.name)


def paragraph_lines(paragraph: Paragraph, name: str) -> Iterator[Line]:
    """One paragraph → lines (a soft line break starts a new line); the number Word draws
    comes first, enclosed numbers read as （N）."""
    prefix = paragraph.number
    if prefix and prefix[0] in _ENCLOSED:
        prefix = f"（{_ENCLOSED.index(prefix[0]) + 1}）" + prefix[1:]
    if prefix == "•":
        prefix = ""
    if prefix and not prefix.endswith((" ", "\t")):
        prefix += " "
    text = prefix + paragraph.text
    shift = len(prefix)
    start = 0
    source = f"{name}:{paragraph.index}"
    for piece in text.split("\n"):
        end = start + len(piece)
        red = [(max(a + shift, start) - start, min(b + shift, end) - start)
               for a, b in paragraph.red if b + shift > start and a + shift < end]
        yield Line(piece.replace("\t", " "), source, red)
        start = end + 1


def _table_lines(table: Table, name: str) -> Iterator[Line]:
    texts = [[_cell_text(cell) for cell in row] for row in table.rows]
    first = _first_paragraph(table)
    source = f"{name}:{first}" if first else name
    if _is_label_table(texts):
        yield from _label_table(table, name)
    elif texts and _is_header_row(texts[0]):
        yield from _header_table(table, texts, name)
    elif texts and all(len(row) == 2 for row in texts) and len(texts) >= 2:
        for row in texts:
            yield Line("", source, pair=(row[0], row[1]))
    else:
        for table_row in table.rows:
            for cell in table_row:
                for paragraph in cell:
                    yield from paragraph_lines(paragraph, name)


def _header_table(table: Table, texts: list[list[str]], name: str) -> Iterator[Line]:
    sources = [f"{name}:{row[0][0].index}" if row and row[0] else name for row in table.rows]
    raws, problems, _found = rows_to_raws(texts, lambda index: sources[index - 1], None)
    for raw in raws:
        yield Line("", raw.source, raw=raw)
    for problem in problems:
        yield Line("", problem.source, problem=problem)


def _is_header_row(row: list[str]) -> bool:
    columns = match_header(row)
    return columns.has_stem and len(columns.fields) + len(columns.options) >= 3


def _is_label_table(texts: list[list[str]]) -> bool:
    labels = [_label(row[0]) for row in texts if len(row) >= 2]
    return sum(label is not None for label in labels) >= 2 and any(
        label == "" for label in labels)


def _label(text: str) -> str | None:
    key = normalise_header(text)
    if re.fullmatch(r"(选项)?[A-J]", key):
        return f"{key[-1]}. "
    return _LABELS.get(key)


def _label_table(table: Table, name: str) -> Iterator[Line]:
    started = False
    for row in table.rows:
        if len(row) < 2:
            continue
        label = _label(_cell_text(row[0]))
        for number, paragraph in enumerate(row[1]):
            lines = list(paragraph_lines(paragraph, name))
            for line in lines:
                if label is None:
                    continue
                if label == "" and not started:
                    line.starts_question = True
                    started = True
                if number == 0 or label in ("", "选项"):
                    line.text = label + line.text
                    line.red = [(a + len(label), b + len(label)) for a, b in line.red]
                yield line


def _cell_text(cell: list[Paragraph]) -> str:
    return "\n".join((p.number + " " if p.number else "") + p.text for p in cell).strip()


def _first_paragraph(table: Table) -> int:
    for row in table.rows:
        for cell in row:
            if cell:
                return cell[0].index
    return 0


def write(questions: Sequence[m.Question], out: Path, media: Path | None) -> BankWriteResult:
    return write_docx(questions, out, media)


FORMAT = BankFormat(name="docx", extensions=(".docx",), read=read, write=write)
