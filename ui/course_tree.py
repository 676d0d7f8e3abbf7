"""A Qt item model adapting the course structure (course → modules → items → questions).

Drag and drop moves go through :class:`ui.commands.MoveCommand`, so they are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from courseware import model as m
from ui.commands import MoveCommand
from ui.document import CourseDocument
from ui.i18n import tr
from ui.icons import icon
from ui.labels import question_label
from ui.tree_nodes import NodeKind, TreeNode, accepts, build_tree, list_attr_for, walk

NODE_MIME_TYPE = "application/x-courseware-node"
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

_ICONS = {  # Lucide names (ui.icons): drawn in the highlighted text colour when selected
    NodeKind.COURSE: "graduation-cap",
    NodeKind.MODULE: "folder",
    NodeKind.LESSON: "book-open",
    NodeKind.CASE: "briefcase",
    NodeKind.QUIZ: "list-checks",
    NodeKind.QUESTION: "circle-help",
}


def node_label(node: TreeNode) -> str:
    obj = node.obj
    if node.kind is NodeKind.QUESTION:
        assert isinstance(obj, m.Question)
        return question_label(obj)
    title = getattr(obj, "title", "") or getattr(obj, "id", "")
    if node.attr == "introduction":
        return tr("tree.introduction", title=title)
    if node.attr == "final_exam":
        return tr("tree.final_exam", title=title)
    return title


class CourseTreeModel(QAbstractItemModel):
    def __init__(self, document: CourseDocument) -> None:
        super().__init__(document)
        self.document = document
        self._nodes: dict[int, TreeNode] = {}
        self.problem_counts: dict[int, tuple[int, bool]] = {}  # set by the problems controller
        self.root = self._rebuild()
        document.structure_changed.connect(self.reload)
        document.changed.connect(self._object_changed)

    # -- building

    def _rebuild(self) -> TreeNode:
        root = build_tree(self.document.course)
        self._nodes = {id(node): node for node in walk(root)}
        return root

    def reload(self) -> None:
        self.beginResetModel()
        self.root = self._rebuild()
        self.endResetModel()

    def _object_changed(self, obj: object) -> None:
        for node in self._nodes.values():
            if node.obj is obj:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)

    # -- lookups

    def node(self, index: Index) -> TreeNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def node_for(self, obj: object) -> TreeNode | None:
        return next((n for n in self._nodes.values() if n.obj is obj), None)

    def index_of(self, node: TreeNode) -> QModelIndex:
        if node.parent is None:
            return self.createIndex(0, 0, id(node))
        return self.createIndex(node.row, 0, id(node))

    def index_for(self, obj: object) -> QModelIndex:
        node = self.node_for(obj)
        return self.index_of(node) if node else QModelIndex()

    # -- QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if column != 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, id(self.root)) if row == 0 else QModelIndex()
        parent_node = self.node(parent)
        if parent_node is None or not 0 <= row < len(parent_node.children):
            return QModelIndex()
        return self.createIndex(row, 0, id(parent_node.children[row]))

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if not parent.isValid():
            return 1
        node = self.node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and id(node.obj) in self.problem_counts:
            count = self.problem_counts[id(node.obj)][0]
            return f"{node_label(node)} {tr('problems.tree_tip', count=count)}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node_label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(node.obj, "id", "")
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_ICONS[node.kind])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr("tree.header")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node is None:
            return base
        if node.in_list:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind in (NodeKind.COURSE, NodeKind.MODULE, NodeKind.QUIZ):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    # -- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        nodes = [n for n in (self.node(i) for i in indexes) if n is not None]
        if nodes:
            data.setData(NODE_MIME_TYPE, QByteArray(str(id(nodes[0])).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._drop_target(data, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        found = self._drop_target(data, parent)
        if found is None:
            return False
        dragged, target = found
        self.move_node(dragged, target, row)
        return False  # the move is done (by a command); the view must not remove rows itself

    def _drop_target(self, data: QMimeData, parent: Index) -> tuple[TreeNode, TreeNode] | None:
        if not data.hasFormat(NODE_MIME_TYPE):
            return None
        try:
            dragged = self._nodes.get(int(bytes(data.data(NODE_MIME_TYPE).data()).decode()))
        except ValueError:
            return None
        target = self.node(parent)
        if dragged is None or target is None or not accepts(target, dragged):
            return None
        return dragged, target

    def move_node(self, dragged: TreeNode, target: TreeNode, row: int) -> None:
        """Move ``dragged`` into ``target`` before ``row`` (-1: at the end), undoably."""
        attr = list_attr_for(target)
        items = getattr(target.obj, attr)
        row = len(items) if row < 0 else min(row, len(items))
        if dragged.owner is target.obj and dragged.row < row:
            row -= 1
        if dragged.owner is target.obj and dragged.row == row:
            return
        self.document.push(MoveCommand(
            self.document, dragged.obj, (dragged.owner, dragged.attr),
            (target.obj, attr, row), tr("undo.move", name=node_label(dragged))))
