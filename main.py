"""Courseware Studio — composition root.

``python main.py`` opens the app on the bundled course; ``python main.py COMMAND …`` (also
installed as ``courseware COMMAND …``) runs a command without a display. Nothing imports main.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import courseware.cli
from courseware.bundled import bundled_course_path
from courseware.cli.failures import user_message
from courseware.i18n import set_language, tr


class VersionAction(argparse.Action):
    """--version, reading the version only when asked (importlib.metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from courseware.version import app_version

        print(f"Courseware Studio {app_version()}")
        parser.exit()


def build_base_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="courseware",
        description="Courseware Studio: build, deliver and print training courses offline.",
    )
    parser.add_argument("--lang", choices=["zh", "zh-TW", "en"],
                        help="language of messages (default: COURSEWARE_LANG or the locale)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument("--version", action=VersionAction, nargs=0,
                        help="show the version and exit")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = build_base_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    courseware.cli.register(subparsers)
    import exporters.cli  # command modules import their libraries; only when a command runs

    exporters.cli.register(subparsers)
    gui = subparsers.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("path", nargs="?", type=Path, help="course folder to open")
    gui.set_defaults(handler=run_gui)
    trainee = subparsers.add_parser("trainee", help="trainee mode on a classroom PC (kiosk)")
    trainee.add_argument("package", type=Path, help="classroom package (.cwpkg)")
    trainee.add_argument("--db", help="results database URL (default: the one saved in "
                                      "settings, else the local store)")
    trainee.add_argument("--passphrase-file", type=Path,
                         help="session passphrase from a file instead of asking the trainer")
    trainee.add_argument("--password-file", type=Path, help="trainer password hash file")
    trainee.set_defaults(handler=run_trainee)
    console = subparsers.add_parser("console", help="the trainer's console for a classroom")
    console.add_argument("path", type=Path, help="classroom package (.cwpkg) or course folder")
    console.add_argument("--db", help="results database URL (default: the local store)")
    console.add_argument("--passphrase-file", type=Path,
                         help="session passphrase from a file instead of asking")
    console.set_defaults(handler=run_console)
    return parser


def wire_services() -> None:
    """Connect the layers where the domain offers a hook (here: spreadsheet result exports)."""
    from exporters.spreadsheets import register_writers

    register_writers()


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run_app  # imported late: commands must work without a display

    return run_app(getattr(args, "path", None) or bundled_course_path(), sys.argv[:1])


def _opens_the_app(argv: list[str]) -> bool:
    """No command and no help asked: skip building every command's parser (start-up time)."""
    return not any(arg in ("-h", "--help") or not arg.startswith("-") for arg in argv)


def run_trainee(args: argparse.Namespace) -> int:
    from courseware.cli.classroom_commands import read_secret_file
    from ui.trainee.app import run_trainee as start  # imported late: Qt only when needed

    passphrase = read_secret_file(args.passphrase_file) if args.passphrase_file else None
    return start(args.package, args.db, sys.argv[:1], passphrase, args.password_file)


def run_console(args: argparse.Namespace) -> int:
    from courseware.cli.classroom_commands import read_secret_file
    from ui.console.app import run_console as start  # imported late: Qt only when needed

    passphrase = read_secret_file(args.passphrase_file) if args.passphrase_file else None
    return start(args.path, args.db, sys.argv[:1], passphrase)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_base_parser() if _opens_the_app(argv) else build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    handler = getattr(args, "handler", run_gui)
    wire_services()
    try:
        return int(handler(args))
    except courseware.cli.UserError as error:
        print(error, file=sys.stderr)
        return courseware.cli.EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0
    except Exception as error:
        if not args.debug:  # let what the failed work held (a MemoryError's data) go first:
            error.__traceback__ = None  # the message may still need to load its catalogue
        message = user_message(error)  # the user's disk, database or input, not a bug
        if message is not None and not args.debug:
            print(message, file=sys.stderr)
            return courseware.cli.EXIT_INPUT
        if args.debug:  # an internal error: say so plainly, traceback only on request
            raise
        print(tr("cli.internal_error", error=f"{type(error).__name__}: {error}"), file=sys.stderr)
        return courseware.cli.EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
