"""Markdown text → HTML (python-markdown, sanitised) → the small tree the PDF and Word
renderers walk (exporters.pdf.html_tree).

One line with nothing Markdown would act on skips python-markdown and the HTML parser: most
texts of a course (titles, options, feedback) are such lines. tests/exporters/
test_layout_shortcuts.py checks the shortcut against the slow path.
"""

from __future__ import annotations

import re

import markdown

from exporters.pdf.html_tree import Node, parse_html
from exporters.sanitise import sanitise_html

MARKDOWN_EXTENSIONS = ("tables", "fenced_code", "sane_lists")

_LIST_START = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+\S")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def lists_interrupt_paragraphs(text: str) -> str:
    """Let a list start right under a paragraph line, as CommonMark (and authors) expect.

    python-markdown needs a blank line before a list; without it ``**Title**\\n- item`` would
    print as one run-on paragraph. Code fences are left alone.
    """
    lines = text.split("\n")
    result: list[str] = []
    in_code = False
    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
        previous = result[-1] if result else ""
        if (not in_code and _LIST_START.match(line) and previous.strip()
                and not _LIST_START.match(previous) and not previous.startswith((" ", "\t"))):
            result.append("")
        result.append(line)
    return "\n".join(result)


def new_markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS))


# One line with nothing Markdown would act on (no emphasis, code, links, HTML, entities,
# headings, tables, list or quote markers, indented code, no-break spaces the sanitiser writes
# as &nbsp;): a paragraph of the same text.
_PLAIN_LINE = re.compile(r"[^\s*_`\[\]<>&\\!#|~][^\t\r\n\f\v*_`\[\]<>&\\!#|~\u00a0]*")
_BLOCK_START = re.compile(r"[-+=>]|\d+[.)]")


def plain_line(text: str) -> str | None:
    """The line, if ``text`` is one line that Markdown would print as it is."""
    line = text.rstrip("\n")  # a YAML block scalar's line ends with one
    if line.strip() and _PLAIN_LINE.fullmatch(line) and line[-1] != " " \
            and not _BLOCK_START.match(line):
        return line
    return None


def markdown_to_html(text: str, converter: markdown.Markdown | None = None) -> str:
    """HTML of one Markdown text; a reused converter is reset first, so no state leaks."""
    line = plain_line(text)
    if line is not None:
        return f"<p>{line}</p>"
    if not text.strip():
        return ""
    converter = converter or new_markdown()
    return sanitise_html(converter.reset().convert(lists_interrupt_paragraphs(text)))


def markdown_tree(text: str, converter: markdown.Markdown | None = None) -> Node:
    """The tree of :func:`markdown_to_html`'s HTML (built directly for a plain line)."""
    line = plain_line(text)
    if line is not None:
        return Node(tag="root", children=[Node(tag="p", children=[Node(text=line)])])
    return parse_html(markdown_to_html(text, converter))
