"""Copying an image into the course's media folder and linking it from a Markdown file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

MEDIA_FOLDER = "media"
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.svg *.webp"


def unique_target(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix, number = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def import_image(course_root: Path, image: Path, markdown_file: str) -> str:
    """Copy ``image`` into ``media/`` (unless it is already inside the course) and return
    the link to it relative to ``markdown_file`` (a course-relative path)."""
    image = image.resolve()
    root = course_root.resolve()
    if root in image.parents:
        stored = image
    else:
        media = root / MEDIA_FOLDER
        media.mkdir(parents=True, exist_ok=True)
        stored = unique_target(media, image.name)
        shutil.copy2(image, stored)
    relative_to_course = stored.relative_to(root).as_posix()
    base = str(PurePosixPath(markdown_file).parent) if markdown_file else "."
    return PurePosixPath(os.path.relpath(relative_to_course, base)).as_posix()


def image_markdown(link: str, description: str) -> str:
    return f"![{description}]({link})"
