"""The interactive scenario map: nodes as boxes named by their text, choices as curved arrows.

Click a node to edit it, drag nodes about (positions are kept in the user's settings; the file
stores none), Ctrl+wheel or the buttons to zoom, 适合窗口 to see everything. Dead ends,
unreachable steps and other problems are red with a warning sign and say why in a tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from courseware import model as m
from ui.editors.scenario import positions
from ui.editors.scenario.layout import MapLayout, edges_of, layered_layout
from ui.editors.scenario.map_items import EdgeItem, NodeItem, node_kind
from ui.editors.scenario.problems import NodeIssue, node_issues
from ui.i18n import tr

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.15, 3.0

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


class ScenarioMap(QGraphicsView):
    """The map. ``node_selected`` tells the editor which node the trainer clicked."""

    node_selected = Signal(str)
    node_opened = Signal(str)  # a step double-clicked: edit its text
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
        self._follow_size = True  # the map is fitted again when resized, until zoomed by hand
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
        before = self.sceneRect()
        self._update_scene_rect()
        self._quiet = False
        if self.isVisible() and (not self._fitted
                                 or (self._follow_size and self.sceneRect() != before)):
            self.fit()  # a step added or removed: still all in view
        if selected:
            self.select(selected)

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
        self._follow_size = False
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
        self._fitted = self._follow_size = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._fitted:
            self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._fitted or self._follow_size:
            self.fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._unsaved and self.memory_key:
            positions.save(self.memory_key)  # once per drag, not per pixel
        self._unsaved = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._node_at(event.position().toPoint())
        if item is not None:
            self.node_opened.emit(item.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _node_at(self, where: QPoint) -> NodeItem | None:
        item = self.itemAt(where)
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._node_at(event.pos())
        if item is not None:
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
