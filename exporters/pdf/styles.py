"""Paragraph styles and colours shared by every PDF export (handouts, quiz papers, certificates)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle

from exporters.fonts import BUNDLED_CJK_FONT
from exporters.pdf.fonts import FontChoice, register_font
from exporters.pdf.markup import colour_attribute

PRIMARY = colors.HexColor("#1F4E79")
ACCENT = colors.HexColor("#2E75B6")
STRONG = colors.HexColor("#1F3A5F")  # **bold** text
LINK = ACCENT
TEXT = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#B7C4D1")
TABLE_HEADER_BG = colors.HexColor("#DCE6F0")
TABLE_STRIPE_BG = colors.HexColor("#F5F8FB")
CODE_BG = colors.HexColor("#F3F3F3")
WRITING_LINE = colors.HexColor("#C8C8C8")

DEFAULT_FONT = FontChoice()
MONO_FONT = FontChoice(path=BUNDLED_CJK_FONT, subfont_index=1, name="CJKMono")


@dataclass(frozen=True)
class CalloutColours:
    accent: colors.Color
    background: colors.Color


CALLOUT_COLOURS = {
    "tip": CalloutColours(colors.HexColor("#2E7D32"), colors.HexColor("#EEF6EE")),
    "note": CalloutColours(colors.HexColor("#1565C0"), colors.HexColor("#EAF2FB")),
    "warning": CalloutColours(colors.HexColor("#B26A00"), colors.HexColor("#FFF4E0")),
    "example": CalloutColours(colors.HexColor("#6A1B9A"), colors.HexColor("#F4EEF8")),
    "trainer": CalloutColours(colors.HexColor("#37474F"), colors.HexColor("#E8EDF0")),
    "quote": CalloutColours(colors.HexColor("#90A4AE"), colors.HexColor("#FAFAFA")),
}


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a course document uses, set in one font."""

    font: str
    mono: str
    cjk: bool
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    code: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    part_title: ParagraphStyle
    kicker: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    callout_label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]

    @property
    def strong_colour(self) -> str:
        """The colour of **bold** text, for markup."""
        return colour_attribute(STRONG)


def _style(name: str, font: str, size: float, cjk: bool, **extra: object) -> ParagraphStyle:
    values: dict[str, object] = {
        "fontName": font, "fontSize": size, "leading": round(size * 1.6, 1),
        "textColor": TEXT, "alignment": TA_LEFT, "wordWrap": "CJK" if cjk else None,
        "splitLongWords": True, "allowWidows": 0, "allowOrphans": 0,
    }
    values.update(extra)
    return ParagraphStyle(name, **values)  # type: ignore[arg-type]


def build_styles(font: FontChoice = DEFAULT_FONT, language: str = "zh",
                 base_size: float = 10.5) -> Styles:
    """Register the fonts and build the styles; ``language`` 'zh' turns on CJK line breaking."""
    name = register_font(font)
    mono = register_font(MONO_FONT)
    cjk = language.startswith("zh")
    s = base_size

    bold = tt2ps(name, 1, 0)  # the registered (synthetic) bold face

    def style(style_name: str, size: float, **extra: object) -> ParagraphStyle:
        return _style(style_name, name, size, cjk, **extra)

    def heading(style_name: str, size: float, **extra: object) -> ParagraphStyle:
        return _style(style_name, bold, size, cjk, **extra)

    toc_levels = (
        heading("toc0", s + 0.5, leading=s * 2.1, textColor=PRIMARY, leftIndent=0,
              firstLineIndent=0, spaceBefore=6),
        style("toc1", s, leading=s * 1.75, leftIndent=18, firstLineIndent=0),
        style("toc2", s - 1, leading=s * 1.6, leftIndent=36, firstLineIndent=0, textColor=MUTED),
    )
    return Styles(
        font=name,
        mono=mono,
        cjk=cjk,
        body=style("body", s, spaceAfter=s * 0.6),
        small=style("small", s - 1.5),
        muted=style("muted", s - 1, textColor=MUTED),
        caption=style("caption", s - 1.5, textColor=MUTED, alignment=TA_CENTER,
                      spaceBefore=2, spaceAfter=s),
        code=_style("code", mono, s - 1.5, False, leading=(s - 1.5) * 1.45, backColor=CODE_BG,
                    borderPadding=(5, 6, 5, 6), leftIndent=6, rightIndent=6,
                    spaceBefore=8, spaceAfter=12),
        h1=heading("h1", s + 7.5, leading=(s + 7.5) * 1.35, textColor=PRIMARY, spaceBefore=4,
                 spaceAfter=s * 0.9, keepWithNext=1),
        h2=heading("h2", s + 3.5, leading=(s + 3.5) * 1.4, textColor=PRIMARY, spaceBefore=s * 1.2,
                 spaceAfter=s * 0.5, keepWithNext=1),
        h3=heading("h3", s + 1.5, leading=(s + 1.5) * 1.45, textColor=ACCENT, spaceBefore=s * 0.9,
                 spaceAfter=s * 0.4, keepWithNext=1),
        h4=heading("h4", s + 0.5, leading=(s + 0.5) * 1.5, textColor=TEXT, spaceBefore=s * 0.6,
                 spaceAfter=s * 0.3, keepWithNext=1),
        part_title=heading("part_title", s + 13.5, leading=(s + 13.5) * 1.3, textColor=PRIMARY,
                         spaceAfter=s * 1.2),
        kicker=style("kicker", s, textColor=ACCENT, spaceAfter=2, keepWithNext=1),
        cell=style("cell", s - 1, leading=(s - 1) * 1.5),
        cell_header=heading("cell_header", s - 1, leading=(s - 1) * 1.5, textColor=PRIMARY),
        callout_label=heading("callout_label", s - 0.5, leading=(s - 0.5) * 1.5, spaceAfter=2),
        cover_title=heading("cover_title", s + 17.5, leading=(s + 17.5) * 1.3, textColor=PRIMARY),
        cover_subtitle=style("cover_subtitle", s + 3.5, leading=(s + 3.5) * 1.5,
                             textColor=MUTED, spaceBefore=10),
        cover_meta=style("cover_meta", s + 0.5, leading=(s + 0.5) * 1.8, textColor=TEXT),
        toc_title=heading("toc_title", s + 7.5, leading=(s + 7.5) * 1.35, textColor=PRIMARY,
                        spaceAfter=s * 1.5),
        toc_levels=toc_levels,
    )


_DERIVED: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, ParagraphStyle]] = (
    weakref.WeakKeyDictionary())


def derived_style(parent: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    """``parent`` with a few changes, made once per parent and changes and then shared.

    Paragraphs never change their style, so one object per variant serves every list item,
    call-out label or numbered block (and ReportLab's per-style work is done once).
    """
    variants = _DERIVED.setdefault(parent, {})
    key = name + repr(sorted(changes.items()))
    style = variants.get(key)
    if style is None:
        style = variants[key] = ParagraphStyle(name, parent=parent, **changes)  # type: ignore[arg-type]
    return style
