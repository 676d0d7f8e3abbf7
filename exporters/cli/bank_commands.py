"""``import questions``, ``import lesson``, ``export questions`` and ``export question-template``.

Every question is reported with its file and line/row (``题库.docx:34``, ``题库.xlsx!单选题:7``).
Without ``--skip-invalid`` nothing is written when any question has an error; nothing is ever
dropped silently. Exit 0 when everything came in, 1 when something was refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from courseware import model as m
from courseware.cli import EXIT_INPUT, EXIT_OK, UserError
from courseware.cli.course_commands import print_problems
from courseware.cli.progress import ProgressBar
from courseware.format import load_course
from courseware.format.writer import save_course
from courseware.i18n import tr
from exporters.banks import BankProblem, bank_formats
from exporters.banks.answers import TYPE_LABELS
from exporters.banks.importer import (
    MEDIA_FOLDER,
    FileRead,
    ImportRefused,
    add_questions,
    course_problems,
    read_files,
    readable_formats,
    target_quiz,
)
from exporters.cli import export_subparsers

_import_subparsers: argparse._SubParsersAction | None = None  # type: ignore[type-arg]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds = subparsers.add_parser("import", help="bring questions or a Word lesson into a course")
    actions = kinds.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    questions = actions.add_parser("questions", help="题库: Word, Excel, CSV, text, GIFT, "
                                   "Moodle XML, Aiken")
    questions.add_argument("files", nargs="+", type=Path, metavar="FILE")
    questions.add_argument("--into", type=Path, required=True, metavar="COURSE")
    questions.add_argument("--quiz", required=True, metavar="ID")
    questions.add_argument("--new-quiz", metavar="TITLE",
                           help="create the quiz ID with this title (in --module or the last)")
    questions.add_argument("--module", metavar="ID", help="module of a new quiz")
    questions.add_argument("--format", default="auto",
                           help="auto (by extension) or " + ", ".join(sorted(readable_formats())))
    questions.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    questions.add_argument("--skip-invalid", action="store_true",
                           help="import the valid questions even if others have errors")
    questions.add_argument("--json", action="store_true", help="print the report as JSON")
    questions.set_defaults(handler=run_import_questions)

    lesson = actions.add_parser("lesson", help="a Word document becomes a Markdown lesson")
    lesson.add_argument("file", type=Path, metavar="FILE.docx")
    lesson.add_argument("--into", type=Path, required=True, metavar="COURSE")
    lesson.add_argument("--module", required=True, metavar="ID")
    lesson.add_argument("--id", metavar="ID", help="lesson id (default: from the module id)")
    lesson.set_defaults(handler=run_import_lesson)

    export = export_subparsers(subparsers)
    writable = sorted(n for n, f in bank_formats().items() if f.write is not None)
    out = export.add_parser("questions", help="a quiz's (or the course's) questions as a 题库 "
                            "or GIFT/Moodle XML/Aiken")
    out.add_argument("path", type=Path, help="course folder")
    out.add_argument("--format", required=True, choices=writable)
    out.add_argument("--quiz", metavar="ID", help="only this quiz (default: every quiz)")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    out.set_defaults(handler=run_export_questions)

    template = export.add_parser("question-template", help="导出模板: an empty 题库 template "
                                 "with one example of each type")
    template.add_argument("--format", choices=["xlsx", "docx", "txt", "csv"], default="xlsx")
    template.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    template.set_defaults(handler=run_export_template)


# ---------------------------------------------------------------- import questions


def _load(path: Path) -> m.Course:
    result = load_course(path)
    if not result.ok or result.course is None:
        print_problems(path, result)
        raise UserError(tr("bankcli.course_invalid", path=path))
    return result.course


def run_import_questions(args: argparse.Namespace) -> int:
    course = _load(args.into)
    try:
        quiz = target_quiz(course, args.quiz, args.new_quiz, args.module)
    except ImportRefused as refused:
        raise UserError(refused.message) from refused
    bar = ProgressBar(tr("bankcli.reading"))
    try:
        reads = read_files(args.files, args.format, bar)
    finally:
        bar.finish()
    errors = _has_errors(reads)
    before = set(course_problems(course, None))
    outcome = add_questions(course, args.into, quiz, reads, write_media=False)
    refused_course = [p for p in course_problems(course, None) if p not in before]
    course_level = [BankProblem(str(args.into), "error", text) for text in refused_course]
    blocked = bool(course_level) or (errors and not args.skip_invalid)
    write = not blocked and not args.dry_run and bool(outcome.imported)
    if write:
        course = _load(args.into)  # fresh copy: the first was only a rehearsal
        quiz = target_quiz(course, args.quiz, args.new_quiz, args.module)
        outcome = add_questions(course, args.into, quiz, reads, write_media=True)
        save_course(course, args.into)
    imported = outcome.imported if write or (args.dry_run and not blocked) else []
    _report(args, reads, imported, course_level, write)
    return EXIT_INPUT if errors or course_level else EXIT_OK


def _has_errors(reads: list[FileRead]) -> bool:
    return any(p.severity == "error" for read in reads for p in read.result.problems) or any(
        entry.has_error for read in reads for entry in read.result.entries)


def _all_problems(reads: list[FileRead], extra: list[BankProblem]) -> list[BankProblem]:
    problems: list[BankProblem] = []
    for read in reads:
        problems.extend(read.result.problems)
        for entry in read.result.entries:
            problems.extend(entry.problems)
    return problems + extra


def _report(args: argparse.Namespace, reads: list[FileRead], imported: list[Any],
            extra: list[BankProblem], written: bool) -> None:
    problems = _all_problems(reads, extra)
    if args.json:
        print(json.dumps({
            "imported": len(imported) if written else 0,
            "dry_run": bool(args.dry_run),
            "questions": [{"id": item.question.id, "type": item.question.type_name,
                           "prompt": item.question.prompt, "source": item.entry.source}
                          for item in imported],
            "problems": [{"source": p.source, "severity": p.severity, "message": p.message}
                         for p in problems],
        }, ensure_ascii=False, indent=2))
        return
    by_source = {id(item.entry): item.question for item in imported}
    for read in reads:
        for problem in read.result.problems:
            _print_problem(problem)
        for entry in read.result.entries:
            question = by_source.get(id(entry)) or entry.question
            label = TYPE_LABELS.get(question.type_name, question.type_name) if question else "—"
            prompt = " ".join((question.prompt if question else entry.text).split())[:40]
            mark = "✗" if entry.has_error else "✓"
            ident = question.id if question and id(entry) in by_source else ""
            print(f"{mark} {entry.source}  {label}  {ident}  {prompt}")
            for problem in entry.problems:
                _print_problem(problem)
    for problem in extra:
        _print_problem(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    if written:
        print(tr("bankcli.summary_written", count=len(imported), quiz=args.quiz,
                 errors=errors), file=sys.stderr)
    elif args.dry_run:
        print(tr("bankcli.summary_dry", count=len(imported), errors=errors), file=sys.stderr)
    else:
        print(tr("bankcli.summary_nothing", errors=errors), file=sys.stderr)


def _print_problem(problem: BankProblem) -> None:
    kind = tr("bankcli.error") if problem.severity == "error" else tr("bankcli.warning")
    print(f"  {problem.source}: {kind}: {problem.message}")


# ---------------------------------------------------------------- import lesson


def run_import_lesson(args: argparse.Namespace) -> int:
    from exporters.banks.word_lesson import import_lesson

    course = _load(args.into)
    module = next((mod for mod in course.modules if mod.id == args.module), None)
    if module is None:
        raise UserError(tr("export.unknown_module", id=args.module, choices=", ".join(
            mod.id for mod in course.modules)))
    if not args.file.is_file():
        raise UserError(tr("bankcli.no_file", path=args.file))
    if args.file.suffix.lower() != ".docx":
        raise UserError(tr("tiku.old_format", name=args.file.name, old=args.file.suffix,
                           new=".docx"))
    try:
        lesson, written = import_lesson(course, args.into, module, args.file, args.id)
    except ImportRefused as refused:
        raise UserError(refused.message) from refused
    save_course(course, args.into)
    print(tr("bankcli.lesson_written", path=lesson.path, id=lesson.id))
    for name in written:
        print(f"  {MEDIA_FOLDER}/{name}")
    return EXIT_OK


# ---------------------------------------------------------------- export


def run_export_questions(args: argparse.Namespace) -> int:
    course = _load(args.path)
    if args.quiz:
        quiz = course.find_quiz(args.quiz)
        if quiz is None:
            raise UserError(tr("export.unknown_quiz", id=args.quiz, choices=", ".join(
                q.id for q in course.all_quizzes())))
        questions = list(quiz.questions)
    else:
        questions = course.all_questions()
    fmt = bank_formats()[args.format]
    assert fmt.write is not None
    try:
        result = fmt.write(questions, args.output, args.path / MEDIA_FOLDER)
    except OSError as error:
        raise UserError(tr("export.cannot_write", path=args.output, error=error)) from error
    for problem in result.problems:
        _print_problem(problem)
    print(tr("bankcli.exported", count=result.written, total=len(questions),
             path=args.output))
    return EXIT_OK


def run_export_template(args: argparse.Namespace) -> int:
    from exporters.banks.templates import write_template

    try:
        write_template(args.format, args.output)
    except OSError as error:
        raise UserError(tr("export.cannot_write", path=args.output, error=error)) from error
    print(tr("export.written", path=args.output))
    return EXIT_OK
