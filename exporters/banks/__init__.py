"""Question banks in foreign formats: the shared contract of every reader and writer.

Each module in :mod:`exporters.banks.formats` defines ``FORMAT = BankFormat(...)``; modules are
found automatically (:func:`bank_formats`), so a new format never edits a shared registry.
Readers turn a file into :class:`BankEntry` objects holding domain questions
(:mod:`courseware.model`); writers turn domain questions into a file and say, per question,
what the format could not hold. Question ids from a reader are provisional (``q1``, ``q2`` …):
the importer gives them ids that are unique in the target quiz.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from courseware import model as m

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class BankProblem:
    """A problem with one question or with the whole file, in the user's language."""

    source: str  # "题库.docx:34", "题库.xlsx!单选题:7", "bank.gift:12"
    severity: Severity
    message: str


@dataclass
class BankEntry:
    """One question as read: the domain question (None when it could not be built)."""

    source: str
    question: m.Question | None
    problems: list[BankProblem] = field(default_factory=list)
    # the question's text as read, for reports and previews when no question could be built
    text: str = ""
    # the reader's RawQuestion (Chinese-convention readers only), so the import dialog can
    # offer what was read for correction when no question could be built
    raw: object | None = None

    @property
    def has_error(self) -> bool:
        return self.question is None or any(p.severity == "error" for p in self.problems)


@dataclass
class BankReadResult:
    entries: list[BankEntry] = field(default_factory=list)
    problems: list[BankProblem] = field(default_factory=list)  # file-level problems
    # images found in the file: suggested file name → bytes; prompts refer to them as
    # ``media/<name>`` and the importer saves them into the course's media folder
    media: dict[str, bytes] = field(default_factory=dict)
    # categories, sections or sheets in the order met (informational)
    categories: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BankWriteResult:
    written: int
    problems: list[BankProblem] = field(default_factory=list)  # per question it could not hold


Reader = Callable[[Path], BankReadResult]
# writer(questions, output path, media folder of the course or None) → result
Writer = Callable[[Sequence[m.Question], Path, Path | None], BankWriteResult]


@dataclass(frozen=True)
class BankFormat:
    name: str  # the --format value: "docx", "gift", "moodle-xml" …
    extensions: tuple[str, ...]  # lower case with the dot, for --format auto
    read: Reader | None = None
    write: Writer | None = None
    # guess from the first bytes/text when the extension is ambiguous (.txt, .xml); optional
    sniff: Callable[[bytes], bool] | None = None


_formats: dict[str, BankFormat] | None = None


def bank_formats() -> dict[str, BankFormat]:
    """Every format in :mod:`exporters.banks.formats`, by name."""
    global _formats
    if _formats is None:
        from exporters.banks import formats

        found: dict[str, BankFormat] = {}
        for info in sorted(pkgutil.iter_modules(formats.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{formats.__name__}.{info.name}")
            fmt = getattr(module, "FORMAT", None)
            if isinstance(fmt, BankFormat):
                if fmt.name in found:
                    raise RuntimeError(f"bank format {fmt.name!r} defined twice")
                found[fmt.name] = fmt
        _formats = found
    return _formats
