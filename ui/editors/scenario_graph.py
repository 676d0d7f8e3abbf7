"""The interactive scenario map: nodes as boxes named by their text, choices as curved arrows.

Click a node to edit it, drag nodes about (positions are kept in the user's settings; the file
stores none), Ctrl+wheel or the buttons to zoom, 适合窗口 to see everything. Dead ends,
unreachable steps and other problems are red with a warning sign and say why in a tooltip.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from courseware import model as m
from ui.editors.scenario import positions
from ui.editors.scenario.labels import node_marker, summary
from ui.editors.scenario.layout import (
    NODE_H,
    NODE_W,
    MapLayout,
    Point,
    edges_of,
    layered_layout,
)
from ui.editors.scenario.problems import NodeIssue, node_issues
from ui.i18n import tr

COLOURS = {"normal": "#eaf1fb", "start": "#fff1c7", "ending": "#e3f3e3", "problem": "#fde2e2"}
BORDER = {"normal": "#6b7f99", "start": "#b8860b", "ending": "#3f8f4f", "problem": "#b03030"}
EDGE_COLOUR = "#4a5a70"
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.15, 3.0
FONT_SCALE = 1.2

# the last layouts by graph shape: typing text does not change the shape, so no new layout
_layouts: dict[tuple[object, ...], MapLayout] = {}


def cached_layout(question: m.ScenarioQuestion) -> MapLayout:
    shape = (question.start, tuple(node.id for node in question.nodes),
             tuple(edges_of(question)))
    if shape not in _layouts:
        if len(_layouts) > 64:
            _layouts.clear()
        _layouts[shape] = layered_layout(question)
    return _layouts[shape]


def node_kind(question: m.ScenarioQuestion, node: m.ScenarioNode,
              issues: dict[str, list[NodeIssue]]) -> str:
    if node.id in issues:
        return "problem"
    if node.id == question.start:
        return "start"
    return "ending" if node.ending is not None else "normal"


class NodeItem(QGraphicsObject):
    """One step of the scenario: its marker (开始 / 结局 80%) and the start of its text."""

    moved = Signal()

    def __init__(self, question: m.ScenarioQuestion, node: m.ScenarioNode, kind: str,
                 issues: list[NodeIssue]) -> None:
        super().__init__()
        self.node_id, self.kind, self.issues = node.id, kind, issues
        self.marker = node_marker(question, node)
        self.text = " ".join(node.text.split()) or tr("sb.untitled")
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)  # boxes above the arrows that pass them
        tip = [summary(node.text, 120)] + [issue.explanation for issue in issues]
        self.setToolTip("\n\n".join(tip))

    def boundingRect(self) -> QRectF:
        return QRectF(-NODE_W / 2 - 2, -NODE_H / 2 - 2, NODE_W + 4, NODE_H + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
        selected = self.isSelected()
        pen = QPen(QColor("#1f5fbf" if selected else BORDER[self.kind]), 3 if selected else 1.4)
        if self.kind == "problem":
            pen.setStyle(Qt.PenStyle.DashLine if not selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(COLOURS[self.kind])))
        painter.drawRoundedRect(box, 8, 8)
        inner = box.adjusted(8, 4, -8, -4)
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)  # readable when the map is fitted
        if self.marker:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(BORDER[self.kind] if self.kind != "normal" else "#333"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.marker)
            inner.setTop(inner.top() + QFontMetricsF(bold).height())
        if self.issues:
            _warning_sign(painter, QPointF(box.right() - 12, box.top() + 12))
        painter.setFont(font)
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         _elided_lines(font, self.text, inner.width(),
                                       1 if self.marker else 2))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.moved.emit()
        return super().itemChange(change, value)


class EdgeItem(QGraphicsPathItem):
    """The choices from one node to another, as a curve through the layout's bend points."""

    def __init__(self, source: NodeItem, target: NodeItem, bends: list[Point],
                 choice_texts: list[str]) -> None:
        super().__init__()
        self.source, self.target, self.bends = source, target, bends
        self.choice_texts = choice_texts
        self.setPen(QPen(QColor(EDGE_COLOUR), 1.3))
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setToolTip("\n".join(f"• {text}" for text in choice_texts))
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setText(" / ".join(summary(text, 14) for text in choice_texts))
        self.label.setBrush(QBrush(QColor("#24364f")))
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.label.setFont(font)
        self.label.setVisible(False)
        self.head = QPolygonF()
        self.update_path()

    def update_path(self) -> None:
        self.prepareGeometryChange()
        start, end = self.source.pos(), self.target.pos()
        inner = [QPointF(x, y) for x, y in self.bends] if not self._moved() else []
        points = [_box_exit(start, inner[0] if inner else end), *inner,
                  _box_exit(end, inner[-1] if inner else start)]
        if self.source is self.target:
            points = _self_loop(start)
        path = _smooth(points)
        self.setPath(path)
        self.head = _arrow_head(points[-2], points[-1])
        middle = path.pointAtPercent(0.5)
        self.label.setPos(middle + QPointF(4, -8))

    def _moved(self) -> bool:
        return getattr(self.source, "dragged", False) or getattr(self.target, "dragged", False)

    def highlight(self, on: bool) -> None:
        """The selected step's choices stand out (their text shows on hover)."""
        self.setPen(QPen(QColor("#1f5fbf" if on else EDGE_COLOUR), 2.2 if on else 1.3))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.label.setVisible(True)
        self.setZValue(3)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.label.setVisible(False)
        self.setZValue(1)
        super().hoverLeaveEvent(event)

    def shape(self) -> QPainterPath:
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easy to hover
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.head.boundingRect()).adjusted(-6, -6, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setBrush(QBrush(self.pen().color()))
        painter.drawPolygon(self.head)


class ScenarioMap(QGraphicsView):
    """The map. ``node_selected`` tells the editor which node the trainer clicked."""

    node_selected = Signal(str)
    menu_requested = Signal(str, QPoint)  # a step right-clicked, where (global)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scenario-map")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 30,
                            self.fontMetrics().lineSpacing() * 12)
        self.question: m.ScenarioQuestion | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.issues: dict[str, list[NodeIssue]] = {}
        self.layout_used = MapLayout()
        self._fitted = False
        self._quiet = False
        self._unsaved = False
        self.memory_key: str | None = None  # where dragged positions are kept (settings)
        self.scene().selectionChanged.connect(self._selection_changed)

    # -- drawing

    def show_question(self, question: m.ScenarioQuestion) -> None:
        selected = self.selected_id()
        self._quiet = True
        self.question, self.nodes, self.edges = question, {}, []  # before the items go
        self.scene().clear()
        self.issues = node_issues(question)
        self.layout_used = cached_layout(question)
        dragged = positions.remembered(self.memory_key or question.id)
        for node in question.nodes:
            if node.id in self.nodes:
                continue  # a repeated id is reported as a problem; draw it once
            item = NodeItem(question, node, node_kind(question, node, self.issues),
                            self.issues.get(node.id, []))
            item.dragged = node.id in dragged  # type: ignore[attr-defined]
            item.setPos(QPointF(*dragged.get(node.id, self.layout_used.positions[node.id])))
            item.moved.connect(lambda item=item: self._node_moved(item))
            self.scene().addItem(item)
            self.nodes[node.id] = item
        self._add_edges(question)
        self._update_scene_rect()
        self._quiet = False
        if selected:
            self.select(selected)
        if not self._fitted and self.isVisible():
            self.fit()

    def _add_edges(self, question: m.ScenarioQuestion) -> None:
        texts: dict[tuple[str, str], list[str]] = {}
        for node in question.nodes:
            for choice in node.choices:
                if node.id in self.nodes and choice.next in self.nodes:
                    texts.setdefault((node.id, choice.next), []).append(
                        choice.text or tr("sb.choice_untitled"))
        for (source, target), choice_texts in texts.items():
            edge = EdgeItem(self.nodes[source], self.nodes[target],
                            self.layout_used.bends.get((source, target), []), choice_texts)
            self.scene().addItem(edge)
            self.edges.append(edge)

    def _node_moved(self, item: NodeItem) -> None:
        if self._quiet or self.question is None:
            return
        item.dragged = True  # type: ignore[attr-defined]
        positions.remembered(self.memory_key or self.question.id)[item.node_id] = (
            item.x(), item.y())
        self._unsaved = True
        for edge in self.edges:
            if item in (edge.source, edge.target):
                edge.update_path()
        self._update_scene_rect()

    def relayout(self) -> None:
        """Forget dragged positions and lay the map out afresh."""
        if self.question is not None:
            positions.forget(self.memory_key or self.question.id)
            self.show_question(self.question)
            self.fit()

    def _update_scene_rect(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
        self.setSceneRect(rect)

    # -- selection

    def selected_id(self) -> str | None:
        for item in self.scene().selectedItems():
            if isinstance(item, NodeItem):
                return item.node_id
        return None

    def select(self, node_id: str | None) -> None:
        """Highlight a node chosen elsewhere (the list, the form) and bring it into view."""
        self._quiet = True
        self.scene().clearSelection()
        item = self.nodes.get(node_id or "")
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item, 30, 30)
        self._show_selected_labels()
        self._quiet = False

    def _selection_changed(self) -> None:
        self._show_selected_labels()
        node_id = self.selected_id()
        if node_id is not None and not self._quiet:
            self.node_selected.emit(node_id)

    def _show_selected_labels(self) -> None:
        for edge in self.edges:
            edge.highlight(edge.source.isSelected())

    # -- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, ZOOM_MIN), ZOOM_MAX)
        self.scale(target / self.zoom(), target / self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Everything in view (never larger than 100 %)."""
        rect = self.sceneRect()
        viewport = self.viewport().size()
        if rect.isEmpty() or viewport.width() < 10 or viewport.height() < 10:
            return
        scale = min(1.0, viewport.width() / rect.width(), viewport.height() / rect.height())
        self.resetTransform()
        self.scale(max(scale, ZOOM_MIN), max(scale, ZOOM_MIN))
        self.centerOn(rect.center())
        self._fitted = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._fitted:
            self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._fitted or self.zoom() < 1.0:
            self.fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._unsaved and self.memory_key:
            positions.save(self.memory_key)  # once per drag, not per pixel
        self._unsaved = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        if isinstance(item, NodeItem):
            self.menu_requested.emit(item.node_id, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


# -- drawing helpers

def _elided_lines(font: QFont, text: str, width: float, lines: int) -> str:
    """The text wrapped into at most ``lines`` lines of ``width``, the last one elided."""
    metrics = QFontMetricsF(font)
    result: list[str] = []
    rest = text
    while rest and len(result) < lines - 1:
        cut = len(rest)
        while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        result.append(rest[:cut])
        rest = rest[cut:].lstrip()
    if rest:
        result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(result)


def _warning_sign(painter: QPainter, centre: QPointF) -> None:
    """A red disc with a white "!" (drawn, so no font needs a warning glyph)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#c62828")))
    painter.drawEllipse(centre, 8, 8)
    painter.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(centre + QPointF(0, -4.5), centre + QPointF(0, 1.2))
    painter.drawPoint(centre + QPointF(0, 4.5))
    painter.restore()


def _box_exit(centre: QPointF, toward: QPointF) -> QPointF:
    """Where the line from a box's centre toward a point leaves the box."""
    dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(NODE_W / 2 / abs(dx) if dx else math.inf,
                NODE_H / 2 / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def _smooth(points: list[QPointF]) -> QPainterPath:
    """A curve through the points (Catmull-Rom turned into cubic Béziers)."""
    path = QPainterPath(points[0])
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for i in range(len(points) - 1):
        before = points[i - 1] if i else points[i]
        after = points[i + 2] if i + 2 < len(points) else points[i + 1]
        c1 = points[i] + (points[i + 1] - before) / 6
        c2 = points[i + 1] - (after - points[i]) / 6
        path.cubicTo(c1, c2, points[i + 1])
    return path


def _self_loop(centre: QPointF) -> list[QPointF]:
    right = centre.x() + NODE_W / 2
    return [QPointF(right, centre.y() - 10), QPointF(right + 30, centre.y() - 24),
            QPointF(right + 30, centre.y() + 24), QPointF(right, centre.y() + 10)]


def _arrow_head(before: QPointF, tip: QPointF, size: float = 9.0) -> QPolygonF:
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    left = tip - QPointF(math.cos(angle - 0.45) * size, math.sin(angle - 0.45) * size)
    right = tip - QPointF(math.cos(angle + 0.45) * size, math.sin(angle + 0.45) * size)
    return QPolygonF([tip, left, right])
