"""Command-line commands of the domain layer. ``main.py`` builds the parser and dispatches.

Each command module offers ``register(subparsers)``; a registered command sets ``handler``
(a function taking the parsed arguments and returning the exit code).
"""

from __future__ import annotations

import argparse

from courseware.cli import course_commands

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    course_commands.register(subparsers)


class UserError(Exception):
    """A problem with the user's input: printed as a message, exit code 1, no traceback."""
