"""How much of a course is copied word for word from its source articles.

The bundled course must stay in its own words: at most 15% of its 14-character runs may occur
verbatim in the five source articles (issue 17). This script measures that share.

What is compared
    Every text a trainee or trainer reads: the Markdown of lessons, cases and the introduction
    (front matter left out, trainer blocks kept) and every string value of the course's YAML
    files (questions, options, feedback, scenario nodes, endings, glossary, objectives, trainer
    notes). Identifiers, file names and similar fields are skipped (``SKIPPED_KEYS``).

How text is normalised (both sides alike)
    NFKC (full-width letters and digits become ASCII, so ``１２`` equals ``12``), lower case, then
    everything that is not a letter or a digit is dropped: whitespace, line breaks, Chinese and
    ASCII punctuation, Markdown marks (``**``, ``|``, ``#``), symbols. The sources mix ASCII and
    Chinese punctuation and wrap lines anywhere, so a run copied with its commas changed from
    ``,`` to ``，`` still counts as copied.

What is counted
    The course is cut into units (a Markdown paragraph, a YAML string); a window of 14
    consecutive normalised characters never crosses a unit. The share is the number of windows
    found anywhere in the normalised sources divided by the number of windows (with
    repetitions: a sentence the course repeats three times counts three times). A source file is
    normalised as one string, so a run the source wraps over two lines is still found.

Usage: python scripts/verbatim_check.py [COURSE] [--sources DIR] [--limit 0.15] [--top 10]
Exit status 1 when the share is above the limit.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

RUN = 14
LIMIT = 0.15
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COURSE = REPO_ROOT / "content" / "bank-service-trust"
DEFAULT_SOURCES = REPO_ROOT.parent / "shared" / "sources"
SKIPPED_KEYS = frozenset({"id", "type", "next", "start", "image", "src", "file", "path",
                          "language", "version", "category", "scoring", "navigation",
                          "grading_method", "feedback_timing", "answers_timing", "kind"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def windows(text: str, size: int = RUN) -> Iterator[str]:
    for start in range(len(text) - size + 1):
        yield text[start:start + size]


@dataclass
class Unit:
    """One paragraph or YAML string of the course."""
    file: str
    text: str
    copied: list[str] = field(default_factory=list)  # the windows found in the sources
    total: int = 0


@dataclass
class Report:
    units: list[Unit]

    @property
    def total(self) -> int:
        return sum(u.total for u in self.units)

    @property
    def copied(self) -> int:
        return sum(len(u.copied) for u in self.units)

    @property
    def share(self) -> float:
        return self.copied / self.total if self.total else 0.0

    def by_file(self) -> dict[str, tuple[int, int]]:
        files: dict[str, tuple[int, int]] = {}
        for unit in self.units:
            copied, total = files.get(unit.file, (0, 0))
            files[unit.file] = (copied + len(unit.copied), total + unit.total)
        return files

    def worst(self, count: int) -> list[Unit]:
        return sorted((u for u in self.units if u.copied),
                      key=lambda u: len(u.copied), reverse=True)[:count]


def _markdown_units(text: str) -> Iterator[str]:
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end >= 0 else text
    yield from (p for p in text.split("\n\n") if p.strip())


def _yaml_strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in SKIPPED_KEYS:
                yield from _yaml_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _yaml_strings(value)


def course_units(course: Path) -> Iterator[Unit]:
    for path in sorted(course.rglob("*")):
        relative = path.relative_to(course).as_posix()
        if path.suffix == ".md":
            texts = _markdown_units(path.read_text(encoding="utf-8"))
        elif path.suffix == ".yaml":
            texts = _yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))
        else:
            continue
        for text in texts:
            yield Unit(relative, text)


def source_windows(sources: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted(sources.glob("*.txt")):
        found.update(windows(normalise(path.read_text(encoding="utf-8"))))
    return found


def check(course: Path, sources: Path) -> Report:
    known = source_windows(sources)
    if not known:
        raise FileNotFoundError(f"no source articles (*.txt) in {sources}")
    units = []
    for unit in course_units(course):
        runs = list(windows(normalise(unit.text)))
        unit.total = len(runs)
        unit.copied = [run for run in runs if run in known]
        units.append(unit)
    return Report(units)


def _print(report: Report, limit: float, top: int) -> None:
    print(f"{report.copied} of {report.total} {RUN}-character runs occur verbatim in the "
          f"sources: {report.share:.1%} (limit {limit:.0%})")
    for name, (copied, total) in sorted(report.by_file().items()):
        if copied:
            print(f"  {copied / total:6.1%}  {copied:4d}/{total:<5d} {name}")
    for unit in report.worst(top):
        excerpt = " ".join(unit.text.split())[:90]
        print(f"- {len(unit.copied)} runs in {unit.file}: {excerpt}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("course", nargs="?", type=Path, default=DEFAULT_COURSE)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--limit", type=float, default=LIMIT)
    parser.add_argument("--top", type=int, default=10, help="worst passages listed")
    args = parser.parse_args(argv)
    try:
        report = check(args.course, args.sources)
    except (OSError, yaml.YAMLError) as error:
        print(f"verbatim_check: {error}", file=sys.stderr)
        return 1
    _print(report, args.limit, args.top)
    return 1 if report.share > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
