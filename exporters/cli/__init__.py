"""Command-line commands of the exporters layer; every ``*_commands.py`` here registers itself.

``export`` is one command with sub-commands (handout, quiz-paper, certificates …): modules add
theirs to the shared ``export`` parser returned by :func:`export_subparsers`.
"""

from __future__ import annotations

import argparse

from courseware.cli import register_package

_export_subparsers: argparse._SubParsersAction | None = None  # type: ignore[type-arg]


def export_subparsers(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    global _export_subparsers
    if _export_subparsers is None:
        export = subparsers.add_parser("export", help="write handouts, quiz papers, certificates")
        _export_subparsers = export.add_subparsers(dest="export_kind", metavar="KIND",
                                                   required=True)
    return _export_subparsers


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    global _export_subparsers
    _export_subparsers = None
    register_package(__name__, __path__, subparsers)
