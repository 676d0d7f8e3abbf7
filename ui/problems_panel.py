"""The problems panel: a list of validation problems; activating one asks to jump there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.live_validation import LocatedProblem


class ProblemsPanel(QWidget):
    problem_activated = Signal(object)  # LocatedProblem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems-panel")
        self.summary = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("problems-list")
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.addWidget(self.summary)
        self.column.addWidget(self.list)
        self._problems: list[LocatedProblem] = []
        self.retranslate()

    def preferred_height(self) -> int:
        """Room for the summary, the header and a few rows (more while there are problems)."""
        rows = min(max(len(self._problems), 2), 6)
        row_height = max(self.fontMetrics().lineSpacing() + 4, self.list.sizeHintForRow(0))
        margins = self.column.contentsMargins()
        return (self.summary.sizeHint().height() + self.list.header().sizeHint().height()
                + rows * row_height + 2 * self.list.frameWidth() + self.column.spacing()
                + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height())

    def retranslate(self) -> None:
        self.list.setHeaderLabels([tr("problems.message"), tr("problems.location")])
        self.list.setAccessibleName(tr("problems.title"))
        self._update_summary()

    def show_problems(self, problems: list[LocatedProblem]) -> None:
        self._problems = problems
        self.list.clear()
        style = QApplication.style()
        icons = {False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for problem in problems:
            text = problem.problem.message
            if problem.problem.hint:
                text += f"（{problem.problem.hint}）"
            location = problem.problem.path
            if problem.problem.line:
                location += f":{problem.problem.line}"
            item = QTreeWidgetItem([text, location])
            item.setIcon(0, icons[problem.warning])
            item.setToolTip(0, str(problem))
            item.setData(0, Qt.ItemDataRole.UserRole, self.list.topLevelItemCount())
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(1)
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self._problems)
        self.summary.setText(tr("problems.count", count=count) if count else tr("problems.none"))

    @property
    def problems(self) -> list[LocatedProblem]:
        return list(self._problems)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and 0 <= row < len(self._problems):
            self.problem_activated.emit(self._problems[row])
