"""A Markdown body cut into top-level chunks (paragraph, heading, list, table, call-out, quote,
source), each with the exact blank lines before it, so the writer can put them back.

Pure Python over markdown-it-py tokens; no Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

_FENCE_OPEN = re.compile(r"^:::\s*([A-Za-z_][\w-]*)\s*$")
_FENCE_CLOSE = re.compile(r"^:::\s*$")
_CODE_FENCE = ("```", "~~~")

LEAF_KINDS = {"paragraph_open": "paragraph", "heading_open": "heading",
              "bullet_list_open": "list", "ordered_list_open": "list", "table_open": "table",
              "blockquote_open": "quote"}


def markdown_parser() -> MarkdownIt:
    """CommonMark and tables; link targets kept exactly as written (not percent-encoded, not
    refused: the editor never opens them, and every HTML output sanitises them)."""
    parser = MarkdownIt("commonmark").enable("table")
    parser.normalizeLink = lambda url: url  # type: ignore[method-assign]
    parser.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


@dataclass
class Chunk:
    kind: str  # paragraph, heading, list, table, callout, quote, source
    lines: list[str]  # the chunk's own lines, verbatim
    gap: list[str] = field(default_factory=list)  # the blank lines before it
    tokens: list[Token] = field(default_factory=list)  # leaf chunks: their markdown-it tokens
    inner: Container | None = None  # call-outs and quotes: what is inside
    name: str = ""  # call-outs: the kind (tip …); source: why (code, html, markdown)
    origin: int = 0  # leaf chunks: the line number its tokens' maps count from

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Container:
    chunks: list[Chunk]
    tail: list[str]  # blank lines after the last chunk


def parse_container(text: str, callouts: bool = True) -> Container:
    return _container(text.split("\n"), callouts)


def _container(lines: list[str], callouts: bool) -> Container:
    spans = _callout_spans(lines) if callouts else []
    chunks: list[tuple[int, int, Chunk]] = []
    start = 0
    for open_line, close_line in spans:
        chunks += _plain_chunks(lines, start, open_line)
        chunks.append((open_line, close_line + 1, _callout(lines, open_line, close_line)))
        start = close_line + 1
    chunks += _plain_chunks(lines, start, len(lines))
    result: list[Chunk] = []
    cursor = 0
    for begin, end, chunk in chunks:
        chunk.gap = lines[cursor:begin]
        result.append(chunk)
        cursor = end
    return Container(result, lines[cursor:])


def _callout_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(opening line, closing line) of every closed ``::: kind`` block outside code fences."""
    spans, open_at, in_code = [], -1, False
    for number, line in enumerate(lines):
        if line.lstrip().startswith(_CODE_FENCE):
            in_code = not in_code
        if in_code:
            continue
        if open_at >= 0 and _FENCE_CLOSE.match(line):
            spans.append((open_at, number))
            open_at = -1
        elif open_at < 0 and _FENCE_OPEN.match(line):
            open_at = number
    return spans


def _callout(lines: list[str], open_line: int, close_line: int) -> Chunk:
    match = _FENCE_OPEN.match(lines[open_line])
    assert match is not None
    inner = _container(lines[open_line + 1:close_line], callouts=False)
    return Chunk("callout", lines[open_line:close_line + 1], inner=inner, name=match.group(1))


def _plain_chunks(lines: list[str], start: int, end: int) -> list[tuple[int, int, Chunk]]:
    """Chunks of lines[start:end] (no call-outs inside) with absolute line ranges."""
    region = lines[start:end]
    if not any(line.strip() for line in region):
        return []
    tokens = markdown_parser().parse("\n".join(region))
    found: list[tuple[int, int, Chunk]] = []
    covered = start
    index = 0
    while index < len(tokens):
        token = tokens[index]
        closing = _closing_index(tokens, index)
        assert token.map is not None
        begin, stop = start + token.map[0], start + token.map[1]
        while stop > begin + 1 and not lines[stop - 1].strip():
            stop -= 1  # a list's range takes the blank line after it: that is a gap
        found += _uncovered(lines, covered, begin)
        leaf = _leaf(lines[begin:stop], tokens[index:closing + 1])
        leaf.origin = token.map[0]
        found.append((begin, stop, leaf))
        covered = stop
        index = closing + 1
    found += _uncovered(lines, covered, end)
    return found


def _closing_index(tokens: list[Token], index: int) -> int:
    if tokens[index].nesting != 1:
        return index
    depth = 0
    for position in range(index, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position
    return len(tokens) - 1


def _uncovered(lines: list[str], begin: int, end: int) -> list[tuple[int, int, Chunk]]:
    """Lines no token claimed (link reference definitions …): kept as source."""
    text_lines = [n for n in range(begin, end) if lines[n].strip()]
    if not text_lines:
        return []
    first, last = text_lines[0], text_lines[-1] + 1
    return [(first, last, Chunk("source", lines[first:last], name="markdown"))]


def _leaf(lines: list[str], tokens: list[Token]) -> Chunk:
    kind = LEAF_KINDS.get(tokens[0].type)
    if kind == "heading" and not tokens[0].markup.startswith("#"):
        kind = None  # a setext heading (underlined): kept as written
    if kind == "quote":
        inner = _quote_inner(lines)
        if inner is not None:
            return Chunk("quote", lines, inner=_container(inner, callouts=False))
        kind = None
    if kind is None:
        name = {"fence": "code", "code_block": "code", "html_block": "html"}.get(
            tokens[0].type, "markdown")
        return Chunk("source", lines, name=name)
    return Chunk(kind, lines, tokens=tokens)


def _quote_inner(lines: list[str]) -> list[str] | None:
    """The lines of a ``>`` quote without their marks; None when a line has no mark."""
    inner = []
    for line in lines:
        if line == ">":
            inner.append("")
        elif line.startswith("> "):
            inner.append(line[2:])
        else:
            return None
    return inner
