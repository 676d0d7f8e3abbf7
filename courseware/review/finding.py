"""One review finding: what is wrong, where, why it matters and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from courseware import model as m
from courseware.review.location import Location


class Severity(StrEnum):
    WARNING = "warning"  # likely to mislead or leak the answer: fix before class
    SUGGESTION = "suggestion"  # worth a look; harmless for some courses

    @property
    def rank(self) -> int:
        return 2 if self is Severity.WARNING else 1


@dataclass(frozen=True)
class Finding:
    """``code`` names the rule (catalogue keys ``review.<code>.{title,why,fix}``); ``values``
    fill in their fields (plain JSON values)."""

    code: str
    severity: Severity
    location: Location
    values: dict[str, Any] = field(default_factory=dict)
    target: object | None = field(default=None, compare=False, repr=False)  # quiz or question
    source: m.SourceRef = field(default_factory=m.SourceRef, compare=False)
