"""Markdown → Word paragraphs, lists, tables, call-out boxes and pictures.

The same pipeline as the PDF (exporters.pdf.markdown_flowables): ``::: kind`` call-outs split
off first, then one python-markdown conversion per block and a walk over the HTML tree. Word
styles carry the look (Heading 2–4, List Bullet/Number, Table Grid, Caption, Quote), so the
trainer can restyle the whole document in Word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Emu, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from courseware.markdown_blocks import split_blocks
from exporters.confined import confined_picture
from exporters.docx import word
from exporters.pdf.html_tree import Node
from exporters.pdf.markdown_flowables import BLANK_TOKEN, CALLOUT_KINDS, image_nodes
from exporters.pdf.markdown_source import markdown_tree, new_markdown
from exporters.pdf.styles import CALLOUT_COLOURS, RULE, TABLE_HEADER_BG
from exporters.pdf.table_widths import column_widths

Container = Document | _Cell
STRONG_COLOUR = "1F3A5F"
LIST_STYLES = {"ul": ("List Bullet", "List Bullet 2", "List Bullet 3"),
               "ol": ("List Number", "List Number 2", "List Number 3")}


@dataclass(frozen=True)
class WordContext:
    document: Document
    base_dir: Path
    include_trainer: bool
    label: Callable[..., str]
    text_width: Length
    text_height: Length
    mono_font: str
    measure: Callable[[str], float]  # text width in points at the body size
    course_root: Path | None = None  # pictures outside it are never embedded


class WordMarkdown:
    def __init__(self, context: WordContext) -> None:
        self.context = context
        self._markdown = new_markdown()

    # ------------------------------------------------------------- documents and call-outs

    def render(self, text: str, into: Container) -> None:
        for segment in split_blocks(text):
            if segment.kind == "trainer" and not self.context.include_trainer:
                continue
            if segment.kind in CALLOUT_KINDS:
                self.callout(segment.kind, self.context.label(f"callout.{segment.kind}"),
                             partial(self.render_plain, segment.text), into)
            else:
                self.render_plain(segment.text, into)

    def render_plain(self, text: str, into: Container) -> None:
        root = markdown_tree(text, self._markdown)
        self.blocks(root, into)

    def inline_into(self, text: str, paragraph: Paragraph) -> None:
        """One line of Markdown (a question, an option) as runs of ``paragraph``."""
        root = markdown_tree(text, self._markdown)
        blocks = root.elements()
        if len(blocks) == 1 and blocks[0].tag == "p":
            self.inline(blocks[0], paragraph)
        else:
            paragraph.add_run(root.plain_text().strip())

    def short_into(self, text: str, paragraph: Paragraph, into: Container,
                   max_width: Length | None = None) -> None:
        """A short Markdown text (an option, a matching item) as runs of ``paragraph``, its
        paragraphs joined by line breaks and its pictures added after it to ``into``."""
        root = markdown_tree(text, self._markdown)
        blocks = [block for block in root.elements() if block.plain_text().strip()]
        for number, block in enumerate(blocks):
            if number:
                paragraph.add_run().add_break()
            if block.tag == "p":
                self.inline(block, paragraph)
            else:
                paragraph.add_run(block.plain_text().strip())
        for node in image_nodes(root):
            self.image(node, into, max_width)

    def callout(self, kind: str, label: str, fill: Callable[[_Cell], None],
                into: Container) -> Table:
        """A shaded one-cell box with a coloured bar on the left and a bold label."""
        colours = CALLOUT_COLOURS[kind]
        table = into.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        cell = table.cell(0, 0)
        word.shade(cell, colours.background)
        word.cell_borders(cell, left=("single", 3, colours.accent))
        heading = cell.paragraphs[0]
        run = heading.add_run(label)
        run.bold = True
        run.font.color.rgb = word.rgb(colours.accent)
        fill(cell)
        _spacer(into)
        return table

    # ------------------------------------------------------------- blocks

    def blocks(self, parent: Node, into: Container, depth: int = 0) -> None:
        for node in parent.children:
            if node.is_text:
                if node.text.strip():
                    self.paragraph_text(node.text.strip(), into)
                continue
            self.block(node, into, depth)

    def paragraph_text(self, text: str, into: Container) -> Paragraph:
        paragraph = into.add_paragraph()
        paragraph.add_run(text)
        return paragraph

    def block(self, node: Node, into: Container, depth: int = 0) -> None:
        tag = node.tag
        if tag == "p":
            self.paragraph(node, into)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = min(4, max(2, int(tag[1]) + 1))  # lesson headings sit under the lesson's
            heading = into.add_paragraph(style=f"Heading {level}")
            self.inline(node, heading)
        elif tag in ("ul", "ol"):
            self.list_block(node, into, depth)
        elif tag == "table":
            self.table(node, into)
        elif tag == "pre":
            self.code_block(node, into)
        elif tag == "blockquote":
            self.callout("quote", "", lambda cell: self._fill_quote(node, cell), into)
        elif tag == "hr":
            word.bottom_rule(into.add_paragraph(), RULE)
        elif tag == "img":
            self.image(node, into)
        else:
            self.blocks(node, into, depth)

    def _fill_quote(self, node: Node, cell: _Cell) -> None:
        first = cell.paragraphs[0]
        first._p.getparent().remove(first._p)  # no label line in a quote
        self.blocks(node, cell)

    def paragraph(self, node: Node, into: Container, style: str | None = None) -> None:
        images = [child for child in node.children if child.tag == "img"]
        if any(not child.is_text or child.text.strip() for child in node.children
               if child.tag != "img"):
            paragraph = into.add_paragraph(style=style)
            self.inline(node, paragraph)
        for image in images:
            self.image(image, into)

    def _confined(self, source: str) -> Path | None:
        return confined_picture(self.context.course_root or self.context.base_dir,
                                self.context.base_dir, source)

    def code_block(self, node: Node, into: Container) -> None:
        paragraph = into.add_paragraph()
        word.shade(paragraph, "F3F3F3")
        lines = node.plain_text().rstrip("\n").split("\n")
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            word.set_fonts(run._r, self.context.mono_font, self.context.mono_font)
            run.font.size = Pt(9)
            if index < len(lines) - 1:
                run.add_break()

    def image(self, node: Node, into: Container, max_width: Length | None = None) -> None:
        source = unquote(node.attrs.get("src", ""))
        alt = node.attrs.get("alt", "") or node.attrs.get("title", "")
        path = self._confined(source)
        paragraph = into.add_paragraph()
        try:
            if path is None:
                raise FileNotFoundError(source)
            size = _picture_size(path, max_width or self.context.text_width,
                                 int(self.context.text_height * 0.55))
            paragraph.add_run().add_picture(str(path), width=size[0], height=size[1])
        except Exception:  # a missing or unreadable image must never stop the export
            word.box(paragraph, RULE)
            paragraph.add_run(self.context.label("image.missing").format(name=source or alt))
        if alt:
            into.add_paragraph(alt, style="Caption")

    # ------------------------------------------------------------- lists

    def list_block(self, node: Node, into: Container, depth: int) -> None:
        style = LIST_STYLES[node.tag][min(depth, 2)]
        num_id = 0
        for index, item in enumerate(child for child in node.elements() if child.tag == "li"):
            paragraph = into.add_paragraph(style=style)
            if node.tag == "ol":
                if index == 0:
                    start = int(node.attrs.get("start", "1") or 1)
                    num_id = word.restart_numbering(self.context.document, paragraph, start)
                word.use_numbering(paragraph, num_id)
            self.list_item(item, paragraph, into, depth)

    def list_item(self, node: Node, paragraph: Paragraph, into: Container, depth: int) -> None:
        first = True
        for child in node.children:
            if child.tag in ("ul", "ol"):
                self.list_block(child, into, depth + 1)
            elif child.tag in ("table", "pre", "blockquote"):
                self.block(child, into, depth + 1)
            elif child.tag == "p":
                if first:
                    self.inline(child, paragraph)
                else:
                    continuation = into.add_paragraph()
                    continuation.paragraph_format.left_indent = Pt(18 * (depth + 1))
                    self.inline(child, continuation)
                first = False
            else:
                self.inline_node(child, paragraph, {})
                first = first and (not child.is_text or not child.text.strip())

    # ------------------------------------------------------------- tables

    def table(self, node: Node, into: Container) -> None:
        rows = [row for section in node.elements() for row in section.elements()
                if row.tag == "tr"]
        if not rows:
            return
        columns = max(len(row.elements()) for row in rows)
        table = into.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        texts = [[cell.plain_text() for cell in row.elements()] for row in rows]
        width_pt = self.context.text_width.pt
        widths = column_widths(texts, columns, width_pt, self.context.measure, padding=11)
        for r, row in enumerate(rows):
            for c, cell_node in enumerate(row.elements()):
                cell = table.cell(r, c)
                self.inline(cell_node, cell.paragraphs[0], bold=r == 0)
                if r == 0:
                    word.shade(cell, TABLE_HEADER_BG)
        for c, width in enumerate(widths):
            for cell in table.columns[c].cells:
                cell.width = Emu(int(Pt(width)))
        word.repeat_header_row(table)
        _spacer(into)

    # ------------------------------------------------------------- inline

    def inline(self, node: Node, paragraph: Paragraph, bold: bool = False) -> None:
        for child in node.children:
            self.inline_node(child, paragraph, {"bold": bold} if bold else {})

    def inline_node(self, node: Node, paragraph: Paragraph, format: dict[str, Any]) -> None:
        if node.is_text:
            self._text_runs(node.text.replace("\n", " "), paragraph, format)
            return
        tag = node.tag
        if tag in ("strong", "b"):
            inner = {**format, "bold": True, "colour": STRONG_COLOUR}
        elif tag in ("em", "i"):
            inner = {**format, "italic": True}
        elif tag == "code":
            inner = {**format, "code": True}
        elif tag == "br":
            paragraph.add_run().add_break()
            return
        elif tag == "a" and node.attrs.get("href", "").startswith(
                ("http://", "https://", "mailto:")):
            word.add_hyperlink(paragraph, node.attrs["href"], node.plain_text(), "2E75B6")
            return
        elif tag == "img":
            return
        else:
            inner = format
        for child in node.children:
            self.inline_node(child, paragraph, inner)

    def _text_runs(self, text: str, paragraph: Paragraph, format: dict[str, Any]) -> None:
        position = 0
        for match in BLANK_TOKEN.finditer(text):
            self._run(text[position:match.start()], paragraph, format)
            gap = self._run(f"\u00a0\u00a0({match.group(1)})\u00a0\u00a0\u00a0\u00a0",
                            paragraph, format)
            gap.underline = True
            position = match.end()
        self._run(text[position:], paragraph, format)

    def _run(self, text: str, paragraph: Paragraph, format: dict[str, Any]) -> Any:
        run = paragraph.add_run(text)
        if format.get("bold"):
            run.bold = True
        if format.get("italic"):
            run.italic = True
        if format.get("colour"):
            run.font.color.rgb = word.rgb(format["colour"])
        if format.get("code"):
            word.set_fonts(run._r, self.context.mono_font, self.context.mono_font)
            word.shade_run(run, "F0F0F0")
        return run


def _spacer(into: Container) -> None:
    """An empty small paragraph after a table (Word joins adjacent tables otherwise)."""
    paragraph = into.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(2)
    run = paragraph.add_run()
    run.font.size = Pt(4)


def _picture_size(path: Path, max_width: Length, max_height: int) -> tuple[Length, Length]:
    """The picture's size at 96 dpi, scaled down (never up) to fit."""
    from docx.image.image import Image

    image = Image.from_file(str(path))
    width = image.px_width * 9525  # EMU per pixel at 96 dpi
    height = image.px_height * 9525
    scale = min(1.0, max_width / width, max_height / height)
    return Emu(int(width * scale)), Emu(int(height * scale))


__all__ = ["WordContext", "WordMarkdown"]
