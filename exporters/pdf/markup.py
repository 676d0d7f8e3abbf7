"""Escaping text before it becomes ReportLab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape as _xml_escape

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def escape(text: str) -> str:
    """Plain text → Paragraph markup that prints literally (``<``, ``&``, quotes)."""
    return _xml_escape(text, _ENTITIES)


def format_number(value: float) -> str:
    """2.0 → '2', 1.5 → '1.5' (points and minutes print without a needless '.0')."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
