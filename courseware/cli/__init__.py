"""Command-line commands of the domain layer. ``main.py`` builds the parser and dispatches.

Every module ``*_commands.py`` in this package offers ``register(subparsers)``; a registered
command sets ``handler`` (parsed arguments → exit code). Modules are found automatically.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A problem with the user's input: printed as a message, exit code 1, no traceback."""


def register_package(package_name: str, package_path: list[str],
                     subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for info in sorted(pkgutil.iter_modules(package_path), key=lambda i: i.name):
        if info.name.endswith("_commands"):
            importlib.import_module(f"{package_name}.{info.name}").register(subparsers)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register_package(__name__, __path__, subparsers)
