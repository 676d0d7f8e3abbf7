"""How the visual editor draws Markdown constructs: heading sizes, call-out colours, code."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat

# the printed handout's colours (exporters.pdf.styles.CALLOUT_COLOURS): accent, background
CALLOUT_COLOURS = {
    "tip": ("#2E7D32", "#EEF6EE"),
    "note": ("#1565C0", "#EAF2FB"),
    "warning": ("#B26A00", "#FFF4E0"),
    "example": ("#6A1B9A", "#F4EEF8"),
    "trainer": ("#37474F", "#E8EDF0"),
}
OTHER_CALLOUT = ("#455A64", "#F1F3F4")  # case sections and unknown kinds
QUOTE_COLOURS = ("#90A4AE", "#FAFAFA")
SOURCE_COLOURS = ("#8D6E63", "#F5F5F5")
LINK_COLOUR = "#1565C0"
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.18, 4: 1.08, 5: 1.0, 6: 1.0}
IMAGE_MAX_WIDTH = 560
LABEL_SPACE = 22  # pixels above a boxed block where its label is drawn


def callout_colours(kind: str) -> tuple[QColor, QColor]:
    accent, background = CALLOUT_COLOURS.get(kind, OTHER_CALLOUT)
    return QColor(accent), QColor(background)


def heading_format(level: int, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(base_size * HEADING_SCALE.get(level, 1.0))
    return fmt


def mono_format(fmt: QTextCharFormat) -> QTextCharFormat:
    fmt.setFontFamilies(["monospace", "DejaVu Sans Mono", "Courier New"])
    fmt.setFontFixedPitch(True)
    fmt.setFontStyleHint(QFont.StyleHint.Monospace)
    return fmt


def code_format(fmt: QTextCharFormat) -> QTextCharFormat:
    mono_format(fmt)
    fmt.setBackground(QColor("#EFEFEF"))
    return fmt
