"""Runs validation (and the item review) a moment after the trainer stops editing and fills
the problems panel and the badges; review findings are advice and never count as problems.

The panel is opened on demand (the status-bar badge, View › Problems, F8) and remembered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from courseware.review import Finding, review_course
from ui.document import CourseDocument
from ui.live_validation import LocatedProblem, validate_in_memory
from ui.problem_badges import rolled_up_counts
from ui.problems_panel import ProblemsPanel

if TYPE_CHECKING:
    from ui.app_settings import AppSettings
    from ui.main_window import MainWindow

PANEL_OPEN_KEY = "problems/panel_open"

VALIDATION_DELAY_MS = 500
# Above this many questions the review (about 0.1 ms of CPU per question) runs only when the
# trainer asks for a check (Validate), not after every edit, so typing never stutters.
LIVE_REVIEW_LIMIT = 1500


class ProblemsController(QObject):
    def __init__(self, panel: ProblemsPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.document: CourseDocument | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(VALIDATION_DELAY_MS)
        self.timer.timeout.connect(lambda: self.validate_now(live=True))
        # called once when findings first appear (to give the panel room for them)
        self.on_first_findings: Callable[[], None] | None = None
        self._findings_shown = False
        self._reviewed = False
        self.window: MainWindow | None = None
        self.settings: AppSettings | None = None
        self.jump: Callable[[LocatedProblem], object] = lambda _problem: None
        self.tree_root: Callable[[], object] = lambda: None

    def bind_window(self, window: MainWindow, settings: AppSettings,
                    jump: Callable[[LocatedProblem], object]) -> None:
        """Wire the badge, F8/Shift+F8 and the remembered open state of the panel."""
        self.window, self.settings, self.jump = window, settings, jump
        window.problems_badge.clicked.connect(self.toggle_panel)
        window.next_problem.triggered.connect(lambda: self.go_to_problem(1))
        window.previous_problem.triggered.connect(lambda: self.go_to_problem(-1))
        window.problems_dock.toggleViewAction().triggered.connect(self._remember)
        if str(settings.qsettings.value(PANEL_OPEN_KEY, "0")) == "1":
            self.show_panel()

    def show_panel(self) -> None:
        if self.window is None:
            return
        dock = self.window.problems_dock
        if dock.isHidden():
            dock.show()
            self.window.fit_problems_dock()
        dock.raise_()
        self._remember()

    def toggle_panel(self) -> None:
        if self.window is None:
            return
        if self.window.problems_dock.isHidden():
            self.show_panel()
        else:
            self.window.problems_dock.hide()
            self._remember()

    def _remember(self, *_args: object) -> None:
        if self.window is not None and self.settings is not None:
            shown = not self.window.problems_dock.isHidden()
            self.settings.qsettings.setValue(PANEL_OPEN_KEY, "1" if shown else "0")

    def remember_on_close(self) -> None:
        self._remember()

    def go_to_problem(self, step: int) -> LocatedProblem | None:
        """F8 / Shift+F8: the next (previous) problem, selected in the panel and opened."""
        problems = self.panel.problems
        if not problems:
            self.validate_now()
            problems = self.panel.problems
        if not problems:
            return None
        self.show_panel()
        current = self.panel.current_row()
        row = (current + step) % len(problems) if current >= 0 else (0 if step > 0 else -1)
        problem = self.panel.select_row(row % len(problems))
        if problem is not None:
            self.jump(problem)
        return problem

    def _show_badges(self, problems: list[LocatedProblem]) -> None:
        if self.window is None:
            return
        self.window.problems_badge.show_counts(problems)
        model = self.window.tree.model()
        root = getattr(model, "root", None)
        counts = rolled_up_counts(root, problems)
        self.window.tree_badges.counts = counts
        if hasattr(model, "problem_counts"):
            model.problem_counts = counts  # screen readers hear the count too
        self.window.tree.viewport().update()

    def attach(self, document: CourseDocument) -> None:
        self.document = document
        document.changed.connect(self.schedule)
        document.structure_changed.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self.timer.start()

    def validate_now(self, live: bool = False) -> list[LocatedProblem]:
        self.timer.stop()
        if self.document is None:
            return []
        problems = validate_in_memory(self.document.course, self.document.root)
        self.panel.show_problems(problems)
        self.document.show_problems(problems)
        self._show_badges(problems)
        large = len(self.document.course.all_questions()) > LIVE_REVIEW_LIMIT
        if live and large and self._reviewed:
            return problems  # the last review's findings stay until the next check
        findings = self.review_now()
        self.panel.show_findings(findings)
        if findings and not self._findings_shown and self.on_first_findings is not None:
            self.on_first_findings()
        self._findings_shown = self._findings_shown or bool(findings)
        return problems

    def review_now(self) -> list[Finding]:
        if self.document is None:
            return []
        self._reviewed = True
        return review_course(self.document.course)
