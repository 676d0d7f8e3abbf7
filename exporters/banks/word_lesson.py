"""A Word document → a Markdown lesson: headings, lists (Word's numbering kept), tables, images.

The first heading (or the file name) becomes the title; images go into the course's media
folder, de-duplicated by content, and are referenced relative to the lesson file.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from courseware import model as m
from courseware.format.writer import assign_paths
from exporters.banks.importer import MEDIA_FOLDER, ImportRefused, MediaStore, all_ids
from exporters.banks.safety import BankFileError, check_size
from exporters.banks.wordml import Paragraph, Table, WordDocument

_IMAGE = re.compile(r"!\[\]\(media/([^)\s]+)\)")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def import_lesson(course: m.Course, root: Path, module: m.Module, path: Path,
                  lesson_id: str | None) -> tuple[m.Lesson, list[str]]:
    try:
        check_size(path)
        document = WordDocument(path)
    except BankFileError as error:
        raise ImportRefused(error.message) from error
    title, body = document_markdown(document)
    taken = all_ids(course)
    if lesson_id is None:
        number = len(module.lessons) + 1
        lesson_id = f"{module.id}-lesson{number:02d}"
        while lesson_id in taken:
            number += 1
            lesson_id = f"{module.id}-lesson{number:02d}"
    elif lesson_id in taken:
        from courseware.i18n import tr

        raise ImportRefused(tr("bankcli.quiz_exists", id=lesson_id))
    lesson = m.Lesson(id=lesson_id, title=title or path.stem)
    module.items.append(lesson)
    assign_paths(course)
    store = MediaStore(root / MEDIA_FOLDER)
    base = posixpath.dirname(lesson.path) or "."

    def relink(match: re.Match[str]) -> str:
        name = match.group(1)
        data = document.media.get(name)
        if data is None:
            return match.group(0)
        placed = store.place(name, data, write=True)
        return f"![]({posixpath.relpath(f'{MEDIA_FOLDER}/{placed}', base)})"

    lesson.body = _IMAGE.sub(relink, body)
    return lesson, [name.split("/", 1)[1] for name in store.written]


def document_markdown(document: WordDocument) -> tuple[str, str]:
    title = ""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Table):
            out.extend(["", *_table(block), ""])
            continue
        text = _inline(block)
        if not text.strip():
            out.append("")
            continue
        level = block.outline or _title_level(block.style)
        if level:
            if not title and level == 1:
                title = text.strip()
                continue
            out.extend(["", "#" * min(level, 6) + " " + text.strip(), ""])
        elif block.number_format:
            indent = "   " * block.level
            marker = "-" if block.number_format == "bullet" else _ordered(block)
            out.append(f"{indent}{marker} {text.strip()}")
        else:
            # a blank line first, or Markdown would continue the list item above
            out.extend(["", text.strip(), ""])
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
    return title, body


def _title_level(style: str) -> int | None:
    return 1 if style.lower() in ("title", "标题") else None


def _ordered(paragraph: Paragraph) -> str:
    """Markdown numbers lists itself; Word's own number is kept when it is not 1. 2. 3."""
    if paragraph.number_format == "decimal" and re.fullmatch(r"\d+[.)]", paragraph.number):
        return paragraph.number.rstrip(")").rstrip(".") + "."
    return f"- {paragraph.number}"


def _inline(paragraph: Paragraph) -> str:
    """Bold runs as **…**, Markdown characters escaped, soft line breaks kept."""
    text = paragraph.text
    pieces: list[str] = []
    position = 0
    for start, end in _merged(paragraph.bold):
        if start < position:
            continue
        pieces.append(_escape(text[position:start]))
        inner = text[start:end]
        pieces.append(f"**{_escape(inner.strip())}**" if inner.strip() else inner)
        position = end
    pieces.append(_escape(text[position:]))
    return "".join(pieces).replace("\n", "  \n").replace("\t", " ")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _escape(text: str) -> str:
    parts = re.split(r"(!\[\]\(media/[^)\s]+\))", text)
    return "".join(part if part.startswith("![](media/") else _MD_SPECIAL.sub(r"\\\1", part)
                   for part in parts)


def _table(table: Table) -> list[str]:
    rows = [[" ".join(_inline(p).strip() for p in cell) for cell in row]
            for row in table.rows if row]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return lines
