"""Command-line commands of the exporters layer (export …). Registered by main.py."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Export commands are added here as the exporters land."""
