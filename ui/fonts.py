"""Registering the bundled CJK font with Qt so Chinese never falls back to tofu."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from exporters.fonts import BUNDLED_CJK_FONT


def install_bundled_font(app: QApplication, point_size: float = 10.5) -> str:
    """Register the bundled font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return app.font().family()
    font = QFont(families[0])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return families[0]
