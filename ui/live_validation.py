"""Validating the in-memory course and locating each problem's object (and field).

The checks are the domain's (:class:`courseware.validation.CourseValidator`); this adapter only
records, for each problem, which object's source it was reported against and its message key,
so the problems panel can jump to the object and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from courseware import model as m
from courseware.problems import Problem, ProblemList
from courseware.validation import CourseValidator

# message key prefix → the field (attribute) an editor should focus
_FIELD_BY_KEY_PREFIX = (
    ("question.no_prompt", "prompt"),
    ("choice.", "options"),
    ("option.", "options"),
    ("fill.", "blanks"),
    ("matching.", "pairs"),
    ("ordering.", "items"),
    ("essay.", "rubric"),
    ("scenario.", "nodes"),
    ("draw.", "draws"),
    ("quiz.empty", "questions"),
    ("media.", "body"),
    ("path.", "body"),
    ("id.", "id"),
)


@dataclass(frozen=True)
class LocatedProblem:
    problem: Problem
    key: str
    target: object | None  # the domain object the problem is about
    field: str = ""

    @property
    def warning(self) -> bool:
        return self.problem.warning

    def __str__(self) -> str:
        return str(self.problem)


class _LocatingValidator(CourseValidator):
    def __init__(self, course: m.Course, root: Path | None, problems: ProblemList) -> None:
        super().__init__(course, root, problems)
        self.reported: list[tuple[m.SourceRef, str]] = []
        self.warned: list[tuple[m.SourceRef, str]] = []

    def add(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        super().add(source, key, hint, **values)
        self.reported.append((source, key))

    def warn(self, source: m.SourceRef, key: str, hint: str = "", /, **values: object) -> None:
        super().warn(source, key, hint, **values)
        self.warned.append((source, key))


def _objects_by_source(course: m.Course) -> dict[int, object]:
    found: dict[int, object] = {id(course.source): course}
    items: list[object] = [course.introduction, course.final_exam]
    for module in course.modules:
        found[id(module.source)] = module
        items.extend(module.items)
    for item in items:
        if item is None:
            continue
        found[id(item.source)] = item  # type: ignore[attr-defined]
        if isinstance(item, m.Quiz):
            _quiz_sources(item, found)
    return found


def _quiz_sources(quiz: m.Quiz, found: dict[int, object]) -> None:
    for draw in quiz.draws:
        found[id(draw.source)] = quiz
    for question in quiz.questions:
        found[id(question.source)] = question
        if isinstance(question, m.ScenarioQuestion):
            for node in question.nodes:
                found[id(node.source)] = question
    return None


def field_for_key(key: str) -> str:
    if key.startswith("placeholder.found."):
        return key.removeprefix("placeholder.found.")
    return next((name for prefix, name in _FIELD_BY_KEY_PREFIX if key.startswith(prefix)), "")


def validate_in_memory(course: m.Course, root: Path | None) -> list[LocatedProblem]:
    problems = ProblemList()
    validator = _LocatingValidator(course, root, problems)
    validator.run()
    by_source = _objects_by_source(course)
    found = [*zip(problems, validator.reported, strict=True),
             *zip(problems.warnings, validator.warned, strict=True)]
    return [LocatedProblem(problem, key, by_source.get(id(source)), field_for_key(key))
            for problem, (source, key) in found]
