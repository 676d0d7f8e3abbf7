"""The formatting bar in source mode: the same buttons insert Markdown marks, as the editor
did before it was visual (ui.editors.markdown_edits)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit

from ui.editors import markdown_edits as md

SourceEdit = Callable[[QPlainTextEdit], None]

SOURCE_EDITS: dict[str, SourceEdit] = {
    "bold": lambda e: md.wrap_selection(e, "**"),
    "italic": lambda e: md.wrap_selection(e, "*"),
    "heading_1": lambda e: md.prefix_lines(e, "# "),
    "heading_2": lambda e: md.prefix_lines(e, "## "),
    "heading_3": lambda e: md.prefix_lines(e, "### "),
    "bullets": lambda e: md.prefix_lines(e, "- "),
    "numbers": lambda e: md.prefix_lines(e, "1. "),
    **{f"callout_{kind}": (lambda e, k=kind: md.insert_block(e, k))  # type: ignore[misc]
       for kind in ("tip", "note", "warning", "example", "trainer")},
}
# buttons that work in source mode through their own dialogs (a table size, a link, a picture)
SOURCE_DIALOGS = {"table", "link", "image", "callout"}


def works_in_source(name: str) -> bool:
    return name in SOURCE_EDITS or name in SOURCE_DIALOGS
