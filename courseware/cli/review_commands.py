"""review: item-quality findings for a course (advice; never makes a course invalid).

Exit codes: 0 when the review ran, whatever it found (findings are advice); 1 when the course
cannot be read, or when ``--fail-on`` is given and a finding at that level (or above) exists —
for scripts that want to hold a course back until it is reviewed; 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from courseware.cli import EXIT_INPUT, EXIT_OK
from courseware.cli.course_commands import print_problems
from courseware.format import load_course
from courseware.i18n import interface_language, tr
from courseware.review import Severity, review_course
from courseware.review.report import report_lines, report_to_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    review = subparsers.add_parser(
        "review", help="item-quality review: flawed questions, keys, draws (advice only)")
    review.add_argument("path", type=Path, help="course folder")
    review.add_argument("--json", action="store_true",
                        help="print one JSON object (see docs/item-review.md)")
    review.add_argument("--fail-on", choices=[s.value for s in Severity],
                        help="exit 1 when a finding of this severity (or worse) exists")
    review.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    result = load_course(args.path)
    if result.course is None:
        print(tr("review.not_loaded"), file=sys.stderr)
        print_problems(args.path, result)
        return EXIT_INPUT
    if result.problems:
        print(tr("review.invalid_note", count=len(result.problems)), file=sys.stderr)
    findings = review_course(result.course)
    if args.json:
        print(json.dumps(report_to_json(result.course.id, findings), ensure_ascii=False,
                         indent=2))
    else:
        for line in report_lines(findings, interface_language()):
            print(line)
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        print(tr("review.summary", count=len(findings), warnings=warnings,
                 suggestions=len(findings) - warnings) if findings else tr("review.none"))
    if args.fail_on:
        level = Severity(args.fail_on).rank
        if any(f.severity.rank >= level for f in findings):
            return EXIT_INPUT
    return EXIT_OK
