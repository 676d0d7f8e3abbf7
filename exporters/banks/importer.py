"""Bringing read questions into a course: format choice, unique ids, images into the media
folder (de-duplicated by content), the course checked before anything is written.

Used by the command line and by the import dialog (ui.banks); no printing here.
"""

from __future__ import annotations

import copy
import hashlib
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from courseware import model as m
from courseware.format.fields import ID_PATTERN
from courseware.i18n import tr
from courseware.problems import ProblemList
from courseware.validation import validate_course
from exporters.banks import BankEntry, BankFormat, BankProblem, BankReadResult, bank_formats

MEDIA_FOLDER = "media"
_MEDIA_REF = re.compile(r"\]\(media/([^)\s]+)\)")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ImportRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def choose_format(path: Path, name: str = "auto") -> BankFormat:
    formats = bank_formats()
    if name != "auto":
        fmt = formats.get(name)
        if fmt is None or fmt.read is None:
            raise ImportRefused(tr("bankcli.unknown_format", format=name,
                                   choices=", ".join(sorted(readable_formats()))))
        return fmt
    suffix = path.suffix.lower()
    if suffix in (".doc", ".xls", ".wps", ".et"):
        new = ".xlsx" if suffix in (".xls", ".et") else ".docx"
        raise ImportRefused(tr("tiku.old_format", name=path.name, old=suffix, new=new))
    candidates = [f for f in formats.values() if suffix in f.extensions and f.read]
    if not candidates:
        raise ImportRefused(tr("bankcli.unknown_extension", name=path.name,
                               choices=", ".join(sorted(readable_formats()))))
    if len(candidates) == 1:
        return candidates[0]
    head = path.read_bytes()[:8192] if path.is_file() else b""
    sniffed = [f for f in candidates if f.sniff is not None and f.sniff(head)]
    specific = [f for f in sniffed if f.name != "txt"]
    if len(specific) == 1:
        return specific[0]
    return next((f for f in candidates if f.name == "txt"), candidates[0])


def readable_formats() -> list[str]:
    return [name for name, fmt in bank_formats().items() if fmt.read is not None]


@dataclass
class FileRead:
    path: Path
    result: BankReadResult


def read_files(paths: Sequence[Path], format_name: str,
               progress: Callable[[int, int], bool] | None = None) -> list[FileRead]:
    """Every file read (a missing or refused file is a file-level error); ``progress`` is
    called after each file and may return False to stop."""
    reads: list[FileRead] = []
    for index, path in enumerate(paths):
        if progress is not None and index and not progress(index, len(paths)):
            break
        if not path.is_file():
            problem = BankProblem(path.name, "error", tr("bankcli.no_file", path=path))
            reads.append(FileRead(path, BankReadResult(problems=[problem])))
            continue
        try:
            fmt = choose_format(path, format_name)
        except ImportRefused as refused:
            reads.append(FileRead(path, BankReadResult(
                problems=[BankProblem(path.name, "error", refused.message)])))
            continue
        assert fmt.read is not None
        result = fmt.read(path)
        if not result.entries and not any(p.severity == "error" for p in result.problems):
            result.problems.append(BankProblem(path.name, "error",
                                               tr("bankcli.no_questions", name=path.name)))
        reads.append(FileRead(path, result))
    if progress is not None:
        progress(len(reads), len(paths))
    return reads


@dataclass
class Imported:
    entry: BankEntry
    question: m.Question


@dataclass
class ImportOutcome:
    imported: list[Imported] = field(default_factory=list)
    problems: list[BankProblem] = field(default_factory=list)  # course-level problems
    media_written: list[str] = field(default_factory=list)


def target_quiz(course: m.Course, quiz_id: str, new_title: str | None,
                module_id: str | None) -> m.Quiz:
    existing = course.find_quiz(quiz_id)
    if new_title is None:
        if existing is None:
            raise ImportRefused(tr("export.unknown_quiz", id=quiz_id, choices=", ".join(
                q.id for q in course.all_quizzes())))
        return existing
    if existing is not None or quiz_id in all_ids(course):
        raise ImportRefused(tr("bankcli.quiz_exists", id=quiz_id))
    if not ID_PATTERN.match(quiz_id):
        raise ImportRefused(tr("bankcli.bad_id", id=quiz_id))
    if not course.modules:
        raise ImportRefused(tr("bankcli.no_modules"))
    module = course.modules[-1]
    if module_id is not None:
        found = next((mod for mod in course.modules if mod.id == module_id), None)
        if found is None:
            raise ImportRefused(tr("export.unknown_module", id=module_id, choices=", ".join(
                mod.id for mod in course.modules)))
        module = found
    quiz = m.Quiz(id=quiz_id, title=new_title)
    module.items.append(quiz)
    return quiz


def all_ids(course: m.Course) -> set[str]:
    ids = {course.id}
    for module in course.modules:
        ids.add(module.id)
        ids.update(item.id for item in module.items)
    if course.introduction:
        ids.add(course.introduction.id)
    if course.final_exam:
        ids.add(course.final_exam.id)
    ids.update(q.id for q in course.all_questions())
    return ids


def unique_id(prefix: str, taken: set[str], start: int = 1) -> str:
    number = start
    while True:
        candidate = f"{prefix}-q{number:02d}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
        number += 1


def add_questions(course: m.Course, root: Path, quiz: m.Quiz, reads: list[FileRead],
                  write_media: bool) -> ImportOutcome:
    """Every question without an error goes into ``quiz`` with a new id; images are saved
    (when ``write_media``) and the references rewritten relative to the quiz file."""
    from courseware.format.writer import assign_paths

    assign_paths(course)
    outcome = ImportOutcome()
    taken = all_ids(course)
    media = MediaStore(root / MEDIA_FOLDER)
    for read in reads:
        names: dict[str, str] = {}
        for entry in read.result.entries:
            if entry.has_error or entry.question is None:
                continue
            question = copy.deepcopy(entry.question)
            question.id = unique_id(quiz.id, taken, len(quiz.questions) + 1)
            _relink(question, read.result.media, names, media, quiz.path, write_media)
            quiz.questions.append(question)
            outcome.imported.append(Imported(entry, question))
    outcome.media_written = media.written
    return outcome


class MediaStore:
    """The course's media folder: files found by content hash, new names never overwrite."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[str] = []
        self._by_hash: dict[str, str] | None = None
        self._planned: set[str] = set()

    def _hashes(self) -> dict[str, str]:
        if self._by_hash is None:
            self._by_hash = {}
            if self.folder.is_dir():
                for path in sorted(self.folder.iterdir()):
                    if path.is_file() and not path.is_symlink():
                        self._by_hash.setdefault(_digest(path.read_bytes()), path.name)
        return self._by_hash

    def place(self, name: str, data: bytes, write: bool) -> str:
        digest = _digest(data)
        hashes = self._hashes()
        if digest in hashes:
            return hashes[digest]
        stem, dot, ext = _SAFE_NAME.sub("-", name).strip("-.").rpartition(".")
        stem, ext = (stem, ext) if dot else (ext, "bin")
        candidate, number = f"{stem or 'image'}.{ext}", 2
        while (self.folder / candidate).exists() or candidate in self._planned:
            candidate = f"{stem or 'image'}-{number}.{ext}"
            number += 1
        self._planned.add(candidate)
        hashes[digest] = candidate
        if write:
            from courseware.fileio import atomic_write_bytes

            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.folder / candidate, data)
            self.written.append(f"{MEDIA_FOLDER}/{candidate}")
        return candidate


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _relink(question: m.Question, media: dict[str, bytes], names: dict[str, str],
            store: MediaStore, quiz_path: str, write: bool) -> None:
    base = posixpath.dirname(quiz_path)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in media:
            return match.group(0)
        if name not in names:
            names[name] = store.place(name, media[name], write)
        target = posixpath.relpath(f"{MEDIA_FOLDER}/{names[name]}", base or ".")
        return f"]({target})"

    question.prompt = _MEDIA_REF.sub(replace, question.prompt)
    question.feedback = _MEDIA_REF.sub(replace, question.feedback)
    for option in getattr(question, "options", []):
        option.text = _MEDIA_REF.sub(replace, option.text)


def course_problems(course: m.Course, root: Path | None) -> list[str]:
    problems = ProblemList()
    validate_course(course, root, problems)
    return [str(problem) for problem in problems]
