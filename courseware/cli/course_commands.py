"""validate, info, new."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from courseware.bundled import bundled_course_path
from courseware.course_info import course_summary
from courseware.format import LoadResult, load_course
from courseware.i18n import content_language, tr
from courseware.problems import Problem
from courseware.scaffold import create_course


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    validate = subparsers.add_parser("validate", help="check a course and list every problem")
    validate.add_argument("path", type=Path, help="course folder")
    validate.set_defaults(handler=run_validate)

    info = subparsers.add_parser("info", help="modules, lessons, case studies, questions")
    info.add_argument("path", type=Path, nargs="?", default=None,
                      help="course folder (default: the bundled course)")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=run_info)

    new = subparsers.add_parser("new", help="create a new, empty course")
    new.add_argument("path", type=Path, help="folder to create")
    new.add_argument("--title", required=True, help="course title")
    new.add_argument("--language", choices=["zh-CN", "zh-TW", "en"],
                     help="the course's language (default: the language of messages, --lang)")
    new.set_defaults(handler=run_new)


def format_problem(root: Path, problem: Problem) -> str:
    """A problem with its path shown from where the user pointed, for editors to jump to."""
    shown = problem.path
    if not Path(shown).is_absolute():
        shown = (root / shown).as_posix()
    return str(Problem(shown, problem.line, problem.message, problem.hint, problem.warning))


def print_problems(root: Path, result: LoadResult) -> None:
    for problem in result.problems.sorted():
        print(format_problem(root, problem))
    print(tr("cli.problem_count", count=len(result.problems)), file=sys.stderr)


def print_warnings(root: Path, result: LoadResult) -> None:
    warnings = sorted(result.problems.warnings, key=lambda p: (p.path, p.line))
    for problem in warnings:
        print(format_problem(root, problem))
    if warnings:
        print(tr("cli.warning_count", count=len(warnings)), file=sys.stderr)


def course_path(args: argparse.Namespace) -> Path:
    """The course folder given, or the bundled course when none is."""
    return args.path if args.path is not None else bundled_course_path()


def run_validate(args: argparse.Namespace) -> int:
    path = args.path
    result = load_course(path)
    if result.ok:
        print(tr("cli.valid", path=path))
    else:
        print_problems(path, result)
    print_warnings(path, result)
    for warning in course_warnings(path, result):
        print(format_problem(path, warning))
    return 0 if result.ok else 1


def course_warnings(root: Path, result: LoadResult) -> list[Problem]:
    """What does not make the course invalid but would harm what is made from it."""
    from courseware.certificates.placeholders import issuer_warnings

    if result.course is None:
        return []
    try:
        text = (root / "course.yaml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    return issuer_warnings(result.course, text)


def run_info(args: argparse.Namespace) -> int:
    path = course_path(args)
    result = load_course(path, validate=False)
    if result.course is None:
        print_problems(path, result)
        return 1
    summary = course_summary(result.course)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print_summary(summary)
    if result.problems:
        print(tr("cli.problem_count", count=len(result.problems)), file=sys.stderr)
    return 0


def print_summary(summary: dict[str, Any]) -> None:
    print(tr("info.title", title=summary["title"], id=summary["id"]))
    for key in ("modules", "lessons", "case_studies", "quizzes", "questions"):
        print("  " + tr("info.line", label=tr("info." + key), value=summary[key]))
    print("  " + tr("info.line", label=tr("info.by_type"), value=""))
    for name, count in summary["questions_by_type"].items():
        label = tr("info.type_label", name=tr("qtype." + name), code=name)
        print("    " + tr("info.line", label=label, value=count))
    print("  " + tr("info.line", label=tr("info.by_module"), value=""))
    for module in summary["module_details"]:
        questions = sum(q["questions"] for q in module["quizzes"])
        print("    " + tr("info.module_line", id=module["id"], title=module["title"],
                          lessons=module["lessons"], cases=module["case_studies"],
                          questions=questions, count=questions))
        for quiz in module["quizzes"]:
            print("      " + _quiz_line(quiz))
    if summary.get("final_exam"):
        print("  " + tr("info.final_exam", quiz=_quiz_line(summary["final_exam"])))


def _quiz_line(quiz: dict[str, Any]) -> str:
    if quiz["bank"]:
        return tr("info.quiz_bank_line", id=quiz["id"], title=quiz["title"],
                  bank=quiz["questions"], count=quiz["draws"])
    if quiz["draws"] and not quiz["questions"]:
        return tr("info.quiz_draw_line", id=quiz["id"], title=quiz["title"], count=quiz["draws"])
    return tr("info.quiz_line", id=quiz["id"], title=quiz["title"], count=quiz["questions"])


def default_course_language() -> str:
    return content_language()


def run_new(args: argparse.Namespace) -> int:
    try:
        create_course(args.path, args.title, args.language or default_course_language())
    except FileExistsError as error:
        print(error, file=sys.stderr)
        return 1
    print(tr("cli.created", path=args.path))
    return 0
