"""package, package-check, kiosk-password: getting a course onto classroom PCs."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from courseware.classroom import PackageError, build_package, check_passphrase, open_package
from courseware.classroom.kiosk_password import KioskPasswordError, save_password
from courseware.cli import UserError
from courseware.cli.progress import ProgressBar
from courseware.format import load_course
from courseware.i18n import tr
from courseware.passphrases import clean_passphrase

PASSPHRASE_RISK = ("visible to other users and kept in shell history: prefer "
                   "--passphrase-file or the prompt")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    package = subparsers.add_parser(
        "package", help="make a classroom package (answer keys encrypted)")
    package.add_argument("path", type=Path, help="course folder")
    package.add_argument("-o", "--output", type=Path, required=True, help="OUT.cwpkg")
    _add_passphrase_options(package)
    package.set_defaults(handler=run_package)

    check = subparsers.add_parser("package-check", help="verify a classroom package")
    check.add_argument("file", type=Path, help="a .cwpkg file")
    _add_passphrase_options(check)
    check.set_defaults(handler=run_package_check)

    kiosk = subparsers.add_parser("kiosk-password", help="set the trainer's kiosk password")
    kiosk.add_argument("--password-file", type=Path, help="read the password from this file")
    kiosk.add_argument("--output", type=Path, help="where to store the hash (default: the "
                       "user configuration folder)")
    kiosk.set_defaults(handler=run_kiosk_password)


def _add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", type=Path,
                       help="read the session passphrase from the first line of this file")
    group.add_argument("--passphrase", help=f"the session passphrase ({PASSPHRASE_RISK})")


def read_secret_file(path: Path) -> str:
    """The first line of ``path``, cleaned like a typed passphrase; never empty."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        detail = getattr(error, "strerror", None) or error
        raise UserError(tr("file.unreadable", error=detail)) from None
    secret = clean_passphrase(lines[0]) if lines else ""
    if not secret:
        raise UserError(tr("classroom.cli.passphrase_file_empty", path=path))
    return secret


def passphrase_from(args: argparse.Namespace, confirm: bool) -> str | None:
    """From the file, the option (with a warning) or a prompt, cleaned the same way in each;
    None when none is given and ``confirm`` is False (a check without a passphrase). An
    empty passphrase is an error, never "no passphrase"."""
    if args.passphrase_file is not None:
        return read_secret_file(args.passphrase_file)
    if args.passphrase is not None:
        print(tr("classroom.cli.passphrase_option_risk"), file=sys.stderr)
        secret = clean_passphrase(str(args.passphrase))
    elif not confirm:
        return None
    else:
        secret = prompt_twice("classroom.cli.passphrase_prompt")
    if not secret:
        raise UserError(tr("passphrase.empty"))
    return secret


def prompt_twice(prompt_key: str) -> str:
    first = clean_passphrase(getpass.getpass(tr(prompt_key)))
    if clean_passphrase(getpass.getpass(tr("classroom.cli.passphrase_again"))) != first:
        raise UserError(tr("classroom.passphrase_mismatch"))
    return first


def run_package(args: argparse.Namespace) -> int:
    passphrase = passphrase_from(args, confirm=True)
    assert passphrase is not None
    try:
        check_passphrase(passphrase)
    except PackageError as error:
        raise UserError(str(error)) from None
    result = load_course(args.path)
    if result.course is None or result.problems:
        from courseware.cli.course_commands import print_problems

        print_problems(args.path, result)
        raise UserError(tr("classroom.course_invalid", count=len(result.problems)))
    bar = ProgressBar(tr("classroom.cli.building"))
    try:
        summary = build_package(result.course, args.path, args.output, passphrase, bar)
    finally:
        bar.finish()
    print(tr("classroom.cli.packaged", path=summary.path, members=summary.members,
             size=round(summary.size / 1024)))
    return 0


def run_package_check(args: argparse.Namespace) -> int:
    passphrase = passphrase_from(args, confirm=False)
    try:
        with open_package(args.file, passphrase) as package:
            manifest = package.manifest
            verdict = ("classroom.cli.check_unauthenticated" if package.full is None
                       else "classroom.cli.check_authentic")
            print(tr(verdict, path=args.file, title=manifest.course_title,
                     course_id=manifest.course_id, created=manifest.created))
            if package.full is not None:
                print(tr("classroom.cli.check_unlocked", quizzes=len(package.full.all_quizzes()),
                         questions=len(package.full.all_questions())))
    except PackageError as error:
        raise UserError(str(error)) from None
    return 0


def run_kiosk_password(args: argparse.Namespace) -> int:
    if args.password_file is not None:
        password = read_secret_file(args.password_file)
    else:
        password = prompt_twice("classroom.cli.kiosk_password_prompt")
    try:
        path = save_password(password, args.output)
    except KioskPasswordError as error:
        raise UserError(str(error)) from None
    print(tr("classroom.cli.kiosk_password_set", path=path))
    return 0
