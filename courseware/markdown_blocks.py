"""Markdown source helpers: front matter and ``::: kind`` blocks, shared by every renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE_OPEN = re.compile(r"^:::\s*([A-Za-z_][\w-]*)\s*$")
_FENCE_CLOSE = re.compile(r"^:::\s*$")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:\d+[.)、]|[-*+])\s+(.*\S)\s*$")


@dataclass(frozen=True)
class FrontMatterSplit:
    front_matter: str | None  # YAML text, None when the file has no front matter
    body: str
    body_line: int  # 1-based line where the body starts


def split_front_matter(text: str) -> FrontMatterSplit:
    """Split ``---\\nYAML\\n---\\n`` from the start of a Markdown file."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return FrontMatterSplit(None, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            yaml_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            return FrontMatterSplit(yaml_text, body, index + 2)
    return FrontMatterSplit(None, text, 1)


@dataclass(frozen=True)
class Segment:
    """A run of a Markdown body: plain text (kind '') or a fenced ``::: kind`` block."""

    kind: str
    text: str
    line: int  # 1-based line of the segment's first line within the body
    closed: bool = True


def split_blocks(body: str) -> list[Segment]:
    segments: list[Segment] = []
    plain: list[str] = []
    plain_start = 1
    block_kind = ""
    block_lines: list[str] = []
    block_start = 0
    in_code = False
    for number, line in enumerate(body.splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        if block_kind:
            if not in_code and _FENCE_CLOSE.match(line):
                segments.append(Segment(block_kind, "\n".join(block_lines), block_start))
                block_kind, block_lines = "", []
                plain_start = number + 1
            else:
                block_lines.append(line)
            continue
        opened = None if in_code else _FENCE_OPEN.match(line)
        if opened:
            if plain:
                segments.append(Segment("", "\n".join(plain), plain_start))
                plain = []
            block_kind, block_start = opened.group(1), number
        else:
            if not plain:
                plain_start = number
            plain.append(line)
    if block_kind:
        segments.append(Segment(block_kind, "\n".join(block_lines), block_start, closed=False))
    elif plain:
        segments.append(Segment("", "\n".join(plain), plain_start))
    return segments


def strip_trainer_blocks(body: str) -> str:
    """The participant view of a lesson body: every ``::: trainer`` block removed."""
    kept = []
    for segment in split_blocks(body):
        if segment.kind == "trainer":
            continue
        if segment.kind:
            kept.append(f"::: {segment.kind}\n{segment.text}\n:::")
        else:
            kept.append(segment.text)
    return "\n".join(kept)


def list_items(markdown: str) -> list[str]:
    """Top-level list item texts of a Markdown list (numbered or bulleted)."""
    items = []
    for line in markdown.splitlines():
        if line.startswith(("    ", "\t")):
            continue
        match = _LIST_ITEM.match(line)
        if match:
            items.append(match.group(1))
    return items


_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# raw HTML in Markdown: <img src="…">, quoted or not (the same rule as Markdown images)
_HTML_IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
                         re.IGNORECASE)
_WEB_OR_DATA = re.compile(r"^(?:https?|ftp)://|^data:", re.IGNORECASE)


def image_references(markdown: str) -> list[tuple[str, int]]:
    """(target, 1-based line) of every image, Markdown or raw HTML ``<img>``, skipping web
    addresses (HTML outputs never load those; see exporters.sanitise)."""
    found = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        targets = [match.group(1) for match in _IMAGE.finditer(line)]
        targets += [next(g for g in match.groups() if g is not None)
                    for match in _HTML_IMAGE.finditer(line)]
        found += [(target, number) for target in targets if not _WEB_OR_DATA.match(target)]
    return found
