"""Reading a .docx's own XML: paragraphs with Word's automatic numbering resolved, red or
highlighted runs, content controls, text boxes, soft line breaks, images and tables.

python-docx drops the numbers Word draws (``w:numPr``) and text boxes, so the package is read
here with lxml (entities, DTDs and network off) after the zip checks of :mod:`safety`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from exporters.banks.ooxml import MC, REL, A, R, V, wtag, wval
from exporters.banks.safety import open_zip, parse_xml, read_member
from exporters.banks.word_numbering import Numbering


@dataclass
class Paragraph:
    index: int  # 1-based position among all paragraphs (the "line" of a source)
    text: str = ""
    red: list[tuple[int, int]] = field(default_factory=list)
    bold: list[tuple[int, int]] = field(default_factory=list)
    number: str = ""  # automatic number as Word draws it ("1.", "A.", "一、", "①")
    number_format: str = ""  # decimal, upperLetter, bullet …
    level: int = 0
    style: str = ""  # style name (Heading 1, 标题 1 …)
    outline: int | None = None  # heading level 1…9 from the style/paragraph outline level


@dataclass
class Table:
    rows: list[list[list[Paragraph]]]  # row → cell → paragraphs


Block = Paragraph | Table


class WordDocument:
    def __init__(self, path: Path) -> None:
        self.name = path.name
        archive = open_zip(path, "Word (.docx)")
        with archive:
            self._archive = archive
            document = self._xml("word/document.xml", required=True)
            assert document is not None
            self._rels = self._relationships("word/_rels/document.xml.rels")
            self.media: dict[str, bytes] = {}
            self._media_by_target: dict[str, str] = {}
            self._numbering = Numbering(self._xml("word/numbering.xml"))
            self._styles = _Styles(self._xml("word/styles.xml"))
            self._counter = 0
            body = document.find(wtag("body"))
            self.blocks: list[Block] = list(self._walk(body)) if body is not None else []

    # ------------------------------------------------------------ package

    def _xml(self, member: str, required: bool = False) -> etree._Element | None:
        data = read_member(self._archive, member)
        if data is None:
            if required:
                from courseware.i18n import tr
                from exporters.banks.safety import BankFileError

                raise BankFileError(tr("tiku.not_zip", name=self.name, kind="Word (.docx)"))
            return None
        return parse_xml(data, self.name, member)

    def _relationships(self, member: str) -> dict[str, str]:
        root = self._xml(member)
        if root is None:
            return {}
        return {str(rel.get("Id")): str(rel.get("Target"))
                for rel in root.iter(f"{{{REL}}}Relationship")
                if rel.get("TargetMode") != "External"}

    def _image(self, rel_id: str | None) -> str | None:
        target = self._rels.get(rel_id or "")
        if not target:
            return None
        member = posixpath.normpath(posixpath.join("word", target.lstrip("/")))
        if member in self._media_by_target:
            return self._media_by_target[member]
        data = read_member(self._archive, member)
        if data is None:
            return None
        name = posixpath.basename(member)
        self.media[name] = data
        self._media_by_target[member] = name
        return name

    # ------------------------------------------------------------ body

    def _walk(self, parent: etree._Element) -> Iterator[Block]:
        for child in parent:
            tag = child.tag
            if tag == wtag("p"):
                yield from self._paragraph(child)
            elif tag == wtag("tbl"):
                yield self._table(child)
            elif tag in _CONTAINERS:
                yield from self._walk(child)

    def _table(self, element: etree._Element) -> Table:
        rows = []
        for row in element.iter(wtag("tr")):
            cells = []
            for cell in row.iter(wtag("tc")):
                paragraphs: list[Paragraph] = [b for b in self._walk(cell)
                                               if isinstance(b, Paragraph)]
                cells.append(paragraphs)
            rows.append(cells)
        return Table(rows)

    def _paragraph(self, element: etree._Element) -> Iterator[Paragraph]:
        self._counter += 1
        paragraph = Paragraph(self._counter)
        boxes: list[etree._Element] = []
        self._inline(element, paragraph, boxes, False)
        self._properties(element, paragraph)
        yield paragraph
        for box in boxes:
            for block in self._walk(box):
                if isinstance(block, Paragraph):
                    yield block

    def _properties(self, element: etree._Element, paragraph: Paragraph) -> None:
        ppr = element.find(wtag("pPr"))
        style_id = wval(ppr.find(wtag("pStyle"))) if ppr is not None else None
        paragraph.style = self._styles.name(style_id)
        outline = wval(ppr.find(wtag("outlineLvl"))) if ppr is not None else None
        paragraph.outline = int(outline) + 1 if outline and outline.isdigit() \
            else self._styles.outline(style_id)
        num_pr = ppr.find(wtag("numPr")) if ppr is not None else None
        num_id = wval(num_pr.find(wtag("numId"))) if num_pr is not None else None
        level = wval(num_pr.find(wtag("ilvl"))) if num_pr is not None else None
        if num_id is None:
            num_id, style_level = self._styles.numbering(style_id)
            level = level or style_level
        if num_id and num_id != "0":
            number, fmt = self._numbering.next(num_id, int(level or 0))
            paragraph.number, paragraph.number_format = number, fmt
            paragraph.level = int(level or 0)

    def _inline(self, element: etree._Element, paragraph: Paragraph,
                boxes: list[etree._Element], red: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == wtag("r"):
                self._run(child, paragraph, boxes)
            elif tag in (wtag("pPr"), wtag("del"), wtag("moveFrom"), f"{{{MC}}}Fallback"):
                continue
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._inline(choice, paragraph, boxes, red)
            elif isinstance(tag, str):
                self._inline(child, paragraph, boxes, red)

    def _run(self, run: etree._Element, paragraph: Paragraph,
             boxes: list[etree._Element]) -> None:
        rpr = run.find(wtag("rPr"))
        self._run_content(run, paragraph, boxes, self._styles.is_marked(rpr), _is_bold(rpr))

    def _run_content(self, element: etree._Element, paragraph: Paragraph,
                     boxes: list[etree._Element], red: bool, bold: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in (f"{{{MC}}}Fallback", wtag("rPr")):
                continue
            if tag == wtag("txbxContent"):
                boxes.append(child)
                continue
            text = _RUN_TEXT.get(tag)
            if tag == wtag("t"):
                text = child.text or ""
            elif tag == f"{{{A}}}blip":
                text = self._image_text(child.get(f"{{{R}}}embed"))
            elif tag == f"{{{V}}}imagedata":
                text = self._image_text(child.get(f"{{{R}}}id"))
            if text is None:
                self._run_content(child, paragraph, boxes, red, bold)
            elif text:
                self._append(paragraph, text, red, bold)

    def _image_text(self, rel_id: str | None) -> str:
        name = self._image(rel_id)
        return f"![](media/{name})" if name else ""

    @staticmethod
    def _append(paragraph: Paragraph, text: str, red: bool, bold: bool) -> None:
        start = len(paragraph.text)
        paragraph.text += text
        if red:
            paragraph.red.append((start, len(paragraph.text)))
        if bold:
            paragraph.bold.append((start, len(paragraph.text)))


# content controls, custom XML and compatibility wrappers around body paragraphs
_CONTAINERS = {wtag("sdt"), wtag("sdtContent"), wtag("customXml"), f"{{{MC}}}AlternateContent",
               f"{{{MC}}}Choice"}
_RUN_TEXT = {wtag("tab"): "\t", wtag("br"): "\n", wtag("cr"): "\n", wtag("noBreakHyphen"): "-",
             wtag("delText"): "", wtag("instrText"): ""}


def _is_bold(rpr: etree._Element | None) -> bool:
    if rpr is None:
        return False
    bold = rpr.find(wtag("b"))
    return bold is not None and wval(bold) not in ("0", "false")


def _red_colour(value: str | None) -> bool:
    if not value or len(value) != 6 or value.lower() == "auto":
        return False
    try:
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return r >= 0xB0 and g < 0x70 and b < 0x70


def run_marked(rpr: etree._Element | None) -> bool:
    """Red text, a highlight or a coloured shading: how trainers mark the right answer."""
    if rpr is None:
        return False
    if _red_colour(wval(rpr.find(wtag("color")))):
        return True
    highlight = wval(rpr.find(wtag("highlight")))
    if highlight and highlight not in ("none", "white"):
        return True
    fill = wval(rpr.find(wtag("shd")), "fill") or ""
    return bool(fill) and fill.lower() not in ("auto", "ffffff", "000000")


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._names: dict[str, str] = {}
        self._based: dict[str, str] = {}
        self._outline: dict[str, int] = {}
        self._num: dict[str, tuple[str, str | None]] = {}
        self._marked: set[str] = set()
        if root is None:
            return
        for style in root.iter(wtag("style")):
            self._read(style)

    def _read(self, style: etree._Element) -> None:
        sid = wval(style, "styleId") or ""
        name = wval(style.find(wtag("name"))) or sid
        self._names[sid] = name
        based = wval(style.find(wtag("basedOn")))
        if based:
            self._based[sid] = based
        ppr = style.find(wtag("pPr"))
        if ppr is not None:
            outline = wval(ppr.find(wtag("outlineLvl")))
            if outline and outline.isdigit():
                self._outline[sid] = int(outline) + 1
            num_pr = ppr.find(wtag("numPr"))
            if num_pr is not None:
                num_id = wval(num_pr.find(wtag("numId")))
                if num_id:
                    self._num[sid] = (num_id, wval(num_pr.find(wtag("ilvl"))))
        lowered = name.lower().replace(" ", "")
        for prefix in ("heading", "标题"):
            if lowered.startswith(prefix) and lowered[len(prefix):].isdigit():
                self._outline.setdefault(sid, int(lowered[len(prefix):]))
        if run_marked(style.find(wtag("rPr"))):
            self._marked.add(sid)

    def _chain(self, sid: str | None) -> Iterator[str]:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            yield sid
            sid = self._based.get(sid)

    def name(self, sid: str | None) -> str:
        return self._names.get(sid or "", sid or "")

    def outline(self, sid: str | None) -> int | None:
        return next((self._outline[s] for s in self._chain(sid) if s in self._outline), None)

    def numbering(self, sid: str | None) -> tuple[str | None, str | None]:
        return next((self._num[s] for s in self._chain(sid) if s in self._num), (None, None))

    def is_marked(self, rpr: etree._Element | None) -> bool:
        if run_marked(rpr):
            return True
        style = wval(rpr.find(wtag("rStyle"))) if rpr is not None else None
        return any(s in self._marked for s in self._chain(style))
