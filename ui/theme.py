"""Light and dark themes: the Fusion style with a palette per theme, and named colour roles.

The user's choice is "system" (follow the desktop's colour scheme, Qt 6.5+ style hints),
"light" or "dark" (see :mod:`ui.app_settings`). :func:`apply_theme` sets the style, the
palette and a small style sheet on the application; it may be called again at any time.

Widgets that need a colour of their own ask for it by role, never by literal::

    label.setStyleSheet(f"color:{colour('text.error')};")

:func:`themed` translates a style sheet written with the light theme's literals (the colours
the roles below list first) into the current theme, for the places that kept their literals.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

MODES = ("system", "light", "dark")
LIGHT, DARK = "light", "dark"

# role → (light, dark). The light values are the literals the app used before themes.
ROLES: dict[str, tuple[str, str]] = {
    "text": ("#1d2430", "#e6e9ef"),
    "text.muted": ("#5a6270", "#a9b1bf"),
    "text.hint": ("#4a5260", "#b4bbc8"),
    "text.note": ("#6b6b6b", "#b8b8b8"),
    "text.success": ("#1b5e20", "#8fd694"),
    "text.success.strong": ("#1d6b2c", "#7fd08a"),
    "text.success.alt": ("#1d5f2a", "#8fd694"),
    "text.error": ("#b3261e", "#ff8a80"),
    "text.error.alt": ("#c62828", "#ff8a80"),
    "text.error.dark": ("#8c1d18", "#ffb4ab"),
    "text.warning": ("#8a5300", "#f0b35a"),
    "text.pending": ("#3d4a5c", "#b8c4d6"),
    "text.on_accent": ("#ffffff", "#ffffff"),
    "surface": ("#ffffff", "#1f2329"),
    "surface.info": ("#f3f6fb", "#252c36"),
    "surface.selected": ("#e3edfb", "#2b3a52"),
    "surface.error": ("#fde7e6", "#4a2423"),
    "surface.flagged": ("#fde2df", "#4a2623"),
    "surface.warning": ("#fff4d6", "#4a3d1c"),
    "border": ("#b9c0cc", "#5b6472"),
    "border.light": ("#d5d9e0", "#414853"),
    "border.success": ("#2e7d32", "#66bb6a"),
    "accent": ("#1a56c4", "#2f6bd0"),
    "accent.alt": ("#2f6fd1", "#2f6bd0"),
    "focus": ("#f2b705", "#f2b705"),
    "focus.alt": ("#e08a00", "#f0a020"),
    # lessons and cases as HTML (exporters/html/templates/base.html) in previews
    "html.meta": ("#666666", "#a8adb5"),
    "html.edition": ("#8a4b00", "#f0a35a"),
    "html.rule": ("#bbbbbb", "#5b6472"),
    "html.callout.border": ("#9fb7d9", "#4d6488"),
    "surface.callout.tip": ("#eaf6ea", "#223625"),
    "surface.callout.warning": ("#fff4e0", "#41351c"),
    "surface.callout.example": ("#f3eefb", "#302a40"),
    "surface.callout.trainer": ("#fdecec", "#432626"),
    "html.callout.tip": ("#8cc08c", "#4f8a4f"),
    "html.callout.warning": ("#e0a84a", "#a07a30"),
    "html.callout.example": ("#b7a2dc", "#7d6aa8"),
    "html.callout.trainer": ("#d98c8c", "#a05a5a"),
    # the scenario map
    "graph.normal": ("#eaf1fb", "#263346"),
    "graph.ending": ("#e6f4e6", "#23392a"),
    "graph.problem": ("#fde2e2", "#4a2626"),
    "graph.start": ("#fff4d6", "#47391a"),
    "graph.border": ("#6b7f99", "#8da2bf"),
    "graph.border.problem": ("#a33a3a", "#e07a7a"),
    "graph.edge": ("#44546a", "#a7b4c6"),
    "graph.border.start": ("#b8860b", "#d9a93a"),
    "graph.border.ending": ("#3f8f4f", "#74c184"),
    "graph.selected": ("#1f5fbf", "#7fb0ff"),
    "graph.text": ("#1b1b1b", "#e6e9ee"),
    "graph.marker": ("#333333", "#cfd6e0"),
    "graph.label": ("#24364f", "#c8d3e3"),
    "graph.warning": ("#c62828", "#e05555"),
    # the trainee's scenario dialogue
    "dialogue.situation": ("#eef3fb", "#26303d"),
    "dialogue.mine": ("#e7f5ea", "#24372a"),
    "dialogue.feedback": ("#fff7d6", "#403820"),
    "dialogue.ending": ("#f4eefb", "#342b40"),
    # charts in the classroom console
    "chart.normal": ("#3d6fb4", "#6f9be0"),
    "chart.flagged": ("#c0392b", "#ef7b6e"),
    "chart.good": ("#2e8b57", "#5cc48a"),
    "chart.axis": ("#9e9e9e", "#8a8a8a"),
    "status.grey": ("#8a8a8a", "#9a9a9a"),
    "status.green": ("#1b7a36", "#6fcf8a"),
    "status.amber": ("#9a6200", "#f0b35a"),
}

# the palettes: (role, light, dark); Fusion draws everything from these
_PALETTE: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (QPalette.ColorRole.Window, "#f3f4f6", "#24272d"),
    (QPalette.ColorRole.WindowText, "#1d2430", "#e6e9ef"),
    (QPalette.ColorRole.Base, "#ffffff", "#2e323a"),
    (QPalette.ColorRole.AlternateBase, "#f5f7fa", "#343941"),
    (QPalette.ColorRole.ToolTipBase, "#fffbe6", "#333842"),
    (QPalette.ColorRole.ToolTipText, "#1d2430", "#e6e9ef"),
    (QPalette.ColorRole.PlaceholderText, "#6b7280", "#8f97a4"),
    (QPalette.ColorRole.Text, "#1d2430", "#e6e9ef"),
    (QPalette.ColorRole.Button, "#eceef2", "#31353d"),
    (QPalette.ColorRole.ButtonText, "#1d2430", "#e6e9ef"),
    (QPalette.ColorRole.BrightText, "#ffffff", "#ffffff"),
    (QPalette.ColorRole.Light, "#ffffff", "#3d424b"),
    (QPalette.ColorRole.Midlight, "#e3e6eb", "#353a42"),
    (QPalette.ColorRole.Mid, "#b9c0cc", "#4a505a"),
    (QPalette.ColorRole.Dark, "#8a93a3", "#16181c"),
    (QPalette.ColorRole.Shadow, "#5a6270", "#0b0c0e"),
    (QPalette.ColorRole.Highlight, "#1a56c4", "#2f6bd0"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#ffffff"),
    (QPalette.ColorRole.Link, "#1a56c4", "#8ab4f8"),
    (QPalette.ColorRole.LinkVisited, "#6a3fb5", "#c5a3f5"),
)
_DISABLED = {LIGHT: "#8a909b", DARK: "#7c838e"}

# only what the palette cannot say: a visible frame around tool tips in dark
_STYLE = {LIGHT: "", DARK: "QToolTip { border: 1px solid #5b6472; }"}


_INDICATORS: tuple[QStyle.PrimitiveElement, ...] = (
    QStyle.PrimitiveElement.PE_IndicatorRadioButton, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
_INDICATOR_FRAME = "#a6adb9"  # Fusion outlines with the window colour darkened: this, in dark


class ThemeStyle(QProxyStyle):
    """Fusion, with radio buttons and check boxes outlined visibly in dark (Fusion draws their
    outline darker than the window, which on a dark window is close to black)."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element not in _INDICATORS or not is_dark():
            super().drawPrimitive(element, option, painter, widget)
            return
        saved = QPalette(option.palette)
        lighter = QPalette(saved)
        lighter.setColor(QPalette.ColorRole.Window, QColor(_INDICATOR_FRAME).lighter(140))
        option.palette = lighter
        super().drawPrimitive(element, option, painter, widget)
        option.palette = saved


class _Notifier(QObject):
    changed = Signal(str)  # the scheme now in use: "light" or "dark"


_state: dict[str, str] = {"mode": "system", "scheme": LIGHT}
_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Emits ``changed`` after the theme changed (live, e.g. from the settings)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def resolve(mode: str) -> str:
    """The scheme a mode means now: "system" follows the desktop."""
    if mode in (LIGHT, DARK):
        return mode
    return system_scheme()


def current_scheme() -> str:
    return _state["scheme"]


def is_dark() -> bool:
    return _state["scheme"] == DARK


def palette(scheme: str) -> QPalette:
    result = QPalette()
    index = 0 if scheme == LIGHT else 1
    for role, *colours in _PALETTE:
        result.setColor(role, QColor(colours[index]))
    disabled = QColor(_DISABLED[scheme])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.PlaceholderText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply_theme(mode: str = "system") -> str:
    """Sets Fusion, the palette of ``mode`` and the style sheet; returns the scheme used."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "apply_theme needs the QApplication"
    mode = mode if mode in MODES else "system"
    scheme = resolve(mode)
    _state["mode"], _state["scheme"] = mode, scheme
    if not isinstance(app.style(), ThemeStyle):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(ThemeStyle(fusion))
    app.setPalette(palette(scheme))
    app.setStyleSheet(_STYLE[scheme])
    _follow_system(mode)
    notifier().changed.emit(scheme)
    return scheme


_followed: dict[str, bool] = {"connected": False}


def _follow_system(mode: str) -> None:
    if _followed["connected"]:
        return
    _followed["connected"] = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)


def _system_changed(_scheme: Qt.ColorScheme) -> None:
    if _state["mode"] == "system" and resolve("system") != _state["scheme"]:
        apply_theme("system")


def colour(role: str) -> str:
    """The colour of a named role in the theme now in use, as #rrggbb."""
    light, dark = ROLES[role]
    return dark if is_dark() else light


def qcolor(role: str) -> QColor:
    return QColor(colour(role))


_BACKGROUNDS = ("surface", "graph", "dialogue")
_HEX = re.compile(r"(background(?:-color)?\s*:\s*)?(#[0-9a-fA-F]{6})\b")


def _literal_maps() -> tuple[dict[str, str], dict[str, str]]:
    """light literal → dark colour, for backgrounds and for everything else (white is a
    background in one place and text on an accent colour in another)."""
    def table(prefer_backgrounds: bool) -> dict[str, str]:
        ordered = sorted(ROLES.items(),
                         key=lambda item: item[0].startswith(_BACKGROUNDS) != prefer_backgrounds)
        result: dict[str, str] = {}
        for _role, (light, dark) in ordered:
            result.setdefault(light.lower(), dark)
        return result

    backgrounds, others = table(True), table(False)
    return backgrounds, others


def themed(text: str) -> str:
    """A style sheet or HTML snippet written with light literals, in the current theme."""
    if not is_dark():
        return text
    backgrounds, others = _literal_maps()

    def swap(found: re.Match[str]) -> str:
        prefix, literal = found.group(1) or "", found.group(2).lower()
        table = backgrounds if prefix else others
        return prefix + table.get(literal, found.group(2))

    return _HEX.sub(swap, text)


def themed_color(light: QColor) -> QColor:
    """A colour written as the light theme's literal, in the current theme."""
    return QColor(themed(light.name()))
