"""The app's one icon set: Lucide SVGs bundled in ui/icons/ (ISC licence, see its README).

Every action gets its icon from here, by the Lucide name::

    from ui.icons import icon
    action.setIcon(icon("save"))

Add a new icon by copying its SVG from the same ``lucide-static`` version into ui/icons/
(and nothing else). The SVGs draw with ``currentColor``; an icon is drawn in the palette's
text colour for its state (normal, disabled, and the highlighted text colour when selected,
so a selected tree item's icon stays visible in the highlight) at the requested size and
device pixel ratio, so it is sharp at 100–200 % and follows a theme change. Rendered pixmaps
are cached per name, size, ratio and colour.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent / "icons"

_MODE_ROLES = {
    QIcon.Mode.Normal: (QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
    QIcon.Mode.Active: (QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
    QIcon.Mode.Disabled: (QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    QIcon.Mode.Selected: (QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
}


def available(name: str) -> bool:
    return (ICON_DIR / f"{name}.svg").is_file()


@cache
def _svg(name: str) -> str:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {ICON_DIR}")
    return path.read_text(encoding="utf-8")


def mode_colour(mode: QIcon.Mode) -> QColor:
    group, role = _MODE_ROLES.get(mode, _MODE_ROLES[QIcon.Mode.Normal])
    return QGuiApplication.palette().color(group, role)


@lru_cache(maxsize=2048)
def render(name: str, width: int, height: int, ratio: float, colour: str) -> QPixmap:
    """The icon drawn in ``colour`` on a transparent pixmap of width×height logical pixels."""
    svg = _svg(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(max(round(width * ratio), 1), max(round(height * ratio), 1))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(pixmap.width(), pixmap.height())
    renderer.render(painter, QRect((pixmap.width() - side) // 2, (pixmap.height() - side) // 2,
                                   side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class SvgIconEngine(QIconEngine):
    """Draws one Lucide icon in the palette's colour for the mode, at any size and ratio."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        return render(self.name, size.width(), size.height(), max(scale, 1.0),
                      mode_colour(mode).name())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "courseware-svg"

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return False


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (a Lucide name, e.g. "save"); KeyError if it is not bundled."""
    found = _icons.get(name)
    if found is None:
        _svg(name)  # fail early and clearly on a name that is not bundled
        found = QIcon(SvgIconEngine(name))
        _icons[name] = found
    return found
