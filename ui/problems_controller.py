"""Runs validation (and the item review) a moment after the trainer stops editing and fills
the problems panel; review findings are advice and never count as problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from courseware.review import Finding, review_course
from ui.document import CourseDocument
from ui.live_validation import LocatedProblem, validate_in_memory
from ui.problems_panel import ProblemsPanel

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
