"""What a handout holds and in which order, whatever it is written as (PDF or Word).

Both editions come from one course: the modules chosen, their numbered titles, the titles of
lessons, case studies and quizzes, the table of contents' lines and the case study sections
each edition shows. The PDF (exporters.pdf.handout_sections) and the Word edition
(exporters.docx.handout) both follow this outline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from courseware import model as m

PARTICIPANT_CASE_SECTIONS = ("background", "situation", "questions", "theory", "takeaways")
TRAINER_CASE_SECTIONS = ("background", "situation", "questions", "analysis", "facilitation",
                         "theory", "takeaways")
DISCUSSION_LINES = 5  # ruled lines under each case discussion question (participant edition)


class UnknownModuleError(ValueError):
    """``module_id`` names no module of the course."""


def selected_modules(course: m.Course, module_id: str | None) -> list[tuple[int, m.Module]]:
    """(number, module) of the whole course, or of the one module asked for."""
    numbered = list(enumerate(course.modules, start=1))
    if module_id is None:
        return numbered
    chosen = [(n, module) for n, module in numbered if module.id == module_id]
    if not chosen:
        raise UnknownModuleError(module_id)
    return chosen


def number_word(number: int, language: str) -> str:
    words = "一二三四五六七八九十"
    if language.startswith("zh") and 1 <= number <= 10:
        return words[number - 1]
    return str(number)


@dataclass(frozen=True)
class HandoutOutline:
    course: m.Course
    language: str  # of the printed labels ("zh", "zh-TW" or "en")
    label: Callable[..., str]  # (key, **values) → printed text
    trainer: bool
    module_id: str | None = None

    @property
    def modules(self) -> list[tuple[int, m.Module]]:
        return selected_modules(self.course, self.module_id)

    @property
    def has_introduction(self) -> bool:
        """The whole course (not one module) with an introduction or description."""
        return self.module_id is None and bool(self.course.introduction
                                               or self.course.description)

    def introduction_title(self) -> str:
        intro = self.course.introduction
        return intro.title if intro and intro.title else self.label("introduction")

    def module_title(self, number: int, module: m.Module) -> str:
        prefix = self.label("module.number", number=number_word(number, self.language))
        return f"{prefix}　{module.title}" if self.language.startswith("zh") else (
            f"{prefix}: {module.title}")

    @staticmethod
    def item_title(item: m.ModuleItem) -> str:
        return item.title or item.id

    def case_sections(self) -> tuple[str, ...]:
        return TRAINER_CASE_SECTIONS if self.trainer else PARTICIPANT_CASE_SECTIONS

    def contents_lines(self) -> list[tuple[int, str]]:
        """(level, title) of every table-of-contents line, in order."""
        lines: list[tuple[int, str]] = []
        if self.has_introduction:
            lines.append((0, self.introduction_title()))
        for number, module in self.modules:
            lines.append((0, self.module_title(number, module)))
            lines += [(1, self.item_title(item)) for item in module.items]
        return lines

    def edition_title(self, edition: str) -> str:
        """The document title: course title with the edition (学员版 / 讲师版)."""
        name = self.label(f"edition.{edition}")
        return f"{self.course.title}（{name}）" if self.language.startswith("zh") else (
            f"{self.course.title} ({name})")
