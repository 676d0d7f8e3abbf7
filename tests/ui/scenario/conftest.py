"""A scenario builder on the bundled course's first scenario (the course is not saved)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from courseware import model as m
from courseware.format.course_reader import load_course
from tests.ui.conftest import BUNDLED_COURSE
from ui.document import CourseDocument
from ui.editors.scenario_editor import ScenarioEditor


@pytest.fixture
def document() -> CourseDocument:
    return CourseDocument(_loaded(), BUNDLED_COURSE)


@pytest.fixture
def question(document: CourseDocument) -> m.ScenarioQuestion:
    return next(q for q in document.course.all_questions()
                if isinstance(q, m.ScenarioQuestion))


@pytest.fixture
def editor(qtbot: QtBot, document: CourseDocument,
           question: m.ScenarioQuestion) -> Iterator[ScenarioEditor]:
    widget = ScenarioEditor(document, question)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _loaded() -> m.Course:
    course = load_course(BUNDLED_COURSE).course
    assert course is not None
    return course


@pytest.fixture(autouse=True)
def no_remembered_positions() -> Iterator[None]:
    """Each test starts with the map as laid out (its settings folder is fresh too)."""
    from ui.editors.scenario import positions

    positions._cache.clear()
    yield
    positions._cache.clear()
