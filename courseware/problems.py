"""Problems found while loading or validating a course, reported all at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from courseware.i18n import tr


@dataclass(frozen=True)
class Problem:
    path: str  # course-relative file path, '/' separated
    line: int  # 1-based, 0 when the whole file is concerned
    message: str
    hint: str = ""
    warning: bool = False  # worth fixing, but the course still loads, exports and runs

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line else self.path
        message = tr("problem.warning", message=self.message) if self.warning else self.message
        text = f"{location}: {message}"
        if self.hint:
            text += f" ({tr('hint.prefix')}{self.hint})"
        return text


class ProblemList:
    """Collects problems in the order they are found. Iterating, ``len`` and truth count the
    errors only; warnings are kept apart in :attr:`warnings`."""

    def __init__(self) -> None:
        self._items: list[Problem] = []
        self.warnings: list[Problem] = []

    def add(self, path: str, line: int, message: str, hint: str = "") -> None:
        self._items.append(Problem(path, line, message, hint))

    def warn(self, path: str, line: int, message: str, hint: str = "") -> None:
        self.warnings.append(Problem(path, line, message, hint, warning=True))

    def extend(self, other: ProblemList) -> None:
        self._items.extend(other)
        self.warnings.extend(other.warnings)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def sorted(self) -> list[Problem]:
        return sorted(self._items, key=lambda p: (p.path, p.line))
