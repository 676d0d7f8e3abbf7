"""A Markdown field split into the text a trainer edits and the pictures shown as thumbnails.

``![柜台](../../media/counter.png)`` is not shown as code: :func:`split` takes every picture out
of the text and remembers where it stood; :func:`join` puts them back (each as a paragraph of
its own unless it was inside a line). Splitting and joining an unedited value gives it back
unchanged in the usual layouts (picture before, after or between paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# the image syntax of courseware.markdown_blocks (alt text, target, optional "title")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_LEADING_BREAKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)*$")


@dataclass(frozen=True)
class Picture:
    alt: str
    src: str
    at: int  # position in the shown text
    inline: bool = False  # inside a line of text (kept there)

    def markdown(self) -> str:
        return f"![{escape_alt(self.alt)}]({self.src})"


def escape_alt(alt: str) -> str:
    return " ".join(alt.replace("[", "(").replace("]", ")").split())


def split(value: str) -> tuple[str, list[Picture]]:
    """The text without its pictures, and the pictures with their places in that text."""
    shown: list[str] = []
    pictures: list[Picture] = []
    length = position = 0
    for match in IMAGE.finditer(value):
        before = value[position:match.start()]
        line_start = value.rfind("\n", 0, match.start()) + 1
        line_end = value.find("\n", match.end())
        line_end = len(value) if line_end < 0 else line_end
        inline = bool(value[line_start:match.start()].strip()
                      or value[match.end():line_end].strip())
        if not inline:
            before = _LEADING_BREAKS.sub("", before) if shown or before.strip() else ""
            before = before.rstrip(" \t")
        shown.append(before)
        length += len(before)
        pictures.append(Picture(match["alt"], match["src"], length, inline))
        position = match.end()
        if not inline and value[position:line_end].strip() == "":
            position = line_end  # the rest of the picture's own line
    shown.append(value[position:])
    text = "".join(shown)
    lead = len(text) - len(text.lstrip("\n"))
    text = text[lead:].rstrip()
    return text, [replace(p, at=min(max(p.at - lead, 0), len(text))) for p in pictures]


def join(text: str, pictures: list[Picture], trailing_newline: bool = False) -> str:
    """``text`` with ``pictures`` put back at their places (see :func:`split`)."""
    parts: list[str] = []
    position = 0
    for picture in sorted(pictures, key=lambda p: p.at):
        at = min(max(picture.at, 0), len(text))
        parts.append(text[position:at])
        position = at
        if picture.inline:
            parts.append(picture.markdown())
            continue
        done = "".join(parts)
        parts.append(_break_before(done) + picture.markdown() + _break_after(text[at:]))
    parts.append(text[position:])
    result = "".join(parts)
    if trailing_newline and result and not result.endswith("\n"):
        result += "\n"
    return result


def _break_before(done: str) -> str:
    if not done or done.endswith("\n\n"):
        return ""
    return "\n" if done.endswith("\n") else "\n\n"


def _break_after(rest: str) -> str:
    if not rest or rest.startswith("\n\n"):
        return ""
    return "\n" if rest.startswith("\n") else "\n\n"


def picture_count(value: str) -> int:
    return sum(1 for _ in IMAGE.finditer(value))
