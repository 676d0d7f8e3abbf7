"""The trainer console's main window: class, grading and statistics tabs and the actions."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from courseware.classroom.console_session import ConsoleSession
from ui.console.certificates import CertificateIssuing
from ui.console.class_view import DEFAULT_INTERVAL_S, ClassView
from ui.console.grading_pane import GradingPane
from ui.console.results_import import ResultsImporter
from ui.console.stats_pane import StatsPane
from ui.i18n import tr


class ConsoleWindow(QMainWindow):
    def __init__(self, session: ConsoleSession,
                 interval_s: float = DEFAULT_INTERVAL_S) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(tr("console.window_title", title=session.course.title))
        self.class_view = ClassView(session.class_rows, interval_s)
        self.grading = GradingPane(session.essays_to_grade, session.grade, self._quiz_title)
        self.stats = StatsPane(session.quizzes(), session.item_statistics)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.class_view, tr("console.tab.class"))
        self.tabs.addTab(self.grading, "")
        self.tabs.addTab(self.stats, tr("console.tab.stats"))
        self.setCentralWidget(self.tabs)
        self.importer = ResultsImporter(session, self)
        self.certificates = CertificateIssuing(session, self)
        self._connect()
        self._toolbar()
        self._update_grading_title()
        self.resize(1100, 680)

    def _connect(self) -> None:
        self.grading.graded.connect(self.class_view.refresh)
        self.grading.graded.connect(self.stats.reload)
        self.grading.loaded.connect(self._update_grading_title)
        self.importer.finished.connect(self._imported)
        self.certificates.finished.connect(self._say)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _toolbar(self) -> None:
        bar = self.addToolBar("console")
        bar.setMovable(False)
        for key, slot, shortcut in (
                ("console.action.refresh", self.refresh_all, QKeySequence.StandardKey.Refresh),
                ("console.action.import", self.importer.run, None),
                ("console.action.certificates", self.certificates.run, None)):
            action = QAction(tr(key), self)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(shortcut)
            bar.addAction(action)

    def _quiz_title(self, quiz_id: str) -> str:
        quiz = self.session.course.find_quiz(quiz_id)
        return quiz.title if quiz and quiz.title else quiz_id

    def _update_grading_title(self) -> None:
        self.tabs.setTabText(1, tr("console.tab.grading", count=len(self.grading.tasks)))

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.grading:
            self.grading.reload()
        elif self.tabs.widget(index) is self.stats:
            self.stats.reload()

    def refresh_all(self) -> None:
        """Every pane reloads in the background (F5)."""
        self.class_view.refresh()
        self.grading.reload()
        self.stats.reload()

    def _imported(self, message: str, added: int) -> None:
        self._say(message)
        if added:
            self.refresh_all()

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def start(self) -> None:
        self.class_view.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.class_view.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        super().closeEvent(event)
