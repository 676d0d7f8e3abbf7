"""A picture of a branching scenario: nodes as boxes, choices as arrows, problems in red."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
)

from courseware import model as m
from courseware.i18n import tr as domain_tr
from courseware.validation import scenario_problems
from ui.theme import themed

NODE_WIDTH, NODE_HEIGHT, GAP_X, GAP_Y = 180.0, 80.0, 80.0, 28.0
COLOURS = {"normal": "#eaf1fb", "ending": "#e6f4e6", "problem": "#fde2e2", "start": "#fff4d6"}


def node_problems(question: m.ScenarioQuestion) -> dict[str, list[str]]:
    """Node id → messages (the domain's scenario checks, in the interface language)."""
    found: dict[str, list[str]] = {}
    for key, node, values in scenario_problems(question):
        if node is not None:
            found.setdefault(node.id, []).append(domain_tr(key, **values))
    return found


def layered_positions(question: m.ScenarioQuestion) -> dict[str, tuple[int, int]]:
    """(column, row) per node: breadth-first depth from the start; unreachable ones last."""
    by_id = {node.id: node for node in question.nodes}
    depth: dict[str, int] = {}
    queue = [question.start] if question.start in by_id else []
    if queue:
        depth[question.start] = 0
    while queue:
        current = queue.pop(0)
        for choice in by_id[current].choices:
            if choice.next in by_id and choice.next not in depth:
                depth[choice.next] = depth[current] + 1
                queue.append(choice.next)
    last = max(depth.values(), default=-1) + 1
    rows: dict[int, int] = {}
    positions = {}
    for node in question.nodes:
        column = depth.get(node.id, last)
        positions[node.id] = (column, rows.get(column, 0))
        rows[column] = rows.get(column, 0) + 1
    return positions


class NodeBox(QGraphicsRectItem):
    def __init__(self, node: m.ScenarioNode, colour: str, tooltip: str) -> None:
        super().__init__(0, 0, NODE_WIDTH, NODE_HEIGHT)
        self.node_id = node.id
        self.setBrush(QBrush(QColor(themed(colour))))
        border = "#a33a3a" if colour == COLOURS["problem"] else "#6b7f99"
        self.setPen(QPen(QColor(themed(border)), 1.5))
        self.setToolTip(tooltip)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.setZValue(1)  # boxes above the arrows that pass them
        label = QGraphicsTextItem(self)
        self.label = label  # keep the Python wrapper alive, or the text is never drawn
        summary = node.text.strip().splitlines()[0] if node.text.strip() else ""
        summary = summary if len(summary) <= 22 else summary[:21] + "…"
        label.setPlainText(f"{node.id}\n{summary}")
        label.setTextWidth(NODE_WIDTH - 8)
        label.setPos(4, 2)


class ScenarioGraphView(QGraphicsView):
    node_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.problem_ids: set[str] = set()
        self.scene().selectionChanged.connect(self._selection_changed)

    def show_question(self, question: m.ScenarioQuestion) -> None:
        scene = self.scene()
        scene.clear()
        problems = node_problems(question)
        self.problem_ids = set(problems)
        boxes: dict[str, NodeBox] = {}
        for node_id, (column, row) in layered_positions(question).items():
            node = question.node(node_id)
            assert node is not None
            box = NodeBox(node, self._colour(question, node, problems),
                          "\n".join(problems.get(node_id, [])) or node.text)
            box.setPos(column * (NODE_WIDTH + GAP_X), row * (NODE_HEIGHT + GAP_Y))
            scene.addItem(box)
            boxes.setdefault(node_id, box)
        for node in question.nodes:
            for choice in node.choices:
                if node.id in boxes and choice.next in boxes:
                    self._arrow(boxes[node.id], boxes[choice.next])
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fit_whole_map()

    def fit_whole_map(self) -> None:
        """Shrink (never enlarge) the map so that every node is in view."""
        rect = self.sceneRect()
        viewport = self.viewport().size()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(1.0, viewport.width() / rect.width(), viewport.height() / rect.height())
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_whole_map()

    @staticmethod
    def _colour(question: m.ScenarioQuestion, node: m.ScenarioNode,
                problems: dict[str, list[str]]) -> str:
        if node.id in problems:
            return COLOURS["problem"]
        if node.ending is not None:
            return COLOURS["ending"]
        return COLOURS["start"] if node.id == question.start else COLOURS["normal"]

    def _arrow(self, source: NodeBox, target: NodeBox) -> None:
        start = source.sceneBoundingRect()
        end = target.sceneBoundingRect()
        if source is target:
            return
        line = QLineF(_edge_point(start, end.center()), _edge_point(end, start.center()))
        pen = QPen(QColor(themed("#44546a")), 1.2)
        self.scene().addLine(line, pen)
        angle = math.atan2(-line.dy(), line.dx())
        size = 9.0
        tip = line.p2()
        left = tip - QPointF(math.sin(angle + math.pi / 3) * size,
                             math.cos(angle + math.pi / 3) * size)
        right = tip - QPointF(math.sin(angle + math.pi - math.pi / 3) * size,
                              math.cos(angle + math.pi - math.pi / 3) * size)
        self.scene().addPolygon(QPolygonF([tip, left, right]), pen, QBrush(pen.color()))

    def _selection_changed(self) -> None:
        selected = [item for item in self.scene().selectedItems() if isinstance(item, NodeBox)]
        if selected:
            self.node_clicked.emit(selected[0].node_id)


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the box centre toward a point leaves the box."""
    centre = rect.center()
    dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(rect.width() / 2 / abs(dx) if dx else math.inf,
                rect.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


