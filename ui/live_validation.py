"""Validating the in-memory course for the problems panel.

The checks, the trainer-words locations and hints and the root-cause rules are the domain's
(:mod:`courseware.problem_locations`); this adapter only gives the panel, the badges and the
jump-to-field code one object to pass around.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from courseware import model as m
from courseware.problem_locations import CourseProblem, FieldRef, find_course_problems
from courseware.problems import Problem


@dataclass(frozen=True)
class LocatedProblem:
    found: CourseProblem

    @property
    def problem(self) -> Problem:
        """The problem as the command line reports it (file and line)."""
        return self.found.file

    @property
    def key(self) -> str:
        return self.found.key

    @property
    def target(self) -> object | None:
        return self.found.target

    @property
    def ref(self) -> FieldRef:
        return self.found.field

    @property
    def field(self) -> str:
        """The editor's field (its first part: "options" for "options.1.correct")."""
        return self.ref.path[0] if self.ref.path else ""

    @property
    def warning(self) -> bool:
        return self.found.warning

    @property
    def message(self) -> str:
        return self.found.message

    @property
    def hint(self) -> str:
        return self.found.hint

    @property
    def location(self) -> str:
        return self.found.location

    @property
    def file_location(self) -> str:
        line = self.problem.line
        return f"{self.problem.path}:{line}" if line else self.problem.path

    def __str__(self) -> str:
        return str(self.found)


def validate_in_memory(course: m.Course, root: Path | None) -> list[LocatedProblem]:
    return [LocatedProblem(found) for found in find_course_problems(course, root)]
