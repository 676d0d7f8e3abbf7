"""Loading a whole course folder into the model, collecting every problem on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from courseware import SCHEMA_VERSION
from courseware import model as m
from courseware.fileio import (
    FileTooLarge,
    NotRegularFile,
    NotUtf8Error,
    decode_utf8,
    read_regular_file,
    resolve_inside,
)
from courseware.format.fields import Fields, FileContext, report_duplicate_keys
from courseware.format.markdown_reader import read_markdown_item
from courseware.format.quiz_reader import read_quiz
from courseware.format.review_settings import read_review_settings
from courseware.i18n import tr
from courseware.problems import ProblemList
from courseware.yamlio import PathKey, YamlDocument, YamlSyntaxError, parse_yaml

COURSE_FILE = "course.yaml"
MODULE_FILE = "module.yaml"
MAX_FILE_BYTES = 20 * 1024 * 1024
COURSE_KEYS = ("schema_version", "id", "title", "subtitle", "language", "version", "authors",
               "description", "introduction", "modules", "final_exam", "certificate", "review")
MODULE_KEYS = ("id", "title", "summary", "duration_minutes", "objectives", "items", "glossary",
               "trainer_notes")
CERTIFICATE_KEYS = ("title", "hours", "issuer", "statement")


@dataclass
class LoadResult:
    course: m.Course | None
    problems: ProblemList = field(default_factory=ProblemList)

    @property
    def ok(self) -> bool:
        return self.course is not None and not self.problems


class CourseReader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems = ProblemList()

    # -- files

    def read_text(self, relative: str, referrer: str = "", line: int = 0) -> str | None:
        if resolve_inside(self.root, relative) is None and (self.root / relative).exists():
            self.problems.add(referrer or relative, line, tr("path.escapes", ref=relative),
                              tr("file.outside.hint"))
            return None  # a link to a file elsewhere: never read (nor echoed, nor packaged)
        try:
            data = read_regular_file(self.root / relative, MAX_FILE_BYTES)
            return decode_utf8(data)
        except FileNotFoundError:
            self.problems.add(referrer or relative, line, tr("file.missing", ref=relative),
                              tr("file.missing.hint"))
        except IsADirectoryError:
            self.problems.add(referrer or relative, line, tr("file.missing", ref=relative))
        except NotRegularFile:
            self.problems.add(referrer or relative, line, tr("file.not_regular", ref=relative),
                              tr("file.not_regular.hint"))
        except FileTooLarge as error:
            self.problems.add(relative, 0, tr("file.too_large", size=round(error.size / 1e6, 1),
                                              limit=MAX_FILE_BYTES // 1_000_000))
        except NotUtf8Error as error:
            self.problems.add(relative, 0, tr("file.not_utf8", encoding=error.guessed),
                              tr("file.not_utf8.hint"))
        except OSError as error:
            self.problems.add(relative, 0, tr("file.unreadable", error=error.strerror or error))
        return None

    def read_yaml(self, relative: str, referrer: str = "", line: int = 0) -> FileContext | None:
        text = self.read_text(relative, referrer, line)
        if text is None:
            return None
        try:
            document = parse_yaml(text)
        except YamlSyntaxError as error:
            self.problems.add(relative, error.line, tr("yaml.syntax", detail=error.detail),
                              tr(error.hint_key))
            return None
        ctx = FileContext(relative, document, self.problems)
        if document.data is None:
            self.problems.add(relative, 1, tr("yaml.empty"))
            return None
        report_duplicate_keys(ctx)
        return ctx

    def resolve(self, ctx: FileContext, path: PathKey, reference: Any, base: str) -> str | None:
        if not isinstance(reference, str) or not reference.strip():
            ctx.report(path, "value.not_text", key=str(path[-2] if len(path) > 1 else path[-1]))
            return None
        resolved = resolve_inside(self.root, reference.strip(), base)
        if resolved is None:
            ctx.report(path, "path.escapes", tr("path.escapes.hint"), ref=reference)
            return None
        return resolved[1]

    # -- course

    def load(self) -> m.Course | None:
        if not self.root.is_dir():
            self.problems.add(str(self.root), 0, tr("course.not_a_folder", path=self.root))
            return None
        if not (self.root / COURSE_FILE).is_file():
            self.problems.add(COURSE_FILE, 0, tr("course.no_course_file"),
                              tr("course.no_course_file.hint"))
            return None
        ctx = self.read_yaml(COURSE_FILE)
        if ctx is None:
            return None
        return self._course(ctx)

    def _course(self, ctx: FileContext) -> m.Course:
        f = Fields(ctx, ctx.document.data, (), COURSE_KEYS)
        course = m.Course(
            id=f.identifier(), title=f.text("title", required=True), subtitle=f.text("subtitle"),
            language=f.text("language", default="zh-CN"), version=f.text("version"),
            authors=f.text_list("authors"), description=f.text("description"),
            schema_version=self._schema_version(ctx, f), source=m.SourceRef(COURSE_FILE, 1),
        )
        if f.has("introduction"):
            relative = self.resolve(ctx, f.at("introduction"), f.data["introduction"], "")
            item = self._item(relative, COURSE_FILE, f.line("introduction")) if relative else None
            course.introduction = item if isinstance(item, m.Lesson) else None
        for path, reference in f.items("modules", required=True):
            folder = self.resolve(ctx, path, reference, "")
            if folder is not None:
                module = self._module(folder, ctx.line(path))
                if module is not None:
                    course.modules.append(module)
        if f.has("final_exam"):
            relative = self.resolve(ctx, f.at("final_exam"), f.data["final_exam"], "")
            exam = self._item(relative, COURSE_FILE, f.line("final_exam")) if relative else None
            course.final_exam = exam if isinstance(exam, m.Quiz) else None
        if f.has("certificate"):
            course.certificate = self._certificate(ctx, f.data["certificate"])
        if f.has("review"):
            course.review = read_review_settings(ctx, f.data["review"])
        return course

    def _schema_version(self, ctx: FileContext, f: Fields) -> int:
        if not f.has("schema_version"):
            if f.valid:
                ctx.report((), "schema.missing", tr("schema.missing.hint"))
            return SCHEMA_VERSION
        version = f.integer("schema_version", SCHEMA_VERSION, 1, 1_000)
        if version > SCHEMA_VERSION:
            ctx.report(("schema_version",), "schema.newer", tr("schema.newer.hint"),
                       found=version, supported=SCHEMA_VERSION)
        return version

    def _certificate(self, ctx: FileContext, data: Any) -> m.CertificateSettings:
        f = Fields(ctx, data, ("certificate",), CERTIFICATE_KEYS)
        return m.CertificateSettings(title=f.text("title"), hours=f.number("hours", 0, low=0),
                                     issuer=f.text("issuer"), statement=f.text("statement"))

    # -- modules and items

    def _module(self, folder: str, line: int) -> m.Module | None:
        relative = f"{folder}/{MODULE_FILE}"
        ctx = self.read_yaml(relative, COURSE_FILE, line)
        if ctx is None:
            return None
        f = Fields(ctx, ctx.document.data, (), MODULE_KEYS)
        module = m.Module(
            id=f.identifier(), title=f.text("title", required=True), summary=f.text("summary"),
            duration_minutes=f.optional_number("duration_minutes"),
            objectives=f.text_list("objectives"), trainer_notes=f.text("trainer_notes"),
            folder=folder, source=m.SourceRef(relative, 1),
        )
        seen: set[str] = set()
        for path, reference in f.items("items"):
            item_path = self.resolve(ctx, path, reference, folder)
            if item_path is None:
                continue
            if item_path in seen:
                ctx.report(path, "item.listed_twice", ref=reference)
                continue
            seen.add(item_path)
            item = self._item(item_path, relative, ctx.line(path))
            if item is not None:
                module.items.append(item)
        for path, data in f.items("glossary"):
            gf = Fields(ctx, data, path, ("term", "definition"))
            module.glossary.append(m.GlossaryEntry(term=gf.text("term", required=True),
                                                   definition=gf.text("definition", required=True)))
        return module

    def _item(self, relative: str | None, referrer: str, line: int) -> m.ModuleItem | None:
        if relative is None:
            return None
        suffix = PurePosixPath(relative).suffix.lower()
        if suffix not in (".md", ".markdown", ".yaml", ".yml"):
            self.problems.add(referrer, line, tr("item.unknown_kind", ref=relative))
            return None
        if suffix in (".yaml", ".yml"):
            ctx = self.read_yaml(relative, referrer, line)
            return read_quiz(ctx) if ctx is not None else None
        text = self.read_text(relative, referrer, line)
        return read_markdown_item(relative, text, self.problems) if text is not None else None


def load_course(root: Path | str, validate: bool = True) -> LoadResult:
    """Load a course folder. Never raises for a bad course: problems are in the result."""
    reader = CourseReader(Path(root))
    course = reader.load()
    result = LoadResult(course, reader.problems)
    if validate and course is not None:
        from courseware.validation import validate_course

        validate_course(course, Path(root), result.problems)
    return result


def parse_quiz_text(path: str, text: str, problems: ProblemList) -> m.Quiz | None:
    """Read one quiz file's text (used by the editor for a single file)."""
    try:
        document: YamlDocument = parse_yaml(text)
    except YamlSyntaxError as error:
        problems.add(path, error.line, tr("yaml.syntax", detail=error.detail))
        return None
    return read_quiz(FileContext(path, document, problems))
