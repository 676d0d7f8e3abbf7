"""Escaping text before it becomes ReportLab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.colors import Color

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def escape(text: str) -> str:
    """Plain text → Paragraph markup that prints literally (``<``, ``&``, quotes)."""
    return _xml_escape(text, _ENTITIES)


def colour_attribute(colour: Color) -> str:
    """A colour for a markup attribute (``<font color="…">``) as ``rgb(r,g,b)``.

    ReportLab reads ``rgb()`` about five times faster than ``#RRGGBB`` (a hex string is tried
    as an expression first), and a handout has thousands of coloured runs; same Color.
    """
    red, green, blue = (round(part * 255) for part in colour.rgb())
    return f"rgb({red},{green},{blue})"


def format_number(value: float) -> str:
    """2.0 → '2', 1.5 → '1.5' (points and minutes print without a needless '.0')."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
