"""Markdown → ReportLab flowables.

Each text becomes a small HTML tree (exporters.pdf.markdown_source: python-markdown with
tables, fenced_code and sane_lists, one instance per document) that is walked: block elements
become flowables, inline elements become Paragraph markup with every piece of text escaped.
``::: kind`` call-outs are split off first (courseware.markdown_blocks) and printed as labelled
panels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import markdown
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    LongTable,
    TableStyle,
    XPreformatted,
)

from courseware.markdown_blocks import split_blocks
from exporters.confined import confined_picture
from exporters.pdf.flowables import empty_cell, figure, figure_placeholder, panel, para
from exporters.pdf.html_tree import Node
from exporters.pdf.markdown_source import markdown_tree, new_markdown
from exporters.pdf.markup import colour_attribute, escape
from exporters.pdf.styles import (
    CALLOUT_COLOURS,
    LINK,
    PRIMARY,
    RULE,
    TABLE_HEADER_BG,
    TABLE_STRIPE_BG,
    Styles,
    derived_style,
)
from exporters.pdf.table_widths import column_widths, measure_in

BLANK_TOKEN = re.compile("\ue000(\\d+)\ue001")
CALLOUT_KINDS = ("tip", "note", "warning", "example", "trainer")
CELL_PADDING = 5  # points, left and right of every table cell
_INLINE_FORMATS = {"strong": "b", "b": "b", "em": "i", "i": "i"}


@dataclass(frozen=True)
class RenderContext:
    """What the renderer needs besides the text: styles, frame size and where files are."""

    styles: Styles
    frame_width: float
    frame_height: float
    base_dir: Path
    include_trainer: bool
    label: Callable[[str], str]  # label key → printed text ("callout.tip" → 提示)
    course_root: Path | None = None  # images outside it are never embedded


class MarkdownRenderer:
    def __init__(self, context: RenderContext,
                 converter: markdown.Markdown | None = None) -> None:
        """``converter``: a python-markdown instance to reuse (one per document is enough)."""
        self.context = context
        self.styles = context.styles
        self._markdown = converter or new_markdown()

    # ------------------------------------------------------------- documents and call-outs

    def render(self, text: str) -> list[Flowable]:
        """A Markdown body with ``::: kind`` call-outs; trainer blocks only for trainers."""
        story: list[Flowable] = []
        for segment in split_blocks(text):
            if segment.kind == "trainer" and not self.context.include_trainer:
                continue
            if segment.kind in CALLOUT_KINDS:
                story.append(self.callout(segment.kind, segment.text))
            else:
                story.extend(self.render_plain(segment.text))
        return story

    def render_plain(self, text: str, width: float | None = None) -> list[Flowable]:
        """Markdown without call-outs."""
        root = markdown_tree(text, self._markdown)
        return self.blocks(root, width or self.context.frame_width)

    def inline_markdown(self, text: str) -> str:
        """Paragraph markup for one line of Markdown (a list item, a question)."""
        root = markdown_tree(text, self._markdown)
        blocks = root.elements()
        if len(blocks) == 1 and blocks[0].tag == "p":
            return self.inline(blocks[0]).strip()
        return escape(root.plain_text().strip())

    def short_text(self, text: str, width: float) -> tuple[str, list[Flowable]]:
        """A short Markdown text (an option, a matching item, a feedback): its paragraphs as
        markup joined by line breaks, and its pictures as flowables to print under it."""
        root = markdown_tree(text, self._markdown)
        lines = [self.inline(block).strip() if block.tag == "p"
                 else escape(block.plain_text().strip()) for block in root.elements()]
        markup = "<br/>".join(line for line in lines if line)
        return markup, [self.image(node, width) for node in image_nodes(root)]

    def callout(self, kind: str, text: str) -> Flowable:
        colours = CALLOUT_COLOURS[kind]
        label_style = derived_style(self.styles.callout_label, f"label-{kind}",
                                    textColor=colours.accent)
        label = para(escape(self.context.label(f"callout.{kind}")), label_style)
        inner_width = self.context.frame_width - 20
        rows = self.render_plain(text, inner_width)
        _trim_outer_spacing(rows)
        return self._spaced(panel(rows, colours, label, self.context.frame_width))

    def _spaced(self, flowable: Flowable) -> Flowable:
        flowable.spaceBefore = 4
        flowable.spaceAfter = 10
        return flowable

    # ------------------------------------------------------------- block elements

    def blocks(self, parent: Node, width: float) -> list[Flowable]:
        story: list[Flowable] = []
        for node in parent.children:
            if node.is_text:
                if node.text.strip():
                    story.append(para(escape(node.text.strip()), self.styles.body))
                continue
            story.extend(self.block(node, width))
        return story

    def block(self, node: Node, width: float) -> list[Flowable]:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return [para(self.inline(node), self.heading_style(tag))]
        if tag == "p":
            return self.paragraph(node, width)
        if tag in ("ul", "ol"):
            return [self.list_flowable(node, width)]
        if tag == "table":
            return [self.table(node, width)]
        if tag == "blockquote":
            rows = self.blocks(node, width - 20)
            _trim_outer_spacing(rows)
            return [self._spaced(panel(rows, CALLOUT_COLOURS["quote"], width=width))]
        if tag == "pre":
            return [self.code_block(node)]
        if tag == "hr":
            return [HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=6,
                               spaceAfter=10)]
        if tag == "img":
            return [self.image(node, width)]
        return self.blocks(node, width)

    def heading_style(self, tag: str) -> ParagraphStyle:
        level = int(tag[1])
        return {1: self.styles.h2, 2: self.styles.h2, 3: self.styles.h3}.get(level,
                                                                          self.styles.h4)

    def paragraph(self, node: Node, width: float, style: ParagraphStyle | None = None
                  ) -> list[Flowable]:
        images = [child for child in node.children if child.tag == "img"]
        story: list[Flowable] = []
        markup = self.inline(node).strip()
        if markup:
            story.append(para(markup, style or self.styles.body))
        story.extend(self.image(image, width) for image in images)
        return story

    def code_block(self, node: Node) -> Flowable:
        text = node.plain_text().rstrip("\n")
        return XPreformatted(escape(text), self.styles.code)

    def image(self, node: Node, width: float) -> Flowable:
        source = unquote(node.attrs.get("src", ""))
        alt = node.attrs.get("alt", "") or node.attrs.get("title", "")
        missing = self.context.label("image.missing").format(name=source or alt)
        path = self._confined(source)
        if path is None:
            return figure_placeholder(alt, missing, self.styles, width)
        return figure(path, alt, self.styles, width, self.context.frame_height * 0.55, missing)

    def _confined(self, source: str) -> Path | None:
        return confined_picture(self.context.course_root or self.context.base_dir,
                                self.context.base_dir, source)

    # ------------------------------------------------------------- lists

    def list_flowable(self, node: Node, width: float) -> ListFlowable:
        ordered = node.tag == "ol"
        indent = 16 if ordered else 13
        items = [self.list_item(li, width - indent) for li in node.elements() if li.tag == "li"]
        options: dict[str, object] = {
            "bulletFontName": self.styles.font,
            "bulletFontSize": self.styles.body.fontSize,
            "leftIndent": indent,
            "bulletColor": PRIMARY,
            "spaceAfter": 4,
        }
        if ordered:
            options.update(bulletType="1", bulletFormat="%s.",
                           start=node.attrs.get("start", "1") or "1")
        else:
            options.update(bulletType="bullet", start="•", bulletFontSize=8,
                           bulletOffsetY=-1)
        return ListFlowable(items, **options)  # type: ignore[arg-type]

    def list_item(self, node: Node, width: float) -> ListItem:
        story: list[Flowable] = []
        inline_run: list[Node] = []
        item_style = derived_style(self.styles.body, "li", spaceAfter=3)

        def flush() -> None:
            markup = "".join(self.inline_node(n) for n in inline_run).strip()
            if markup:
                story.append(para(markup, item_style))
            inline_run.clear()

        for child in node.children:
            if child.tag in ("ul", "ol", "p", "table", "pre", "blockquote"):
                flush()
                if child.tag == "p":
                    story.extend(self.paragraph(child, width, item_style))
                else:
                    story.extend(self.block(child, width))
            else:
                inline_run.append(child)
        flush()
        return ListItem(story or [para("", item_style)])

    # ------------------------------------------------------------- tables

    def table(self, node: Node, width: float) -> LongTable:
        rows = [row for section in node.elements() for row in section.elements()
                if row.tag == "tr"]
        header = [self._cell(c, True) for c in rows[0].elements()] if rows else []
        body = [[self._cell(c, False) for c in row.elements()] for row in rows[1:]]
        columns = max([len(header)] + [len(r) for r in body])
        data = [_pad(r, columns) for r in [header, *body]]
        texts = [[c.plain_text() for c in row.elements()] for row in rows]
        measure = measure_in(self.styles.cell.fontName, self.styles.cell.fontSize)
        widths = column_widths(texts, columns, width, measure, padding=2 * CELL_PADDING + 1)
        table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(self._table_style(len(data)))
        table.spaceBefore, table.spaceAfter = 4, 12
        return table

    def _cell(self, node: Node, header: bool) -> Flowable:
        style = self.styles.cell_header if header else self.styles.cell
        return para(self.inline(node).strip() or "", style)

    def _table_style(self, row_count: int) -> TableStyle:
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), TABLE_STRIPE_BG)
                     for r in range(2, row_count, 2)]
        return TableStyle(commands)

    # ------------------------------------------------------------- inline markup

    def blank_markup(self, number: int) -> str:
        """A numbered gap to write in, for fill-in-the-blank prompts (see blank_token)."""
        space = "&nbsp;"
        return f"{space}<u>{space * 5}({number}){space * 9}</u>{space}"

    def inline(self, node: Node) -> str:
        return "".join(self.inline_node(child) for child in node.children)

    def inline_node(self, node: Node) -> str:
        if node.is_text:
            markup = escape(node.text.replace("\n", " "))
            return BLANK_TOKEN.sub(lambda m: self.blank_markup(int(m.group(1))), markup)
        tag = node.tag
        if tag in ("strong", "b"):
            return f'<font color="{self.styles.strong_colour}"><b>{self.inline(node)}</b></font>'
        if tag in _INLINE_FORMATS:
            return f"<i>{self.inline(node)}</i>"
        if tag == "code":
            return (f'<font face="{self.styles.mono}" backColor="#F0F0F0">'
                    f"{escape(node.plain_text())}</font>")
        if tag == "br":
            return "<br/>"
        if tag == "a":
            href = escape(node.attrs.get("href", ""))
            text = self.inline(node)
            if href.startswith(("http://", "https://", "mailto:")):
                return f'<link href="{href}" color="{colour_attribute(LINK)}">{text}</link>'
            return text
        if tag == "img":
            return ""
        return self.inline(node)


def image_nodes(node: Node) -> list[Node]:
    """Every ``<img>`` under ``node``, in reading order."""
    found: list[Node] = []
    for child in node.children:
        if child.tag == "img":
            found.append(child)
        elif not child.is_text:
            found.extend(image_nodes(child))
    return found


def blank_token(number: int) -> str:
    """Stands for blank ``number`` in Markdown; printed as a gap by the renderer."""
    return f"\ue000{number}\ue001"


def _pad(row: list[Flowable], columns: int) -> list[Flowable]:
    return list(row) + [empty_cell() for _ in range(columns - len(row))]


def _trim_outer_spacing(rows: list[Flowable]) -> None:
    """No space above the first and below the last flowable inside a panel."""
    if not rows:
        return
    for row, key in ((rows[0], "spaceBefore"), (rows[-1], "spaceAfter")):
        style = getattr(row, "style", None)
        if isinstance(style, ParagraphStyle):
            row.style = derived_style(style, style.name, **{key: 0})
        else:
            setattr(row, key, 0)


__all__ = ["MarkdownRenderer", "RenderContext"]
