"""The cover page and the table of contents of a course document."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from exporters.pdf.flowables import scaled_image, text_para
from exporters.pdf.styles import ACCENT, PRIMARY, Styles
from exporters.pdf.toc import DeferredContents


@dataclass(frozen=True)
class CoverInfo:
    title: str
    subtitle: str = ""
    edition: str = ""  # 学员版 / 讲师版, or a document kind
    date_line: str = ""
    organisation: str = ""
    logo: Path | None = None
    extra_lines: list[str] = field(default_factory=list)


def cover_story(info: CoverInfo, styles: Styles, width: float, next_template: str
                ) -> list[Flowable]:
    """Logo, title, subtitle, edition badge, organisation and date; then a page break."""
    story: list[Flowable] = [Spacer(1, 18 * mm)]
    logo = scaled_image(info.logo, 60 * mm, 25 * mm) if info.logo else None
    if logo is not None:
        logo.hAlign = "LEFT"
        story += [logo, Spacer(1, 12 * mm)]
    else:
        story.append(Spacer(1, 30 * mm))
    story.append(text_para(info.title, styles.cover_title))
    if info.subtitle:
        story.append(text_para(info.subtitle, styles.cover_subtitle))
    story += [Spacer(1, 10 * mm),
              HRFlowable(width="35%", thickness=2.5, color=ACCENT, hAlign="LEFT")]
    if info.edition:
        story += [Spacer(1, 9 * mm), _edition_badge(info.edition, styles)]
    story.append(Spacer(1, 45 * mm))
    meta = [info.organisation, *info.extra_lines, info.date_line]
    story += [text_para(line, styles.cover_meta) for line in meta if line]
    story += [NextPageTemplate(next_template), PageBreak()]
    return story


def _edition_badge(text: str, styles: Styles) -> Table:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("badge", parent=styles.cover_meta, textColor=colors.white,
                           fontSize=styles.cover_meta.fontSize + 2,
                           leading=styles.cover_meta.fontSize * 1.6)
    badge = Table([[text_para(text, style)]], hAlign="LEFT")
    badge.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PRIMARY),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return badge


def table_of_contents(styles: Styles, lines: list[tuple[int, str]]) -> DeferredContents:
    """The contents with its (level, title) lines known in advance: laid out in one pass."""
    toc = DeferredContents(lines, dotsMinLevel=0)
    toc.levelStyles = list(styles.toc_levels)
    return toc
