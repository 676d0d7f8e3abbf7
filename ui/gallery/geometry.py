"""Where widgets sit: outside their window, on top of a sibling, scrolled sideways."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QMainWindow,
    QRubberBand,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QStackedWidget,
    QWidget,
)

OVERLAP = 3  # px in both directions before two siblings count as overlapping
VIEWPORT = "qt_scrollarea_viewport"


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (may legitimately lie outside the window)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == VIEWPORT:
            return True
        parent = parent.parentWidget()
    return False


def outside_window(widget: QWidget, window: QWidget) -> str | None:
    if widget is window or widget.isWindow() or scrolled(widget, window):
        return None
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    bounds = window.rect().adjusted(-1, -1, 1, 1)
    if rect.isEmpty() or bounds.contains(rect):
        return None
    return (f"at {rect.x()},{rect.y()} {rect.width()}×{rect.height()} in a "
            f"{window.width()}×{window.height()} window")


def outside_screen(window: QWidget) -> str | None:
    screen = window.screen()
    if screen is None:
        return None
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > available.width() + 1 or frame.height() > available.height() + 1:
        return (f"{frame.width()}×{frame.height()} does not fit the "
                f"{available.width()}×{available.height()} screen")
    return None


def _laid_out_child(child: QWidget) -> bool:
    return (child.isVisible() and not child.isWindow() and not child.geometry().isEmpty()
            and not child.objectName().startswith("qt_")
            and not isinstance(child, QScrollBar | QSizeGrip | QRubberBand | QSplitterHandle))


def overlapping_children(parent: QWidget) -> list[tuple[QWidget, QWidget, QRect]]:
    """Pairs of visible children of ``parent`` drawn over each other."""
    if isinstance(parent, QStackedWidget | QAbstractScrollArea | QMainWindow):
        return []  # pages share one place; scroll bars and docks are Qt's own
    direct = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    children = [child for child in direct if _laid_out_child(child)]
    found = []
    for first, second in combinations(children, 2):
        common = first.geometry().intersected(second.geometry())
        if common.width() > OVERLAP and common.height() > OVERLAP:
            found.append((first, second, common))
    return found


def sideways(area: QAbstractScrollArea) -> str | None:
    """A horizontal scroll bar shown, or content wider than a view that cannot scroll."""
    if area.horizontalScrollBar().isVisible():
        return f"horizontal scroll bar shown (range {area.horizontalScrollBar().maximum()} px)"
    content_widget = area.widget() if isinstance(area, QScrollArea) else None
    if content_widget is not None:
        content, view = content_widget.width(), area.viewport().width()
        if content > view + 1:
            return f"content {content} px wide in a {view} px view"
    return None
