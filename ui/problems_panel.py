"""The problems panel: a list of validation problems; activating one asks to jump there.

Below them, a 质量建议 group holds the item-review findings (:mod:`courseware.review`): advice
that never counts as a problem; activating one selects its question or quiz."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware.i18n import interface_language
from courseware.review import Finding
from courseware.review.report import texts
from ui.i18n import tr
from ui.live_validation import LocatedProblem

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # index into the findings


class ProblemsPanel(QWidget):
    problem_activated = Signal(object)  # LocatedProblem
    finding_activated = Signal(object)  # courseware.review.Finding

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
        self._findings: list[Finding] = []
        self.findings_group: QTreeWidgetItem | None = None
        self.retranslate()

    def preferred_height(self) -> int:
        """Room for the summary, the header and a few rows (more while there are problems)."""
        shown = len(self._problems) + (1 + len(self._findings) if self._findings else 0)
        rows = min(max(shown, 2), 6)
        row_height = max(self.fontMetrics().lineSpacing() + 4, self.list.sizeHintForRow(0))
        margins = self.column.contentsMargins()
        return (self.summary.sizeHint().height() + self.list.header().sizeHint().height()
                + rows * row_height + 2 * self.list.frameWidth() + self.column.spacing()
                + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height())

    def retranslate(self) -> None:
        self.list.setHeaderLabels([tr("problems.message"), tr("review_panel.where")])
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
        self.findings_group = None
        self._add_findings()
        self._fit_columns()
        self._update_summary()

    def _fit_columns(self) -> None:
        """The message takes the room; the place gets what it needs, at most 40 %."""
        self.list.resizeColumnToContents(1)
        limit = int(self.list.viewport().width() * 0.4)
        if limit > 0 and self.list.columnWidth(1) > limit:
            self.list.setColumnWidth(1, limit)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

    def show_findings(self, findings: list[Finding]) -> None:
        """Replace the 质量建议 group (after the problems, which stay as they are)."""
        self._findings = list(findings)
        if self.findings_group is not None:
            index = self.list.indexOfTopLevelItem(self.findings_group)
            self.list.takeTopLevelItem(index)
            self.findings_group = None
        self._add_findings()
        self._fit_columns()
        self._update_summary()

    def _add_findings(self) -> None:
        if not self._findings:
            return
        language = interface_language()
        group = QTreeWidgetItem([tr("review_panel.group", count=len(self._findings)), ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setIcon(0, QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation))
        for index, finding in enumerate(self._findings):
            text = texts(finding, language)
            child = QTreeWidgetItem([text["title"], finding.location.text(language)])
            child.setToolTip(0, tr("review_panel.tip", **text))
            child.setToolTip(1, finding.location.text(language))
            child.setData(0, FINDING_ROLE, index)
            group.addChild(child)
        self.list.addTopLevelItem(group)
        group.setExpanded(True)
        self.findings_group = group

    def _update_summary(self) -> None:
        count = len(self._problems)
        text = tr("problems.count", count=count) if count else tr("problems.none")
        if self._findings:
            text = tr("review_panel.count", problems=text, count=len(self._findings))
        self.summary.setText(text)

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def problems(self) -> list[LocatedProblem]:
        return list(self._problems)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, int) and 0 <= finding < len(self._findings):
            self.finding_activated.emit(self._findings[finding])
            return
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and 0 <= row < len(self._problems):
            self.problem_activated.emit(self._problems[row])
