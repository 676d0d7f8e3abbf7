"""Markdown → HTML: a fresh Markdown instance per document, ``::: kind`` call-outs as boxes,
trainer-only blocks kept or dropped by edition, images resolved relative to the file and
confined to the course folder, raw HTML sanitised."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import markdown
from markupsafe import Markup, escape

from courseware.fileio import resolve_inside
from courseware.markdown_blocks import split_blocks
from exporters.sanitise import sanitise_html

MARKDOWN_EXTENSIONS = ("tables", "fenced_code", "sane_lists", "attr_list")
TRAINER_ONLY_KINDS = frozenset({"trainer", "analysis", "facilitation"})
_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")')
_WEB_ADDRESS = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _fresh_markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS), output_format="html")


def _plain_markdown(text: str) -> str:
    return sanitise_html(_fresh_markdown().convert(text))


def resolve_images(html: str, course_root: Path | None, file_path: str) -> str:
    """Rewrite relative image sources as absolute file URIs inside the course folder."""
    if course_root is None:
        return html
    base = str(PurePosixPath(file_path).parent) if file_path else ""
    base = "" if base == "." else base

    def rewrite(match: re.Match[str]) -> str:
        target = match.group(2)
        if _WEB_ADDRESS.match(target):
            return match.group(0)
        resolved = resolve_inside(course_root, target, base)
        if resolved is None:  # outside the course folder: show nothing rather than load it
            return f"{match.group(1)}{match.group(3)}"
        return f"{match.group(1)}{resolved[0].resolve().as_uri()}{match.group(3)}"

    return _IMG_SRC.sub(rewrite, html)


def callout_box(kind: str, title: str, inner_html: str) -> str:
    """A call-out as a one-cell table: boxed both in browsers and in Qt's rich text."""
    return (
        f'<table class="callout callout-{escape(kind)}" width="100%" cellpadding="8" '
        f'cellspacing="0"><tr><td><p class="callout-title">{escape(title)}</p>'
        f"{inner_html}</td></tr></table>"
    )


def markdown_to_html(
    body: str,
    *,
    trainer_edition: bool,
    callout_titles: dict[str, str],
    course_root: Path | None = None,
    file_path: str = "",
) -> Markup:
    """Render a lesson-style body; unknown block kinds render as plain boxes."""
    parts: list[str] = []
    for segment in split_blocks(body):
        if not segment.kind:
            parts.append(_plain_markdown(segment.text))
            continue
        if segment.kind in TRAINER_ONLY_KINDS and not trainer_edition:
            continue
        title = callout_titles.get(segment.kind, segment.kind)
        parts.append(callout_box(segment.kind, title, _plain_markdown(segment.text)))
    return Markup(resolve_images("\n".join(parts), course_root, file_path))


def section_to_html(
    text: str, course_root: Path | None = None, file_path: str = ""
) -> Markup:
    """One case-study section (plain Markdown, no call-outs)."""
    return Markup(resolve_images(_plain_markdown(text), course_root, file_path))
