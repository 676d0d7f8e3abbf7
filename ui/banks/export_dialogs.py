"""文件 › 导出题目… and 导出题目模板…: the export dialogs' pattern (remembered choices, the
course's export folder, 打开文件 / 打开所在文件夹 at the end) for question banks.

Before anything is written, the question export lists what the chosen format cannot hold
(a scenario in GIFT, option feedback in Excel …): the writer runs into a scratch folder on the
thread pool whenever the format or the quizzes change, and its per-question warnings are shown.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QVBoxLayout, QWidget

from courseware import model as m
from courseware.tasks import ProgressCallback
from exporters.banks import BankProblem, bank_formats
from exporters.banks.importer import MEDIA_FOLDER
from ui.app_settings import AppSettings
from ui.document import CourseDocument
from ui.export_dialogs import ExportDialog
from ui.i18n import tr
from ui.labels import question_label
from ui.tasks import run_quietly

EXPORT_FORMATS = ("gift", "moodle-xml", "aiken", "xlsx", "docx", "txt", "csv")
TEMPLATE_FORMATS = ("xlsx", "docx", "txt", "csv")
# what the importer recognises again by the extension (an Aiken file named .txt would be read
# as a Chinese text bank)
EXTENSIONS = {"gift": ".gift", "moodle-xml": ".xml", "aiken": ".aiken", "xlsx": ".xlsx",
              "docx": ".docx", "txt": ".txt", "csv": ".csv"}


def format_combo(names: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for name in names:
        combo.addItem(tr(f"banks.format.{name}"), name)
    return combo


class _BankExportDialog(ExportDialog):
    """Keeps the output's extension in step with the chosen format."""

    format: QComboBox

    def _format_changed(self) -> None:
        name = self.format.currentData()
        extension = EXTENSIONS[name]
        self.file_filter = f"{tr(f'banks.format.{name}')} (*{extension})"
        current = Path(self.output.text())
        if current.suffix.lower() != extension:
            self.output.setText(str(current.with_suffix(extension)))


class QuestionExportDialog(_BankExportDialog):
    def __init__(self, parent: QWidget, document: CourseDocument, settings: AppSettings,
                 quiz: m.Quiz | None = None) -> None:
        stem = f"{quiz.id if quiz else document.course.id}-questions"
        super().__init__(parent, document, settings, "banks.export_title", f"{stem}.gift")
        self.setObjectName("bank-export-dialog")
        self.format = format_combo(EXPORT_FORMATS)
        self._add_row("banks.export_format", self.format, hint_key="banks.export_format_hint")
        self.remember("format", self.format)
        self.scope = QComboBox()
        self.scope.addItem(tr("export.whole_course"), None)
        for candidate in document.course.all_quizzes():
            self.scope.addItem(candidate.title or candidate.id, candidate.id)
        if quiz is not None:
            self.scope.setCurrentIndex(max(self.scope.findData(quiz.id), 0))
        self._add_row("banks.export_scope", self.scope)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setObjectName("bank-export-notes")
        self.notes.setAccessibleName(tr("banks.export_notes"))
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        index = layout.indexOf(self.status)
        layout.insertWidget(index, self.notes_label)  # above the status and 打开文件
        layout.insertWidget(index + 1, self.notes)
        self.checked: list[BankProblem] | None = None  # the warnings, once worked out
        self._check_number = 0
        self.format.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.scope.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self._choice_changed()

    def questions(self) -> list[m.Question]:
        quiz_id = self.scope.currentData()
        course = self.document.course
        if quiz_id is None:
            return course.all_questions()
        quiz = course.find_quiz(quiz_id)
        return list(quiz.questions) if quiz is not None else []

    def _choice_changed(self) -> None:
        self._format_changed()
        self.checked = None
        self._check_number += 1
        number, name = self._check_number, self.format.currentData()
        questions = copy.deepcopy(self.questions())
        media = self.document.root / MEDIA_FOLDER
        self.notes_label.setText(tr("banks.export_checking"))
        self.notes.clear()
        run_quietly(self, lambda: _dry_run(name, questions, media),
                    lambda problems: self._checked(number, problems, questions))

    def _checked(self, number: int, problems: list[BankProblem],
                 questions: list[m.Question]) -> None:
        if number != self._check_number:
            return  # the choice changed meanwhile
        self.checked = problems
        label = tr(f"banks.format.{self.format.currentData()}")
        by_id = {q.id: q for q in questions}
        self.notes.clear()
        for problem in problems:
            question = by_id.get(problem.source)
            where = question_label(question).rstrip("。？！.?!…") if question else problem.source
            self.notes.addItem(tr("banks.export_note", question=where, message=problem.message))
        self.notes.setVisible(bool(problems))
        self.notes_label.setText(
            tr("banks.export_notes_some", count=len({p.source for p in problems}),
               format=label) if problems
            else tr("banks.export_notes_none", count=len(questions), format=label))

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        questions = copy.deepcopy(self.questions())
        if not questions:
            self.status.setText(tr("banks.export_nothing"))
            return None
        write = bank_formats()[self.format.currentData()].write
        assert write is not None
        media = self.document.root / MEDIA_FOLDER

        def work(_progress: ProgressCallback) -> Path:
            write(questions, output, media)
            return output

        return work


def _dry_run(name: str, questions: list[m.Question], media: Path) -> list[BankProblem]:
    """The writer's per-question warnings, written into a scratch folder."""
    write = bank_formats()[name].write
    assert write is not None
    with tempfile.TemporaryDirectory(prefix="courseware-bank-check-") as folder:
        return list(write(questions, Path(folder) / f"check{EXTENSIONS[name]}", media).problems)


class TemplateExportDialog(_BankExportDialog):
    """导出模板: one example of every type, in the layout the importer reads."""

    def __init__(self, parent: QWidget, document: CourseDocument,
                 settings: AppSettings) -> None:
        super().__init__(parent, document, settings, "banks.template_title",
                         f"{tr('banks.template_file')}.xlsx")
        self.setObjectName("bank-template-dialog")
        self.format = format_combo(TEMPLATE_FORMATS)
        self._add_row("banks.export_format", self.format, hint_key="banks.template_hint")
        self.remember("format", self.format)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self._format_changed()

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        from exporters.banks.templates import write_template

        name = self.format.currentData()

        def work(_progress: ProgressCallback) -> Path:
            write_template(name, output)
            return output

        return work
