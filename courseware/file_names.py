"""File names every classroom PC can take: what Windows and the package reader refuse.

A course made on a Mac or Linux may name a file ``CON.md`` or ``时间:安排.md``; it validates
there, but Windows cannot create it and the package reader refuses the member. ``validate``
reports such names up front, each with a hint, so what validates can be packaged and opened
on any PC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from courseware import model as m
from courseware.i18n import tr
from courseware.markdown_blocks import image_references
from courseware.problems import ProblemList

# Windows' reserved device names, with or without an extension ("CON.md" is CON too).
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$",
                       re.IGNORECASE)
_FORBIDDEN = set('<>:"\\|?*')
MAX_NAME_BYTES = 255  # one file or folder name, in UTF-8 (Linux, macOS) and UTF-16 (Windows)
# The course-relative path: the package is extracted under a temp folder (~70 characters on
# Windows), and Windows refuses paths over 260 characters unless long paths are enabled.
MAX_PATH_CHARS = 180


def name_problem(relative: str) -> tuple[str, dict[str, object]] | None:
    """(message key, values) for the first thing wrong with a course-relative path."""
    if len(relative) > MAX_PATH_CHARS:
        return "filename.path_too_long", {"length": len(relative), "limit": MAX_PATH_CHARS}
    for part in PurePosixPath(relative).parts:
        found = _part_problem(part)
        if found is not None:
            return found[0], {"part": part, **found[1]}
    return None


def _part_problem(part: str) -> tuple[str, dict[str, object]] | None:
    try:
        encoded = part.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are no text (a name from another system)
        return "filename.not_unicode", {}
    bad = sorted({c for c in part if c in _FORBIDDEN or ord(c) < 32})
    if bad:
        shown = " ".join(repr(c)[1:-1] for c in bad)
        return "filename.bad_characters", {"characters": shown}
    if part.endswith((".", " ")) and part not in (".", ".."):
        return "filename.trailing", {}
    if _RESERVED.match(part):
        return "filename.reserved", {}
    if len(encoded) > MAX_NAME_BYTES or len(part.encode("utf-16-le")) > 2 * MAX_NAME_BYTES:
        return "filename.name_too_long", {"limit": MAX_NAME_BYTES}
    return None


def course_paths(course: m.Course) -> Iterator[tuple[str, str, int]]:
    """(course-relative path, where it is named, line) of every file the package would hold."""
    items: list[m.ModuleItem] = []
    if course.introduction is not None:
        items.append(course.introduction)
    for module in course.modules:
        yield f"{module.folder}/module.yaml", module.source.path, 1
        items += module.items
    if course.final_exam is not None:
        items.append(course.final_exam)
    for item in items:
        yield item.path, item.path, 1
        yield from _image_paths(item)


def _image_paths(item: m.ModuleItem) -> Iterator[tuple[str, str, int]]:
    if isinstance(item, m.Lesson):
        texts = [item.body]
    elif isinstance(item, m.CaseStudy):
        texts = list(item.sections.values())
    else:
        return
    base = PurePosixPath(item.path).parent
    for text in texts:
        for target, line in image_references(text):
            yield (base / target).as_posix(), item.path, line


def check_file_names(course: m.Course, problems: ProblemList) -> None:
    """One problem for each file name a Windows PC or the package reader would refuse."""
    seen: set[str] = set()
    for relative, referrer, line in course_paths(course):
        if relative in seen:
            continue
        seen.add(relative)
        found = name_problem(relative)
        if found is not None:
            key, values = found
            problems.add(referrer, line, tr(key, path=relative, **values), tr(f"{key}.hint"))
