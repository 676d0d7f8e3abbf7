"""Domain questions → a Word .docx in the conventions the Word reader reads back.

Written with python-docx: a title, then per type a heading ``一、单选题`` and per question the
numbered stem, ``A. …`` options, ``答案：…``, ``解析：…``, ``分值：…``, ``知识点：…``. Images the
prompt refers to are embedded when they are found in the course's media folder.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from courseware import model as m
from courseware.fileio import atomic_write_bytes
from courseware.i18n import tr
from exporters.banks import BankProblem, BankWriteResult
from exporters.banks.conventions_writer import Section, sections_for

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_GREY = RGBColor(0x59, 0x59, 0x59)


def write_docx(questions: Sequence[m.Question], out: Path, media: Path | None,
               title: str = "") -> BankWriteResult:
    sections, problems = sections_for(questions, "docx")
    document = build_document(sections, media, problems, title)
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
    return BankWriteResult(sum(len(s.blocks) for s in sections), problems)


def build_document(sections: list[Section], media: Path | None,
                   problems: list[BankProblem], title: str = "") -> Any:
    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体")
    if title:
        document.add_heading(title, level=1)
    body = document.element.body
    section_properties = body.sectPr
    for section in sections:
        heading = _append_paragraph(document)
        heading.add_run(section.heading).bold = True
        for block in section.blocks:
            for kind, text in block.lines:
                paragraph = _append_paragraph(document)
                paragraph.paragraph_format.space_after = Pt(0)
                _add_text(paragraph, text, media, block.question.id, problems)
                if kind in ("answer", "field"):
                    for run in paragraph.runs:
                        run.font.color.rgb = _GREY
            _append_paragraph(document)
    if section_properties is not None:  # the page settings must stay the body's last child
        body.remove(section_properties)
        body.append(section_properties)
    return document


def _append_paragraph(document: Any) -> Paragraph:
    """``document.add_paragraph`` scans the whole body each time (quadratic for a 2,000-question
    bank); appending the element directly is linear."""
    element = OxmlElement("w:p")
    document.element.body.append(element)
    return Paragraph(element, document._body)


def _add_text(paragraph: object, text: str, media: Path | None, qid: str,
              problems: list[BankProblem]) -> None:
    position = 0
    for match in IMAGE.finditer(text):
        picture = _media_file(media, match.group(1))
        if picture is None:
            problems.append(BankProblem(qid, "warning",
                                        tr("tiku.image_missing", name=match.group(1))))
            continue
        paragraph.add_run(text[position:match.start()])  # type: ignore[attr-defined]
        run = paragraph.add_run()  # type: ignore[attr-defined]
        try:
            run.add_picture(str(picture), width=Cm(8))
        except Exception:  # python-docx raises several kinds for images it cannot read
            run.text = match.group(0)
            problems.append(BankProblem(qid, "warning",
                                        tr("tiku.image_unreadable", name=match.group(1))))
        position = match.end()
    paragraph.add_run(text[position:])  # type: ignore[attr-defined]


def _media_file(media: Path | None, reference: str) -> Path | None:
    if media is None:
        return None
    name = PurePosixPath(reference).name
    candidate = media / name
    if candidate.is_file() and candidate.resolve().is_relative_to(media.resolve()):
        return candidate
    return None
