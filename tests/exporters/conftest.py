"""Fixtures for exporter tests: the bundled course, its handouts, small synthetic courses."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.format import load_course
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition
from tests.conftest import BUNDLED_COURSE


@pytest.fixture(scope="session")
def bundled_course() -> m.Course:
    result = load_course(BUNDLED_COURSE)
    assert result.course is not None, result.problems
    return result.course


@pytest.fixture(scope="session")
def handouts(bundled_course: m.Course, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Path]:
    """The bundled course's participant and trainer handouts, built once per session."""
    folder = tmp_path_factory.mktemp("handouts")
    return {edition.value: export_handout(bundled_course, BUNDLED_COURSE,
                                          folder / f"{edition.value}.pdf",
                                          HandoutOptions(edition=edition,
                                                         organisation="示例银行培训中心"))
            for edition in Edition}


def synthetic_course(language: str = "zh-CN", body: str = "正文。", title: str = "测试课程",
                     case: m.CaseStudy | None = None, quiz: m.Quiz | None = None) -> m.Course:
    """One module with one lesson (``body``), optionally a case study and a quiz."""
    lesson = m.Lesson(id="l1", title="第一课", body=body, path="modules/m1/lessons/l1.md",
                      duration_minutes=20)
    module = m.Module(id="m1", title="模块标题", objectives=["能够做到某事"], items=[lesson],
                      glossary=[m.GlossaryEntry("术语", "释义")], folder="modules/m1",
                      trainer_notes="讲师备课：先热身十分钟。")
    if case is not None:
        module.items.append(case)
    if quiz is not None:
        module.items.append(quiz)
    return m.Course(id="synthetic", title=title, language=language, modules=[module])


# The results store's fixtures (SQLite and PostgreSQL stores) for the spreadsheet export tests.
from tests.courseware.results.conftest import (  # noqa: E402, F401
    pg_server,
    pg_url,
    sqlite_store_url,
    store,
    store_url,
)
