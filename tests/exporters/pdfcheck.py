"""Reading PDFs back for tests: pypdf for structure, poppler's pdftotext/pdffonts for text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

CLOSING_PUNCTUATION = "，。、；：？！）」』》】”’…"


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squeezed(text: str) -> str:
    """Text without any whitespace (lines broken anywhere compare equal)."""
    return re.sub(r"\s+", "", text)


def font_rows(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name and 'emb' column."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    rows = [line.split() for line in out[2:] if line.strip()]
    return [{"name": cells[0], "emb": cells[-5]} for cells in rows]  # … emb sub uni id gen


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def outline_tree(path: Path) -> list[object]:
    """Bookmarks as nested lists of titles: [title, [children…], title, …]."""
    reader = PdfReader(str(path))

    def walk(items: list[object]) -> list[object]:
        return [walk(i) if isinstance(i, list) else i.title for i in items]  # type: ignore

    return walk(reader.outline)


def flat_titles(tree: list[object]) -> list[str]:
    titles: list[str] = []
    for item in tree:
        titles += flat_titles(item) if isinstance(item, list) else [str(item)]
    return titles


def page_size(path: Path, index: int = 0) -> tuple[float, float]:
    box = PdfReader(str(path)).pages[index].mediabox
    return float(box.width), float(box.height)
