"""results export / results import, roster import, stats: the results store from the shell.

``--db URL`` names the store (any SQLAlchemy URL, e.g. ``postgresql+psycopg://…``); without it
the embedded SQLite store in the user data directory is used.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from courseware.cli import EXIT_OK, UserError
from courseware.cli.progress import ProgressBar
from courseware.format import load_course
from courseware.i18n import tr
from courseware.model import Course
from courseware.passphrases import clean_passphrase
from courseware.results import ResultsError, ResultsStore, open_store
from courseware.results.results_file import SUFFIX
from courseware.results.results_merge import OnConflict
from courseware.stats import QuizStatistics, alpha_note, item_verdict, quiz_statistics
from courseware.stats.flags import RULES, ItemVerdict

PASSPHRASE_VARIABLE = "COURSEWARE_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    results = subparsers.add_parser("results", help="export or import quiz results")
    actions = results.add_subparsers(dest="results_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write results to .xlsx, .csv or .cwresults")
    add_db(export)
    export.add_argument("-o", "--output", type=Path, required=True,
                        help=f"output file: .xlsx, .csv or {SUFFIX} (signed, for offline PCs)")
    export.add_argument("--quiz", metavar="ID", help="only this quiz's attempts")
    add_course_id(export)
    add_passphrase(export)
    export.set_defaults(handler=run_results_export)
    imported = actions.add_parser("import", help=f"merge a signed {SUFFIX} file")
    imported.add_argument("file", type=Path, help=f"the {SUFFIX} file from an offline PC")
    imported.add_argument("--course", type=Path, metavar="PATH", dest="course_path",
                          help="course folder: attempts are placed in it and regraded from it")
    imported.add_argument("--on-conflict", choices=[c.value for c in OnConflict],
                          help="a 工号 the roster gives to someone of another name: attach to "
                               "that person keeping their name (keep-existing) or taking the "
                               "file's (use-file), add a new person (new-person), or skip them")
    add_db(imported)
    add_passphrase(imported)
    imported.set_defaults(handler=run_results_import)

    roster = subparsers.add_parser("roster", help="the trainees known to the results store")
    roster_actions = roster.add_subparsers(dest="roster_action", metavar="ACTION", required=True)
    roster_import = roster_actions.add_parser("import", help="add trainees from CSV or .xlsx")
    roster_import.add_argument("file", type=Path, help="roster file (.csv or .xlsx)")
    add_db(roster_import)
    roster_import.add_argument("--dry-run", action="store_true",
                               help="check the file and report, write nothing")
    roster_import.set_defaults(handler=run_roster_import)

    stats = subparsers.add_parser("stats", help="quiz and item statistics")
    add_db(stats)
    stats.add_argument("--quiz", metavar="ID", required=True, help="quiz id")
    add_course_id(stats)
    stats.add_argument("--all-attempts", action="store_true",
                       help="count every attempt, not only each trainee's first")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=run_stats)


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="results database URL (default: the embedded SQLite store)")


def add_course_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", metavar="ID", dest="course_id",
                        help="course id (needed when several courses have a quiz of that id)")


def course_of_quiz(store: ResultsStore, quiz_id: str | None, given: str | None) -> str | None:
    """The course whose quiz is meant: the one given, or the only one with that quiz id."""
    if given is not None or quiz_id is None:
        return given
    courses = store.attempts.course_ids(quiz_id)
    if len(courses) > 1:
        raise UserError(tr("cli.results.quiz_in_courses", quiz=quiz_id,
                           courses=", ".join(courses)))
    return courses[0] if courses else None


def add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase",
                        help=f"classroom session passphrase for {SUFFIX} files "
                             f"(or ${PASSPHRASE_VARIABLE}; asked for on a terminal)")


@contextmanager
def opened_store(url: str | None) -> Iterator[ResultsStore]:
    """The store; its problems (and those of the files given) are the user's errors."""
    try:
        with open_store(url) as store:
            yield store
    except ResultsError as error:
        raise UserError(str(error)) from None


def passphrase_for(args: argparse.Namespace) -> str:
    """Option, variable or prompt, cleaned alike (courseware.passphrases); never empty."""
    given = clean_passphrase(args.passphrase or os.environ.get(PASSPHRASE_VARIABLE) or "")
    if given:
        return given
    if sys.stdin.isatty():
        typed = clean_passphrase(getpass.getpass(tr("cli.results.passphrase_prompt")))
        if typed:
            return typed
    raise UserError(tr("export.passphrase_needed"))


# ---------------------------------------------------------------- handlers


def run_results_export(args: argparse.Namespace) -> int:
    needs_passphrase = args.output.suffix.lower() == SUFFIX
    passphrase = passphrase_for(args) if needs_passphrase else None
    with opened_store(args.db) as store:
        course_id = course_of_quiz(store, args.quiz, args.course_id)
        summary = store.files.export(args.output, args.quiz, passphrase, course_id)
    for path in summary.files:
        print(tr("cli.results.exported", count=summary.attempts, path=path))
    return EXIT_OK


def run_results_import(args: argparse.Namespace) -> int:
    if args.course_path is None:
        raise UserError(tr("cli.results.course_needed"))
    course = load_course_or_fail(args.course_path)
    passphrase = passphrase_for(args)
    on_conflict = OnConflict(args.on_conflict) if args.on_conflict else None
    with opened_store(args.db) as store:
        summary = store.files.import_file(args.file, passphrase, course, on_conflict)
    print(tr("cli.results.imported", file=args.file.name, added=summary.attempts_added,
             skipped=summary.attempts_skipped, trainees=summary.trainees_added))
    if summary.attempts_renumbered:
        print(tr("cli.results.renumbered", count=summary.attempts_renumbered))
    if summary.conflicts:
        print(tr("cli.results.conflicts_resolved", count=len(summary.conflicts),
                 how=args.on_conflict))
    if summary.refused:
        print(tr("cli.results.refused", count=len(summary.refused)), file=sys.stderr)
        for reason in summary.refused:
            print("  " + reason, file=sys.stderr)
    return EXIT_OK


def load_course_or_fail(path: Path) -> Course:
    result = load_course(path, validate=False)
    if result.course is None:
        for problem in result.problems.sorted():
            print(problem, file=sys.stderr)
        raise UserError(tr("cli.problem_count", count=len(result.problems)))
    return result.course


def run_roster_import(args: argparse.Namespace) -> int:
    with opened_store(args.db) as store:
        result = store.import_roster(args.file, dry_run=args.dry_run)
    for line in result.lines():
        print(line)
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    with opened_store(args.db) as store:
        course_id = course_of_quiz(store, args.quiz, args.course_id)
        attempts = store.attempts.list_attempts(args.quiz, course_id=course_id)
    if not attempts:
        raise UserError(tr("cli.stats.no_attempts", quiz=args.quiz))
    bar = ProgressBar(tr("cli.stats.progress"))
    statistics = quiz_statistics(attempts, first_only=not args.all_attempts, progress=bar)
    bar.finish()
    if args.json:
        print(json.dumps(statistics_to_json(args.quiz, statistics), ensure_ascii=False,
                         indent=2))
    else:
        print_statistics(args.quiz, statistics)
    return EXIT_OK


def print_statistics(quiz_id: str, statistics: QuizStatistics) -> None:
    figures = dataclasses.asdict(statistics)
    print(tr("cli.stats.title", quiz=quiz_id, count=figures["attempt_count"]))
    for name in ("mean", "median", "standard_deviation", "skewness", "kurtosis",
                 "cronbach_alpha", "error_ratio", "standard_error"):
        print(f"  {tr('cli.stats.' + name)}: {number(figures[name])}")
        if name == "cronbach_alpha" and (note := alpha_note(statistics)):
            print(f"    {note}")
    print(tr("cli.stats.questions_header"))
    for question in figures["questions"]:
        print(f"  {question['question_id']:<24} {number(question['facility_index']):>8} "
              f"{number(question['standard_deviation']):>8} "
              f"{number(question['discrimination_index']):>8} "
              f"{number(question['discriminative_efficiency']):>8}")
    print_flags(statistics)


def statistics_to_json(quiz_id: str, statistics: QuizStatistics) -> dict[str, object]:
    """The figures, and per question its flags (keys inferred from the results)."""
    data = {"quiz_id": quiz_id, **dataclasses.asdict(statistics)}
    for figures, question in zip(statistics.questions, data["questions"], strict=True):
        verdict = item_verdict(figures)
        question["flags"] = [flag.value for flag in verdict.flags]
        question["small_sample"] = verdict.small_sample
        question["suspect_option"] = verdict.suspect_option
        question["unused_options"] = list(verdict.unused_options)
    return data


def flag_lines(verdict: ItemVerdict) -> list[str]:
    lines = []
    for flag in verdict.flags:
        name = tr(f"stats.flag.{flag}")
        if flag == "unused_distractors":
            name = tr("stats.flag.with_options", flag=name,
                      options=", ".join(verdict.unused_options))
        lines.append(tr("stats.flag.line", flag=name, advice=tr(f"stats.flag.{flag}.advice")))
    if verdict.suspect_option:
        lines.append(tr("stats.flag.possible_wrong_key.suspect", option=verdict.suspect_option))
    return lines


def print_flags(statistics: QuizStatistics) -> None:
    verdicts = [(q, item_verdict(q)) for q in statistics.questions]
    flagged = [(q, v) for q, v in verdicts if v.flags]
    print(tr("cli.stats.flags_header") if flagged else tr("cli.stats.no_flags"))
    for question, verdict in flagged:
        print(f"  {question.question_id}")
        for line in flag_lines(verdict):
            print(f"    {line}")
    if statistics.attempt_count < RULES.min_attempts:
        print(tr("stats.small_sample", count=statistics.attempt_count,
                 needed=RULES.min_attempts))


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
