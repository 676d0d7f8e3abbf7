"""The problems panel: a list of validation problems; activating one asks to jump there.

Each row says what is wrong and what to do in the app (wrapping, never cut short) and where,
in the course's own terms (模块一 › 第 2 课 › 标题); the file and line are for experts, in a
column shown on request and in the tooltip.

Below them, a 质量建议 group holds the item-review findings (:mod:`courseware.review`): advice
that never counts as a problem; activating one selects its question or quiz."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courseware.i18n import interface_language
from courseware.i18n import tr as domain_tr
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
        self.summary.setWordWrap(True)
        self.show_files = QCheckBox()
        self.show_files.setObjectName("problems-show-files")
        self.show_files.toggled.connect(self._show_file_column)
        self.list = QTreeWidget()
        self.list.setObjectName("problems-list")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.setColumnHidden(2, True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_files)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.addLayout(top)
        self.column.addWidget(self.list)
        self._problems: list[LocatedProblem] = []
        self._findings: list[Finding] = []
        self.findings_group: QTreeWidgetItem | None = None
        self.retranslate()

    def preferred_height(self) -> int:
        """Room for the summary, the header and a few rows (more while there are problems)."""
        shown = len(self._problems) + (1 + len(self._findings) if self._findings else 0)
        rows = min(max(shown, 2), 4)  # each row is two lines: the problem, what to do
        row_height = max(self.fontMetrics().lineSpacing() + 4, self.list.sizeHintForRow(0))
        margins = self.column.contentsMargins()
        return (self.summary.sizeHint().height() + self.list.header().sizeHint().height()
                + rows * row_height + 2 * self.list.frameWidth() + self.column.spacing()
                + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height())

    def retranslate(self) -> None:
        self.list.setHeaderLabels([tr("problems.what"), tr("problems.where"),
                                   tr("problems.file_column")])
        self.list.setAccessibleName(tr("problems.title"))
        self.show_files.setText(tr("problems.show_files"))
        self._update_summary()

    def show_problems(self, problems: list[LocatedProblem]) -> None:
        current = self.current_row()
        kept = _identity(self._problems[current]) if 0 <= current < len(self._problems) else None
        self._problems = problems
        self.list.clear()
        style = QApplication.style()
        icons = {False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for problem in problems:
            item = QTreeWidgetItem(_columns(problem))
            item.setIcon(0, icons[problem.warning])
            message = (domain_tr("problem.warning", message=problem.message)
                       if problem.warning else problem.message)
            tip = tr("problems.tip", message=message, hint=problem.hint or "—",
                     where=problem.location, file=problem.file_location or "—")
            for column in range(3):
                item.setToolTip(column, tip)
            item.setData(0, Qt.ItemDataRole.UserRole, self.list.topLevelItemCount())
            self.list.addTopLevelItem(item)
        self.findings_group = None
        self._add_findings()
        self._fit_columns()
        self._update_summary()
        again = next((row for row, p in enumerate(problems) if _identity(p) == kept), None)
        if kept is not None and again is not None:  # still there after a re-check: stay on it
            self.select_row(again)

    def _fit_columns(self) -> None:
        """The problem and its remedy take the room and wrap; the place gets what it needs, at
        most a third; the file column (for experts) at most a fifth."""
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        width = max(self.list.viewport().width(), 600)
        for column, share in ((1, 3), (2, 5)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column), width // share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self.list.doItemsLayout()  # rows take the height their wrapped text needs

    def _show_file_column(self, shown: bool) -> None:
        self.list.setColumnHidden(2, not shown)
        self._fit_columns()

    def select_row(self, row: int) -> LocatedProblem | None:
        """Make problem ``row`` the current one (F8) and return it."""
        if not 0 <= row < len(self._problems):
            return None
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
        return self._problems[row]

    def current_row(self) -> int:
        item = self.list.currentItem()
        row = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, int) else -1

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
        group = QTreeWidgetItem([tr("review_panel.group", count=len(self._findings)), "", ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setIcon(0, QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation))
        for index, finding in enumerate(self._findings):
            text = texts(finding, language)
            child = QTreeWidgetItem([text["title"], finding.location.text(language), ""])
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


def _columns(problem: LocatedProblem) -> list[str]:
    text = problem.message
    if problem.hint:
        text += "\n" + tr("problems.todo", hint=problem.hint)
    return [text, problem.location, problem.file_location]


def _identity(problem: LocatedProblem) -> tuple[str, int, str]:
    return problem.key, id(problem.target), problem.ref.name
