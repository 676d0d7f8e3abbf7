"""A read question in the app's own question editor (cards for options, pairs, blanks …),
in a small dialog. The editor works on a copy inside a scratch course, so nothing touches the
open course until the import; the row re-validates with the course's own rules."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from exporters.banks import BankEntry, BankProblem
from exporters.banks.raw import domain_problems
from ui.banks.rows import apply_cancel_buttons
from ui.document import CourseDocument
from ui.i18n import tr

SCRATCH_ID = "import-preview"


class QuestionEditorDialog(QDialog):
    def __init__(self, parent: QWidget | None, entry: BankEntry, root: Path) -> None:
        from ui.editors.question_editor import QuestionEditor

        super().__init__(parent)
        assert entry.question is not None
        self.setObjectName("bank-editor-dialog")
        self.setWindowTitle(tr("banks.fix_title", source=entry.source))
        self.original = entry
        self.question = copy.deepcopy(entry.question)
        quiz = m.Quiz(id=SCRATCH_ID, questions=[self.question], path=f"{SCRATCH_ID}.yaml")
        course = m.Course(id=SCRATCH_ID, modules=[m.Module(id=SCRATCH_ID, items=[quiz])])
        self.document = CourseDocument(course, root, self)
        self.editor = QuestionEditor(self.document, self.question)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = apply_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.document.changed.connect(lambda _obj: self.revalidate())
        self.document.structure_changed.connect(self.revalidate)
        self.revalidate()
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, int(width * 0.75))

    def result_entry(self) -> BankEntry:
        """The edited question with its problems now (the reader's notes are kept)."""
        kept = [p for p in self.original.problems if p.severity == "warning"]
        errors = [BankProblem(self.original.source, "error", message)
                  for message in domain_problems(self.question)]
        return BankEntry(self.original.source, self.question, errors + kept,
                         text=self.question.prompt, raw=self.original.raw)

    def revalidate(self) -> None:
        messages = domain_problems(self.question)
        self.problems.setText("\n".join(messages) if messages else tr("banks.fix.ok"))
