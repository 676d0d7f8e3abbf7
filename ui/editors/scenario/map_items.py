"""What the scenario map draws: a step as a box (marker, start of its text, a warning sign
when something needs doing) and the choices between two steps as one curved arrow."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from courseware import model as m
from ui.editors.scenario.labels import node_marker, summary
from ui.editors.scenario.layout import NODE_H, NODE_W, Point
from ui.editors.scenario.problems import NodeIssue
from ui.i18n import tr
from ui.theme import qcolor

# theme roles (ui.theme): light and dark colours for each kind of step
COLOURS = {"normal": "graph.normal", "start": "graph.start", "ending": "graph.ending",
           "problem": "graph.problem"}
BORDER = {"normal": "graph.border", "start": "graph.border.start",
          "ending": "graph.border.ending", "problem": "graph.border.problem"}
EDGE_COLOUR = "graph.edge"
FONT_SCALE = 1.2


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
        pen = QPen(qcolor("graph.selected" if selected else BORDER[self.kind]),
                   3 if selected else 1.4)
        if self.kind == "problem":
            pen.setStyle(Qt.PenStyle.DashLine if not selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(qcolor(COLOURS[self.kind])))
        painter.drawRoundedRect(box, 8, 8)
        inner = box.adjusted(8, 4, -8, -4)
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)  # readable when the map is fitted
        if self.marker:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(qcolor(BORDER[self.kind] if self.kind != "normal" else "graph.marker"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.marker)
            inner.setTop(inner.top() + QFontMetricsF(bold).height())
        if self.issues:
            _warning_sign(painter, QPointF(box.right() - 12, box.top() + 12))
        painter.setFont(font)
        painter.setPen(qcolor("graph.text"))
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
        self.setPen(QPen(qcolor(EDGE_COLOUR), 1.3))
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setToolTip("\n".join(f"• {text}" for text in choice_texts))
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setText(" / ".join(summary(text, 14) for text in choice_texts))
        self.label.setBrush(QBrush(qcolor("graph.label")))
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
        self.setPen(QPen(qcolor("graph.selected" if on else EDGE_COLOUR), 2.2 if on else 1.3))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.label.setVisible(True)
        self.setZValue(3)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.label.setVisible(False)
        self.setZValue(1)
        super().hoverLeaveEvent(event)

    def shape(self) -> QPainterPath:
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
    painter.setBrush(QBrush(qcolor("graph.warning")))
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
