"""A picture a course links to, only when it is an ordinary file inside the course folder."""

from __future__ import annotations

from pathlib import Path

from courseware.fileio import resolve_inside


def confined_picture(course_root: Path, base_dir: Path, source: str) -> Path | None:
    """The file ``source`` names (relative to ``base_dir``, the linking file's folder), or None
    when it leads outside ``course_root`` (absolute, ``..`` too far, through a link) or is not
    an ordinary file: an export then shows its "picture missing" note instead of embedding
    someone else's file or waiting on a pipe."""
    try:
        base = base_dir.resolve().relative_to(course_root.resolve()).as_posix()
    except (OSError, ValueError):
        return None
    resolved = resolve_inside(course_root, source, "" if base == "." else base)
    if resolved is None or not resolved[0].is_file():
        return None
    return resolved[0]
