"""Creating a new, valid, nearly empty course."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from courseware import model as m
from courseware.format.writer import save_course
from courseware.i18n import tr, tr_for
from courseware.placeholders import placeholder


def slug(text: str, fallback: str = "course") -> str:
    """An id from a title: ASCII letters and digits kept, others dropped."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:40]
    return value or fallback


def new_course(title: str, language: str = "zh-CN", course_id: str = "") -> m.Course:
    """The starter module and lesson are named in the course's language, not the interface's."""
    module = m.Module(id="m1", title=tr_for(language, "new.module_title"), objectives=[],
                      folder="modules/01-m1")
    lesson = m.Lesson(id="m1-l1", title=tr_for(language, "new.lesson_title"),
                      body=placeholder("starter_lesson_text", language) + "\n")
    module.items.append(lesson)
    return m.Course(id=course_id or slug(title), title=title, language=language,
                    modules=[module])


def create_course(folder: Path, title: str, language: str = "zh-CN") -> m.Course:
    """Write a new course into an empty (or new) folder."""
    if folder.exists() and any(folder.iterdir()):
        raise FileExistsError(tr("cli.exists", path=folder))
    course = new_course(title, language, slug(title, fallback=slug(folder.name)))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "media").mkdir(exist_ok=True)
    save_course(course, folder)
    return course
