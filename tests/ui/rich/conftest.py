"""A lesson open in a visual Markdown field, on a copy of the every-construct course."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from courseware import model as m
from courseware.format.course_reader import load_course
from ui.document import CourseDocument
from ui.editors.rich import field as field_module
from ui.editors.rich.field import MarkdownField

EVERY = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "every_construct"


@pytest.fixture
def course_document(tmp_path: Path) -> CourseDocument:
    folder = tmp_path / "course"
    shutil.copytree(EVERY, folder)
    course = load_course(folder).course
    assert course is not None
    return CourseDocument(course, folder)


@pytest.fixture
def lesson(course_document: CourseDocument) -> m.Lesson:
    lesson = course_document.course.modules[0].lessons[0]
    lesson.body = ""
    return lesson


@pytest.fixture
def field(qtbot, course_document: CourseDocument, lesson: m.Lesson) -> Iterator[MarkdownField]:  # type: ignore[no-untyped-def]
    field_module._prefer_source = False
    widget = MarkdownField(course_document, lesson, "body", lesson, lambda: lesson.path, "lesson")
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    yield widget
    field_module._prefer_source = False
