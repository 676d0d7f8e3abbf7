"""Data files setup.cfg cannot list by pattern: the bundled course, folder by folder.

Everything else is declared in setup.cfg. The course lands in
``<prefix>/share/courseware-studio/content`` (see courseware/bundled.py).
"""

from pathlib import Path

from setuptools import setup

CONTENT = Path("content")
TARGET = Path("share/courseware-studio")


def content_data_files() -> list[tuple[str, list[str]]]:
    folders: dict[Path, list[str]] = {}
    for path in sorted(CONTENT.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            folders.setdefault(path.parent, []).append(path.as_posix())
    return [((TARGET / folder).as_posix(), files) for folder, files in folders.items()]


setup(data_files=content_data_files())
