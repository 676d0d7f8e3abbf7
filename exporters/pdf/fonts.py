"""Registering TrueType fonts with ReportLab. The bundled CJK font is the default.

ReportLab embeds a subset of every TrueType font it uses, so PDFs never depend on the
reader's fonts. CFF-based OpenType fonts (.otf, e.g. Noto CJK) are not supported by ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exporters.fonts import BUNDLED_CJK_FONT
from exporters.pdf import unicode_map
from exporters.pdf.synthetic_bold import register_bold_twin

DEFAULT_FONT_NAME = "CJK"


@dataclass(frozen=True)
class FontChoice:
    """Which TrueType file (and face index inside a .ttc) to set text in."""

    path: Path = BUNDLED_CJK_FONT
    subfont_index: int = 0
    name: str = DEFAULT_FONT_NAME


class UnsupportedFontError(ValueError):
    pass


def register_font(choice: FontChoice = FontChoice()) -> str:
    """Register the font once (idempotent) and return the name to use in styles."""
    unicode_map.install()  # every PDF that sets text registers a font first
    if choice.name in pdfmetrics.getRegisteredFontNames():
        return choice.name
    if choice.path.suffix.lower() == ".otf":
        raise UnsupportedFontError(f"{choice.path.name}: CFF/OpenType fonts cannot be embedded")
    font = TTFont(choice.name, str(choice.path), subfontIndex=choice.subfont_index)
    pdfmetrics.registerFont(font)
    # CJK fonts rarely ship a bold or italic face: bold is synthesised (see synthetic_bold),
    # italic maps to the upright face. A missing face must never make ReportLab fall back to
    # a non-embedded standard font.
    bold = register_bold_twin(choice.name, str(choice.path), choice.subfont_index)
    pdfmetrics.registerFontFamily(choice.name, normal=choice.name, bold=bold,
                                  italic=choice.name, boldItalic=bold)
    return choice.name
