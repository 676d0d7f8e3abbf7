"""Data files setup.cfg cannot list by pattern: the bundled course and the user guide,
folder by folder.

Everything else is declared in setup.cfg. The course lands in
``<prefix>/share/courseware-studio/content`` (see courseware/bundled.py), the guide (Markdown
and its screenshots, shown by F1) in ``<prefix>/share/courseware-studio/docs``
(see ui/help_window.py).
"""

from pathlib import Path

from setuptools import setup

CONTENT = Path("content")
DOCS = Path("docs")
TARGET = Path("share/courseware-studio")


def folder_data_files(top: Path) -> list[tuple[str, list[str]]]:
    folders: dict[Path, list[str]] = {}
    for path in sorted(top.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            folders.setdefault(path.parent, []).append(path.as_posix())
    return [((TARGET / folder).as_posix(), files) for folder, files in folders.items()]


setup(data_files=folder_data_files(CONTENT) + folder_data_files(DOCS))
