"""Reading progress for the class view: lessons and case studies read, in the course and per module.

Pure Python. Only items still in the course count (a record of an item since removed does not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from courseware import model as m

Readable = m.Lesson | m.CaseStudy


@dataclass(frozen=True)
class ModuleReading:
    title: str
    read: int
    total: int


@dataclass(frozen=True)
class ReadingProgress:
    """``read`` of ``total`` lessons and case studies (the introduction included)."""

    read: int = 0
    total: int = 0
    modules: tuple[ModuleReading, ...] = ()

    @property
    def share(self) -> float:
        return self.read / self.total if self.total else 0.0


def module_readables(module: m.Module) -> list[Readable]:
    return [item for item in module.items if isinstance(item, m.Lesson | m.CaseStudy)]


def course_readables(course: m.Course) -> list[Readable]:
    """Every lesson and case study, in course order (the introduction first)."""
    intro: list[Readable] = [course.introduction] if course.introduction else []
    return intro + [item for module in course.modules for item in module_readables(module)]


def reading_progress(course: m.Course, read_ids: Iterable[str]) -> ReadingProgress:
    read = set(read_ids)
    modules = tuple(ModuleReading(module.title or module.id,
                                  sum(item.id in read for item in module_readables(module)),
                                  len(module_readables(module)))
                    for module in course.modules)
    everything = course_readables(course)
    return ReadingProgress(sum(item.id in read for item in everything), len(everything),
                           modules)
