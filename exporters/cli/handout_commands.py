"""``export handout`` and ``export quiz-paper``: printed handouts and quiz papers as PDF.

A handout whose output ends in ``.docx`` is written as a Word document instead (same options).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from courseware import model as m
from courseware.cli import EXIT_INPUT, EXIT_OK, UserError
from courseware.cli.course_commands import print_problems
from courseware.cli.progress import ProgressBar
from courseware.format import load_course
from courseware.i18n import tr
from exporters.cli import export_subparsers
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition, PaperSize
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds = export_subparsers(subparsers)
    handout = kinds.add_parser("handout", help="course handout as PDF or, for OUT.docx, Word "
                               "(participant or trainer)")
    handout.add_argument("path", type=Path, help="course folder")
    handout.add_argument("--edition", choices=[e.value for e in Edition],
                         default=Edition.PARTICIPANT.value)
    handout.add_argument("--module", metavar="ID", help="only this module")
    handout.add_argument("--notes-pages", action="store_true",
                         help="a ruled notes page after each lesson")
    _add_print_options(handout, "OUT.pdf|OUT.docx")
    handout.set_defaults(handler=run_handout)

    paper = kinds.add_parser("quiz-paper", help="printable quiz paper PDF (and answer key)")
    paper.add_argument("path", type=Path, help="course folder")
    paper.add_argument("--quiz", metavar="ID", required=True, help="quiz id")
    paper.add_argument("--with-key", action="store_true",
                       help="also write the answer key as OUT-key.pdf")
    paper.add_argument("--seed", type=int, default=1,
                       help="which random draw to print for quizzes that draw questions")
    _add_print_options(paper)
    paper.set_defaults(handler=run_quiz_paper)


def _add_print_options(parser: argparse.ArgumentParser, metavar: str = "OUT.pdf") -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=metavar)
    parser.add_argument("--paper", choices=[p.value for p in PaperSize],
                        default=PaperSize.A4.value)
    parser.add_argument("--duplex", action="store_true",
                        help="page numbers on the outside edge for two-sided printing")
    parser.add_argument("--organisation", default="", help="organisation name to print")
    parser.add_argument("--logo", type=Path, help="organisation logo image (PNG/JPEG)")


def _load(path: Path) -> m.Course | None:
    """The valid course, or None after printing its problems."""
    result = load_course(path)
    if not result.ok or result.course is None:
        print_problems(path, result)
        return None
    return result.course


def _print_options(args: argparse.Namespace) -> dict[str, object]:
    if args.logo is not None and not args.logo.is_file():
        raise UserError(tr("export.logo_missing", path=args.logo))
    return {"paper": PaperSize(args.paper), "duplex": args.duplex,
            "organisation": args.organisation, "logo": args.logo}


def run_handout(args: argparse.Namespace) -> int:
    course = _load(args.path)
    if course is None:
        return EXIT_INPUT
    if args.module and not any(module.id == args.module for module in course.modules):
        raise UserError(tr("export.unknown_module", id=args.module,
                           choices=", ".join(module.id for module in course.modules)))
    options = HandoutOptions(edition=Edition(args.edition), module_id=args.module,
                             notes_pages=args.notes_pages,
                             **_print_options(args))  # type: ignore[arg-type]
    bar = ProgressBar(tr("export.handout.progress"))
    exporter = export_handout
    if args.output.suffix.lower() == ".docx":
        from exporters.docx.handout import export_handout_docx as exporter
    try:
        written = [exporter(course, args.path, args.output, options, bar)]
    except OSError as error:
        raise UserError(tr("export.cannot_write", path=args.output, error=error)) from error
    finally:
        bar.finish()
    return _report(written)


def run_quiz_paper(args: argparse.Namespace) -> int:
    course = _load(args.path)
    if course is None:
        return EXIT_INPUT
    if course.find_quiz(args.quiz) is None:
        raise UserError(tr("export.unknown_quiz", id=args.quiz,
                           choices=", ".join(q.id for q in course.all_quizzes())))
    options = QuizPaperOptions(with_key=args.with_key, seed=args.seed,
                               **_print_options(args))  # type: ignore[arg-type]
    bar = ProgressBar(tr("export.quiz_paper.progress"))
    try:
        written = export_quiz_paper(course, args.path, args.quiz, args.output, options, bar)
    except OSError as error:
        raise UserError(tr("export.cannot_write", path=args.output, error=error)) from error
    finally:
        bar.finish()
    return _report(written)


def _report(paths: list[Path]) -> int:
    for path in paths:
        print(tr("export.written", path=path), file=sys.stdout)
    return EXIT_OK
