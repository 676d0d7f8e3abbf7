"""validate, info, new."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from courseware.course_info import course_summary
from courseware.format import LoadResult, load_course
from courseware.i18n import tr
from courseware.problems import Problem
from courseware.scaffold import create_course


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    validate = subparsers.add_parser("validate", help="check a course and list every problem")
    validate.add_argument("path", type=Path, help="course folder")
    validate.set_defaults(handler=run_validate)

    info = subparsers.add_parser("info", help="modules, lessons, case studies, questions")
    info.add_argument("path", type=Path, help="course folder")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=run_info)

    new = subparsers.add_parser("new", help="create a new, empty course")
    new.add_argument("path", type=Path, help="folder to create")
    new.add_argument("--title", required=True, help="course title")
    new.add_argument("--language", default="zh-CN", choices=["zh-CN", "en"])
    new.set_defaults(handler=run_new)


def format_problem(root: Path, problem: Problem) -> str:
    """A problem with its path shown from where the user pointed, for editors to jump to."""
    shown = problem.path
    if not Path(shown).is_absolute():
        shown = (root / shown).as_posix()
    return str(Problem(shown, problem.line, problem.message, problem.hint))


def print_problems(root: Path, result: LoadResult) -> None:
    for problem in result.problems.sorted():
        print(format_problem(root, problem))
    print(tr("cli.problem_count", count=len(result.problems)), file=sys.stderr)


def run_validate(args: argparse.Namespace) -> int:
    result = load_course(args.path)
    if result.ok:
        print(tr("cli.valid", path=args.path))
    else:
        print_problems(args.path, result)
    for warning in course_warnings(args.path, result):
        print(format_problem(args.path, warning))
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
    result = load_course(args.path, validate=False)
    if result.course is None:
        print_problems(args.path, result)
        return 1
    summary = course_summary(result.course)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    print(tr("info.title", title=summary["title"], id=summary["id"]))
    for key in ("modules", "lessons", "case_studies", "quizzes", "questions"):
        print("  " + tr("info.line", label=tr("info." + key), value=summary[key]))
    print("  " + tr("info.line", label=tr("info.by_type"), value=""))
    for name, count in summary["questions_by_type"].items():
        label = tr("info.type_label", name=tr("qtype." + name), code=name)
        print("    " + tr("info.line", label=label, value=count))
    for module in summary["module_details"]:
        print(f"  - {module['id']} {module['title']}: {module['lessons']} / "
              f"{module['case_studies']} / {sum(q['questions'] for q in module['quizzes'])}")
    if result.problems:
        print(tr("cli.problem_count", count=len(result.problems)), file=sys.stderr)
    return 0


def run_new(args: argparse.Namespace) -> int:
    try:
        create_course(args.path, args.title, args.language)
    except FileExistsError as error:
        print(error, file=sys.stderr)
        return 1
    print(tr("cli.created", path=args.path))
    return 0
