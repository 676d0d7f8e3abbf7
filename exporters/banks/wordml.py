"""Reading a .docx's own XML: paragraphs with Word's automatic numbering resolved, red or
highlighted runs, content controls, text boxes, soft line breaks, images and tables.

python-docx drops the numbers Word draws (``w:numPr``) and text boxes, so the package is read
here with lxml (entities, DTDs and network off) after the zip checks of :mod:`safety`.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from exporters.banks.safety import open_zip, parse_xml, read_member

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@functools.cache
def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _val(element: etree._Element | None, name: str = "val") -> str | None:
    if element is None:
        return None
    value = element.get(_w(name))
    return str(value) if value is not None else None


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
            self._numbering = _Numbering(self._xml("word/numbering.xml"))
            self._styles = _Styles(self._xml("word/styles.xml"))
            self._counter = 0
            body = document.find(_w("body"))
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
            if tag == _w("p"):
                yield from self._paragraph(child)
            elif tag == _w("tbl"):
                yield self._table(child)
            elif tag in (_w("sdt"), _w("sdtContent"), _w("customXml"), f"{{{MC}}}AlternateContent",
                         f"{{{MC}}}Choice"):
                yield from self._walk(child)

    def _table(self, element: etree._Element) -> Table:
        rows = []
        for row in element.iter(_w("tr")):
            cells = []
            for cell in row.iter(_w("tc")):
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
        ppr = element.find(_w("pPr"))
        style_id = _val(ppr.find(_w("pStyle"))) if ppr is not None else None
        paragraph.style = self._styles.name(style_id)
        outline = _val(ppr.find(_w("outlineLvl"))) if ppr is not None else None
        paragraph.outline = int(outline) + 1 if outline and outline.isdigit() \
            else self._styles.outline(style_id)
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _val(num_pr.find(_w("numId"))) if num_pr is not None else None
        level = _val(num_pr.find(_w("ilvl"))) if num_pr is not None else None
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
            if tag == _w("r"):
                self._run(child, paragraph, boxes)
            elif tag in (_w("pPr"), _w("del"), _w("moveFrom"), f"{{{MC}}}Fallback"):
                continue
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._inline(choice, paragraph, boxes, red)
            elif isinstance(tag, str):
                self._inline(child, paragraph, boxes, red)

    def _run(self, run: etree._Element, paragraph: Paragraph,
             boxes: list[etree._Element]) -> None:
        rpr = run.find(_w("rPr"))
        self._run_content(run, paragraph, boxes, self._styles.is_marked(rpr), _is_bold(rpr))

    def _run_content(self, element: etree._Element, paragraph: Paragraph,
                     boxes: list[etree._Element], red: bool, bold: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in (f"{{{MC}}}Fallback", _w("rPr")):
                continue
            if tag == _w("txbxContent"):
                boxes.append(child)
                continue
            text = _RUN_TEXT.get(tag)
            if tag == _w("t"):
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


_RUN_TEXT = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-",
             _w("delText"): "", _w("instrText"): ""}


def _is_bold(rpr: etree._Element | None) -> bool:
    if rpr is None:
        return False
    bold = rpr.find(_w("b"))
    return bold is not None and _val(bold) not in ("0", "false")


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
    if _red_colour(_val(rpr.find(_w("color")))):
        return True
    highlight = _val(rpr.find(_w("highlight")))
    if highlight and highlight not in ("none", "white"):
        return True
    fill = _val(rpr.find(_w("shd")), "fill") or ""
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
        for style in root.iter(_w("style")):
            self._read(style)

    def _read(self, style: etree._Element) -> None:
        sid = _val(style, "styleId") or ""
        name = _val(style.find(_w("name"))) or sid
        self._names[sid] = name
        based = _val(style.find(_w("basedOn")))
        if based:
            self._based[sid] = based
        ppr = style.find(_w("pPr"))
        if ppr is not None:
            outline = _val(ppr.find(_w("outlineLvl")))
            if outline and outline.isdigit():
                self._outline[sid] = int(outline) + 1
            num_pr = ppr.find(_w("numPr"))
            if num_pr is not None:
                num_id = _val(num_pr.find(_w("numId")))
                if num_id:
                    self._num[sid] = (num_id, _val(num_pr.find(_w("ilvl"))))
        lowered = name.lower().replace(" ", "")
        for prefix in ("heading", "标题"):
            if lowered.startswith(prefix) and lowered[len(prefix):].isdigit():
                self._outline.setdefault(sid, int(lowered[len(prefix):]))
        if run_marked(style.find(_w("rPr"))):
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
        style = _val(rpr.find(_w("rStyle"))) if rpr is not None else None
        return any(s in self._marked for s in self._chain(style))


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """Word's list counters: one per abstract numbering, levels below reset on a new item."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(_w("lvl")):
                index = int(_val(lvl, "ilvl") or 0)
                levels[index] = _Level(_val(lvl.find(_w("numFmt"))) or "decimal",
                                       _val(lvl.find(_w("lvlText"))) or "",
                                       int(_val(lvl.find(_w("start"))) or 1))
            self._abstract[_val(abstract, "abstractNumId") or ""] = levels
        for num in root.iter(_w("num")):
            num_id = _val(num, "numId") or ""
            self._nums[num_id] = _val(num.find(_w("abstractNumId"))) or ""
            for override in num.iter(_w("lvlOverride")):
                start = _val(override.find(_w("startOverride")))
                if start is not None:
                    level = int(_val(override, "ilvl") or 0)
                    self._overrides.setdefault(num_id, {})[level] = int(start)

    def next(self, num_id: str, level: int) -> tuple[str, str]:
        abstract = self._nums.get(num_id)
        levels = self._abstract.get(abstract or "")
        if not levels or level not in levels:
            return "", ""
        counters = self._counters.setdefault(abstract or "", {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in self._overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        spec = levels[level]
        if spec.fmt in ("bullet", "none"):
            return ("" if spec.fmt == "none" else "•"), spec.fmt
        text = spec.text
        for lvl in range(level + 1):
            value = counters.get(lvl, levels.get(lvl, _Level()).start)
            fmt = levels.get(lvl, _Level()).fmt
            text = text.replace(f"%{lvl + 1}", format_number(value, fmt))
        return text, spec.fmt


_CN_DIGITS = "零一二三四五六七八九"
_ENCLOSED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(value: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(65 + rest) + letters
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt.startswith("chinese") or fmt in ("ideographDigital", "taiwaneseCounting",
                                            "taiwaneseCountingThousand"):
        return chinese_number(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return _ENCLOSED[value - 1]
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[value - 1]
    return str(value)


def chinese_number(value: int) -> str:
    if value < 10:
        return _CN_DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        tail = "" if rest == 0 else ("零" if rest < 10 else "") + (
            "一十" + (_CN_DIGITS[rest % 10] if rest % 10 else "") if 10 <= rest < 20
            else chinese_number(rest))
        return _CN_DIGITS[hundreds] + "百" + tail
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                            (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out
