"""Runs validation a moment after the trainer stops editing and fills the problems panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.document import CourseDocument
from ui.live_validation import LocatedProblem, validate_in_memory
from ui.problems_panel import ProblemsPanel

VALIDATION_DELAY_MS = 500


class ProblemsController(QObject):
    def __init__(self, panel: ProblemsPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.document: CourseDocument | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(VALIDATION_DELAY_MS)
        self.timer.timeout.connect(self.validate_now)

    def attach(self, document: CourseDocument) -> None:
        self.document = document
        document.changed.connect(self.schedule)
        document.structure_changed.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self.timer.start()

    def validate_now(self) -> list[LocatedProblem]:
        self.timer.stop()
        if self.document is None:
            return []
        problems = validate_in_memory(self.document.course, self.document.root)
        self.panel.show_problems(problems)
        self.document.show_problems(problems)
        return problems
