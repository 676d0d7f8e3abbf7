"""One block's formatted text → Markdown inline source (the writer side of inline_build)."""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCharFormat

from ui.editors.rich import props as p

_ALWAYS = re.compile(r"[\\`*\[\]]")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = (
    (re.compile(r"^(#{1,6})(?=\s|$)"), r"\\\1"),
    (re.compile(r"^([-+])(?=\s|$)"), r"\\\1"),
    (re.compile(r"^(\d{1,9})([.)])(?=\s|$)"), r"\1\\\2"),
    (re.compile(r"^>"), r"\\>"),
    (re.compile(r"^:::"), "&#58;::"),  # not a call-out fence (Python-Markdown has no "\\:")
)
SPACES = " \t"
# while a selection is copied: the document positions [start, end) to write
SPAN: ContextVar[tuple[int, int] | None] = ContextVar("SPAN", default=None)


@dataclass
class Atom:
    kind: str  # text, break, image, code, raw
    text: str
    fmt: QTextCharFormat


def prop(fmt: QTextCharFormat, key: int) -> str:
    value = fmt.property(key)
    return value if isinstance(value, str) else ""


def block_atoms(block: QTextBlock) -> list[Atom]:
    atoms: list[Atom] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt, text = fragment.charFormat(), _clipped(fragment.position(), fragment.text())
        if fmt.isImageFormat():
            atoms += [Atom("image", "", fmt) for _ in text]
        elif prop(fmt, p.CODE):
            atoms.append(Atom("code", text, fmt))
        elif fmt.property(p.RAW):
            atoms.append(Atom("raw", text, fmt))
        else:
            for index, part in enumerate(text.split(p.LINE_SEPARATOR)):
                if index:
                    atoms.append(Atom("break", "", fmt))
                if part:
                    atoms.append(Atom("text", part, fmt))
        it += 1
    return atoms


def _clipped(position: int, text: str) -> str:
    span = SPAN.get()
    if span is None:
        return text
    start, end = span
    return text[max(start - position, 0):max(end - position, 0)]


def escape_text(text: str, line_start: bool, table: bool) -> str:
    text = _ALWAYS.sub(lambda m: "\\" + m.group(0), text)
    text = "".join(_escape_underscore(text, i) for i in range(len(text)))
    # entities, not backslashes: Python-Markdown (the exports) cannot escape < and &
    text = _ENTITY.sub("&amp;", text)
    text = _TAG_START.sub("&lt;", text)
    if table:
        text = text.replace("|", "\\|")
    if line_start:
        for pattern, replacement in _LINE_START:
            text = pattern.sub(replacement, text, count=1)
    return text


def _escape_underscore(text: str, index: int) -> str:
    char = text[index]
    if char != "_":
        return char
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return "_" if before.isalnum() and after.isalnum() else "\\_"


def _marks(fmt: QTextCharFormat) -> list[tuple[str, ...]]:
    marks: list[tuple[str, ...]] = []
    if fmt.isAnchor() and fmt.anchorHref():
        marks.append(("link", fmt.anchorHref(), prop(fmt, p.LINK_TITLE)))
    if prop(fmt, p.BOLD):
        marks.append(("bold", prop(fmt, p.BOLD)))
    if prop(fmt, p.ITALIC):
        marks.append(("italic", prop(fmt, p.ITALIC)))
    return marks


HTML_MARKS = {"bold": "<strong>", "italic": "<em>"}


def _open(mark: tuple[str, ...], spelling: str) -> str:
    return "[" if mark[0] == "link" else spelling


def _close(mark: tuple[str, ...], spelling: str) -> str:
    if mark[0] != "link":
        return f"</{spelling[1:]}" if spelling.startswith("<") else spelling
    href, title = mark[1], mark[2]
    if re.search(r"[\s()<>]", href):
        href = f"<{href}>"
    return f"]({href} \"{title}\")" if title else f"]({href})"


def _image(fmt: QTextCharFormat) -> str:
    alt = re.sub(r"([\\\[\]])", r"\\\1", prop(fmt, p.IMAGE_ALT))
    src = prop(fmt, p.IMAGE_SRC) or fmt.toImageFormat().name()
    if re.search(r"[\s()<>]", src):
        src = f"<{src}>"
    title = prop(fmt, p.IMAGE_TITLE)
    return f"![{alt}]({src} \"{title}\")" if title else f"![{alt}]({src})"


def _break(fmt: QTextCharFormat, table: bool) -> str:
    spelling = prop(fmt, p.BREAK)
    if spelling.startswith("<"):
        return spelling
    if table:
        return "<br>"
    if spelling == p.LAZY:
        return f"\n{p.LAZY_MARK}"
    return f"{spelling}\n"


def _code(text: str, fmt: QTextCharFormat) -> str:
    ticks = prop(fmt, p.CODE)
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _emphasis(fmt: QTextCharFormat) -> tuple[str, str]:
    return prop(fmt, p.BOLD), prop(fmt, p.ITALIC)


def _plain(fmt: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(fmt)
    fmt.clearProperty(p.BOLD)
    fmt.clearProperty(p.ITALIC)
    return fmt


def pull_spaces(atoms: list[Atom]) -> list[Atom]:
    """Spaces at the edge of bold or italic text go outside the marks (``**a **`` is not bold)."""
    result: list[Atom] = []
    for index, atom in enumerate(atoms):
        if atom.kind != "text" or not any(_emphasis(atom.fmt)):
            result.append(atom)
            continue
        text = atom.text
        before = atoms[index - 1] if index else None
        after = atoms[index + 1] if index + 1 < len(atoms) else None
        lead = len(text) - len(text.lstrip(SPACES))
        trail = len(text) - len(text.rstrip(SPACES))
        if lead and (before is None or _emphasis(before.fmt) != _emphasis(atom.fmt)):
            result.append(Atom("text", text[:lead], _plain(atom.fmt)))
            text = text[lead:]
        keep_trail = trail and text.strip(SPACES) and (
            after is None or _emphasis(after.fmt) != _emphasis(atom.fmt))
        if keep_trail:
            result.append(Atom("text", text[:-trail], atom.fmt))
            result.append(Atom("text", text[-trail:], _plain(atom.fmt)))
        elif text:
            result.append(Atom("text", text, atom.fmt if text.strip(SPACES) else _plain(atom.fmt)))
    return result


def _wanted(atoms: list[Atom], index: int,
            open_marks: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    atom = atoms[index]
    wanted = _marks(atom.fmt)
    if atom.kind == "text" and not atom.text.strip(SPACES):  # spaces never open a mark
        wanted = [m for m in wanted if m[0] == "link"] if not open_marks else \
            [m for m in open_marks if m in wanted]
    return wanted


def _edge_char(atom: Atom, last: bool) -> str:
    if atom.kind == "break":
        return " "
    if atom.kind == "image":
        return "!" if not last else ")"
    if atom.kind == "code":
        return "`"
    text = atom.text
    return (text[-1] if last else text[0]) if text else " "


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _flanks(before: str, first: str, last: str, after: str) -> bool:
    """Whether ``**`` (or ``*``) around a run is read as emphasis by CommonMark: "客户**“可靠”**
    的" is not (a letter, then punctuation), so such a run is written with <strong>."""
    before, after = before or " ", after or " "
    opens = not first.isspace() and (not _punctuation(first) or before.isspace()
                                     or _punctuation(before))
    closes = not last.isspace() and (not _punctuation(last) or after.isspace()
                                     or _punctuation(after))
    return opens and closes


def _spelling(mark: tuple[str, ...], atoms: list[Atom], index: int, before: str) -> str:
    if mark[0] == "link" or mark[1].startswith("<"):
        return mark[1] if mark[0] != "link" else ""
    end = index
    while end + 1 < len(atoms) and mark in _marks(atoms[end + 1].fmt):
        end += 1
    after = _edge_char(atoms[end + 1], False) if end + 1 < len(atoms) else ""
    if _flanks(before[-1:], _edge_char(atoms[index], False), _edge_char(atoms[end], True), after):
        return mark[1]
    return HTML_MARKS[mark[0]]


def atoms_to_markdown(atoms: list[Atom], table: bool = False) -> str:
    out: list[str] = []
    stack: list[tuple[tuple[str, ...], str]] = []  # open marks with the spelling used
    atoms = pull_spaces(atoms)
    for index in range(len(atoms)):
        wanted = _wanted(atoms, index, [mark for mark, _ in stack])
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep][0] == wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(_close(*stack.pop()))
        for mark in wanted[keep:]:
            spelling = _spelling(mark, atoms, index, "".join(out))
            out.append(_open(mark, spelling))
            stack.append((mark, spelling))
        out.append(_atom_text(atoms, index, "".join(out), table))
    while stack:
        out.append(_close(*stack.pop()))
    return "".join(out)


def _atom_text(atoms: list[Atom], index: int, before: str, table: bool) -> str:
    atom = atoms[index]
    if atom.kind == "image":
        return _image(atom.fmt)
    if atom.kind == "break":
        return _break(atom.fmt, table)
    if atom.kind == "code":
        return _code(atom.text, atom.fmt)
    if atom.kind == "raw":
        return atom.text
    text = atom.text
    if index == 0 or atoms[index - 1].kind == "break":
        text = text.lstrip(SPACES)
    if index + 1 == len(atoms) or atoms[index + 1].kind == "break":
        text = text.rstrip(SPACES)
    line_start = not before or before.endswith("\n")
    return escape_text(text, line_start, table)


def block_markdown(block: QTextBlock, table: bool = False) -> str:
    return atoms_to_markdown(block_atoms(block), table)
