"""Problem badges: a compact count in the status bar (click it for the list) and a small
count on each course-tree node that has problems, rolled up to its quiz, module and course."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from ui.i18n import tr
from ui.live_validation import LocatedProblem
from ui.tree_nodes import TreeNode, walk

ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#b26a00")
Index = QModelIndex | QPersistentModelIndex


class ProblemBadge(QToolButton):
    """"⚠ 3 个问题" in the status bar; clicking it shows or hides the problems panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems-badge")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self.errors = self.warnings = 0
        self.show_counts([])

    def show_counts(self, problems: Iterable[LocatedProblem]) -> None:
        problems = list(problems)
        self.errors = sum(1 for p in problems if not p.warning)
        self.warnings = len(problems) - self.errors
        self.retranslate()

    def retranslate(self) -> None:
        count = self.errors + self.warnings
        style = QApplication.style()
        if count:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if self.errors
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.setIcon(style.standardIcon(pixmap))
            self.setText(tr("problems.badge", count=count))
        else:
            self.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.setText(tr("problems.badge_none"))
        tip = tr("problems.badge_tip")
        if count:
            tip = tr("problems.badge_breakdown", errors=self.errors,
                     warnings=self.warnings) + "\n" + tip
        self.setToolTip(tip)
        self.setAccessibleName(self.text())


def rolled_up_counts(root: TreeNode | None,
                     problems: Iterable[LocatedProblem]) -> dict[int, tuple[int, bool]]:
    """id(object) → (problems on it and everything under it, whether any is an error)."""
    own: dict[int, tuple[int, bool]] = {}
    for problem in problems:
        count, error = own.get(id(problem.target), (0, False))
        own[id(problem.target)] = (count + 1, error or not problem.warning)
    if root is None:
        return {}
    totals: dict[int, tuple[int, bool]] = {}
    for node in reversed(list(walk(root))):  # children before their parents
        count, error = own.get(id(node.obj), (0, False))
        for child in node.children:
            child_count, child_error = totals.get(id(child.obj), (0, False))
            count, error = count + child_count, error or child_error
        if count:
            totals[id(node.obj)] = (count, error)
    return totals


class TreeBadgeDelegate(QStyledItemDelegate):
    """Paints a node as usual, with a small red (errors) or amber (warnings) count at its right
    edge; the label is shortened to make room, never overlapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, tuple[int, bool]] = {}

    def badge_for(self, index: Index) -> tuple[int, bool] | None:
        node = _node(index)
        return self.counts.get(id(node.obj)) if node is not None else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badge = self.badge_for(index)
        if badge is None:
            super().paint(painter, option, index)
            return
        text = str(badge[0])
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(text) + metrics.height()
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = rect.adjusted(0, 0, -width - 4, 0)  # type: ignore[attr-defined]
        super().paint(painter, shrunk, index)
        pill = QRect(rect.right() - width - 2, rect.top() + 2, width, rect.height() - 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ERROR_COLOUR if badge[1] else WARNING_COLOUR)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def helpEvent(self, event: object, view: object, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        badge = self.badge_for(index)
        if badge is not None and hasattr(event, "globalPos"):
            from PySide6.QtWidgets import QToolTip

            QToolTip.showText(event.globalPos(), tr("problems.tree_tip", count=badge[0]),
                              view)  # type: ignore[arg-type]
            return True
        return super().helpEvent(event, view, option, index)  # type: ignore[arg-type]


def _node(index: Index) -> TreeNode | None:
    model = index.model()
    node_of = getattr(model, "node", None)
    return node_of(index) if callable(node_of) and index.isValid() else None
