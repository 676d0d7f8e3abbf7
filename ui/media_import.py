"""Bringing a picture into the course and linking it from a Markdown file.

The work (copying into ``media/``, de-duplicating, scaling down big photos, refusing junk) is
:mod:`exporters.media_store`; this module turns its result into the link a Markdown file
needs, and reads pictures from the clipboard or a drop. It raises
:class:`exporters.media_store.ImageRefused` (an ``OSError``) with a message for the user.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QBuffer, QIODevice, QMimeData
from PySide6.QtGui import QImage

from exporters.media_store import MEDIA_FOLDER, ImageRefused, StoredImage, store_image

__all__ = [
    "IMAGE_FILTER",
    "MEDIA_FOLDER",
    "ImageRefused",
    "image_files",
    "image_markdown",
    "import_image",
    "import_image_data",
    "mime_image_png",
]

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.svg *.webp *.bmp"
IMAGE_SUFFIXES = frozenset(s.lstrip("*") for s in IMAGE_FILTER.split())


def import_image(course_root: Path, image: Path, markdown_file: str, *,
                 stored: list[StoredImage] | None = None) -> str:
    """Copy ``image`` into ``media/`` (unless it is already inside the course) and return
    the link to it relative to ``markdown_file`` (a course-relative path). The same picture
    inserted twice is stored once; ``stored`` (if given) receives what was done."""
    result = store_image(course_root, image)
    if stored is not None:
        stored.append(result)
    return link_from(result.relative, markdown_file)


def import_image_data(course_root: Path, data: bytes, markdown_file: str, *,
                      name: str = "image.png") -> str:
    """The same for picture bytes (a pasted screenshot)."""
    return link_from(store_image(course_root, data, name=name).relative, markdown_file)


def unique_target(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3`` … when taken (kept for older callers)."""
    target = folder / name
    stem, suffix, number = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def link_from(relative_to_course: str, markdown_file: str) -> str:
    base = str(PurePosixPath(markdown_file).parent) if markdown_file else "."
    return PurePosixPath(os.path.relpath(relative_to_course, base)).as_posix()


def image_markdown(link: str, description: str) -> str:
    return f"![{description}]({link})"


def image_files(data: QMimeData) -> list[Path]:
    """Local picture files among the URLs of a drop or paste."""
    if not data.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES]


def mime_image_png(data: QMimeData) -> bytes | None:
    """Picture data on the clipboard (a screenshot, a picture copied in a browser) as PNG."""
    if not data.hasImage():
        return None
    image = data.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes a str here
    return bytes(buffer.data().data())
