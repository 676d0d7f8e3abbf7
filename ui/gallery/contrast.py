"""Text colour against its background, by WCAG 2's contrast ratio (issue #12: at least AA on
trainee pages: 4.5 for body text, 3 for large text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

BODY, LARGE = 4.5, 3.0


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def ratio(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def low_contrast(widget: QWidget) -> str | None:
    """Why the widget's own text is hard to read, or None (rich-text colours not checked)."""
    if not isinstance(widget, QLabel | QAbstractButton) or not widget.isEnabled():
        return None
    if not widget.text().strip():
        return None
    text = widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())
    background = _background(widget)
    found = ratio(text, background)
    font = widget.font()
    large = font.pointSizeF() >= 18 or (font.bold() and font.pointSizeF() >= 14)
    needed = LARGE if large else BODY
    if found < needed:
        return (f"{text.name()} on {background.name()}: contrast {found:.1f}, "
                f"needs {needed:g}")
    return None


def _background(widget: QWidget) -> QColor:
    """The colour behind the widget: the nearest own background that differs from the
    application's window colour (style sheets set it on the widget that paints it)."""
    default = QApplication.palette().color(QPalette.ColorRole.Window)
    current: QWidget | None = widget
    while current is not None:
        colour = current.palette().color(QPalette.ColorGroup.Active, current.backgroundRole())
        if colour != default and (current.autoFillBackground() or current.styleSheet()
                                  or current is not widget):
            return colour
        current = current.parentWidget()
    return default
