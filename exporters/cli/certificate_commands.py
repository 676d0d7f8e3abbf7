"""export certificates PATH (--roster FILE | --db URL --quiz ID) -o OUT …"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from courseware.certificates import CertificateDraft, CertificateIssuer
from courseware.certificates.batch import drafts_from_passers, drafts_from_roster
from courseware.certificates.filenames import DEFAULT_PATTERN, PATTERN_FIELDS, PatternError
from courseware.certificates.holders import plan_issue
from courseware.certificates.passers import quiz_passers
from courseware.certificates.placeholders import is_placeholder
from courseware.certificates.roster import RosterError, read_roster
from courseware.certificates.services import key_ring, store_registry
from courseware.certificates.store_registry import StoreRegistry
from courseware.cli import EXIT_OK, UserError
from courseware.cli.certificate_commands import print_new_key_notice
from courseware.cli.progress import ProgressBar
from courseware.format import load_course
from courseware.i18n import tr
from courseware.model import Course
from exporters.certificates import (
    DESIGNS,
    Branding,
    CertificateText,
    Layout,
    MissingGlyphsError,
    OutputExistsError,
    default_chain,
    issue_certificates,
    label_language,
)
from exporters.certificates.fonts import describe_chars
from exporters.cli import export_subparsers


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = export_subparsers(subparsers).add_parser(
        "certificates", help="issue signed certificates to a roster or to a quiz's passers")
    parser.add_argument("path", type=Path, help="course folder")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--roster", type=Path, metavar="FILE",
                        help="CSV or .xlsx with 姓名/name, optional 工号/id and 分数/score")
    source.add_argument("--quiz", metavar="ID", help="everyone who passed this quiz (with --db)")
    parser.add_argument("--db", metavar="URL", help="results store (default: the embedded one)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help="a .pdf; with --split a folder or a .zip")
    parser.add_argument("--design", choices=sorted(DESIGNS), default="formal")
    parser.add_argument("--split", action="store_true", help="one PDF per trainee")
    parser.add_argument("--pattern", default=DEFAULT_PATTERN,
                        help=f"file names with --split; fields: {', '.join(PATTERN_FIELDS)}")
    parser.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="completion date for a roster (default: today)")
    parser.add_argument("--issuer", help="issuer printed and signed (default: the course's)")
    parser.add_argument("--organisation", default="", help="organisation name at the top")
    parser.add_argument("--logo", type=Path, metavar="IMAGE")
    parser.add_argument("--signature", type=Path, metavar="IMAGE")
    parser.add_argument("--signatory", default="", help="name under the signature line")
    parser.add_argument("--font", type=Path, action="append", default=[], metavar="TTF",
                        help="extra TrueType font for characters the bundled one lacks")
    parser.add_argument("--keys", type=Path, metavar="DIR", help="key folder")
    parser.add_argument("--reissue", action="store_true",
                        help="issue replacements to people who already hold a certificate for "
                             "the course (each new record names the one it replaces)")
    parser.set_defaults(handler=run_export_certificates, parser=parser)


def run_export_certificates(args: argparse.Namespace) -> int:
    if args.quiz and not args.db:
        args.parser.error("--quiz needs --db URL")
    course = load_course_or_fail(args.path)
    refuse_placeholders(args, course)
    layout = make_layout(args, course)
    progress = ProgressBar(tr("certs.progress"))
    with open_registry(args.db) as registry:
        drafts = planned(collect_drafts(args, course, registry), registry, args.reissue)
        keys = key_ring(args.keys)
        issuer = CertificateIssuer(keys, registry)
        try:
            issued = issue_certificates(issuer, drafts, args.output, layout, progress)
        except MissingGlyphsError as error:
            raise UserError(missing_glyphs_message(error)) from None
        except OutputExistsError:
            raise UserError(tr("certs.output_exists", path=args.output)) from None
        except PatternError:
            raise UserError(tr("certs.bad_pattern", pattern=args.pattern,
                               fields=", ".join(PATTERN_FIELDS))) from None
        finally:
            progress.finish()
    print_new_key_notice(keys)
    print(tr("certs.written", count=len(issued), path=args.output))
    if replacements := sum(c.record.replaces is not None for c in issued):
        print(tr("certs.reissued", count=replacements))
    return EXIT_OK


def refuse_placeholders(args: argparse.Namespace, course: Course) -> None:
    """Exit 1 before anything is signed if the issuer or organisation is template text."""
    issuer = args.issuer or (course.certificate.issuer if course.certificate else "")
    if is_placeholder(issuer):
        raise UserError(tr("certs.issuer_placeholder", issuer=issuer.strip()))
    if args.organisation.strip() and is_placeholder(args.organisation):
        raise UserError(tr("certs.organisation_placeholder", text=args.organisation.strip()))


def planned(drafts: list[CertificateDraft], registry: StoreRegistry,
            reissue: bool) -> list[CertificateDraft]:
    """Leave out (and name) people who hold a certificate already, unless reissuing."""
    plan = plan_issue(registry, drafts, reissue)
    for draft, number in plan.held:
        print(tr("certs.already_held", name=draft.trainee_name, id=draft.trainee_id or "—",
                 number=number), file=sys.stderr)
    if not plan.drafts:
        raise UserError(tr("certs.all_hold"))
    if plan.held:
        print(tr("certs.skipped_holders", count=len(plan.held)), file=sys.stderr)
    return plan.drafts


def load_course_or_fail(path: Path) -> Course:
    result = load_course(path, validate=False)
    if result.course is None:
        for problem in result.problems.sorted():
            print(problem, file=sys.stderr)
        raise UserError(tr("cli.problem_count", count=len(result.problems)))
    if result.course.certificate is None:
        print(tr("certs.no_course_certificate"), file=sys.stderr)
    return result.course


def make_layout(args: argparse.Namespace, course: Course) -> Layout:
    settings = course.certificate
    text = CertificateText(label_language(course.language),
                           settings.title if settings else "",
                           settings.statement if settings else "")
    for image in (args.logo, args.signature, *args.font):
        if image is not None and not image.is_file():
            raise UserError(tr("file.missing", ref=image))
    branding = Branding(args.organisation, args.logo, args.signature, args.signatory)
    return Layout(DESIGNS[args.design], default_chain(args.font), text, branding, args.split,
                  args.pattern)


def collect_drafts(args: argparse.Namespace, course: Course,
                   registry: StoreRegistry) -> list[CertificateDraft]:
    if args.roster is not None:
        try:
            entries = read_roster(args.roster)
        except (RosterError, OSError) as error:
            raise UserError(tr("certs.roster_error", error=error)) from None
        return drafts_from_roster(course, entries, args.date or date.today(), args.issuer)
    quiz = course.find_quiz(args.quiz)
    if quiz is None:
        raise UserError(tr("certs.unknown_quiz", quiz=args.quiz))
    passers = quiz_passers(registry.store, course.id, quiz.id, quiz.settings.pass_percent)
    if not passers:
        raise UserError(tr("certs.no_passers", quiz=quiz.id))
    return drafts_from_passers(course, passers, args.issuer)


@contextmanager
def open_registry(url: str | None) -> Iterator[StoreRegistry]:
    from courseware.results import ResultsError

    try:
        with store_registry(url) as registry:
            yield registry
    except ResultsError as error:
        raise UserError(str(error)) from None


def missing_glyphs_message(error: MissingGlyphsError) -> str:
    return (tr("certs.missing_glyphs", text=error.text, chars=describe_chars(error.missing))
            + "\n" + tr("hint.prefix") + tr("certs.missing_glyphs.hint"))
