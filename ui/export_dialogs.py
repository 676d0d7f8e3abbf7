"""Export dialogs (handout, quiz paper): options, then the exporter runs in the background.

Certificates have their own dialog (:mod:`ui.certificate_dialog`).

The exporters are imported only when an export starts (they pull in ReportLab). The course is
copied on the GUI thread before the work starts, so the worker never reads a model being edited.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from courseware.tasks import ProgressCallback
from ui.app_settings import PAPER_SIZES, AppSettings
from ui.dialog_buttons import ok_cancel_buttons
from ui.document import CourseDocument
from ui.export_memory import ExportMemory
from ui.help_window import add_help_key
from ui.i18n import tr
from ui.tasks import Operation

EDITIONS = ("participant", "trainer")


def exporter_available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def print_options(settings: AppSettings) -> dict[str, Any]:
    """Keyword arguments shared by the PDF option classes, from the user's settings."""
    from exporters.pdf.options import PaperSize

    logo = settings.get("logo")
    paper = settings.get("paper_size")
    return {"paper": PaperSize(paper) if paper in PaperSize._value2member_map_ else PaperSize.A4,
            "organisation": settings.get("organisation"),
            "logo": Path(logo) if logo else None}


class ExportDialog(QDialog):
    """Output file, a few options, Export; progress and cancel come from the Operation. At the
    end: 打开文件 / 打开所在文件夹. Starts in the course's export folder; remembers choices."""

    def __init__(self, parent: QWidget, document: CourseDocument, settings: AppSettings,
                 title_key: str, default_name: str) -> None:
        super().__init__(parent)
        self.document, self.settings = document, settings
        self.memory = ExportMemory(settings, type(self).__name__, document.root,
                                   document.course.id)
        self.remembered: dict[str, QWidget] = {}
        self.setWindowTitle(tr(title_key))
        self.form = QFormLayout()
        self.output = QLineEdit(str(self.memory.folder() / default_name))
        # room for a usual path: at its own size the dialog showed only the file name's end
        self.output.setMinimumWidth(self.output.fontMetrics().averageCharWidth() * 48)
        browse = QPushButton(tr("export.browse"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        self._add_row("export.output", self.output, row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(tr("export.open_file"))
        self.open_folder = QPushButton(tr("export.open_folder"))
        self.open_file.clicked.connect(lambda: open_location(self.result_path))
        self.open_folder.clicked.connect(
            lambda: open_location(self.result_path.parent if self.result_path else None))
        opened = QHBoxLayout()
        opened.addWidget(self.open_file)
        opened.addWidget(self.open_folder)
        opened.addStretch(1)
        self.open_file.hide()
        self.open_folder.hide()
        self.buttons = ok_cancel_buttons(self, tr("export.start"), tr("button.close"),
                                         on_ok=self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addLayout(opened)
        layout.addWidget(self.buttons)
        add_help_key(self, "user-guide-authoring.md", "export")
        self.operation: Operation | None = None
        self.result_path: Path | None = None
        self.result_paths: list[Path] = []
        self.error: Exception | None = None

    def _add_row(self, label_key: str, widget: QWidget, layout: QHBoxLayout | None = None,
                 hint_key: str = "") -> None:
        label = QLabel(tr(label_key))
        label.setBuddy(widget)
        widget.setAccessibleName(tr(label_key))
        self.form.addRow(label, layout if layout is not None else widget)
        if hint_key:  # a plain explanation with an example, under the field
            hint = QLabel(tr(hint_key))
            hint.setWordWrap(True)
            hint.setObjectName("export-hint")
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.form.addRow("", hint)

    def remember(self, name: str, widget: QWidget) -> None:
        """Keep this choice for the next export (restored now if one was kept)."""
        self.remembered[name] = widget
        self.memory.restore({name: widget})

    file_filter = "PDF (*.pdf)"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("export.output"), self.output.text(),
                                              self.file_filter)
        if name:
            self.output.setText(name)

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        raise NotImplementedError

    def start(self) -> None:
        output = Path(self.output.text()).expanduser()
        work = self.make_work(output)
        if work is None:
            return
        try:
            output.parent.mkdir(parents=True, exist_ok=True)  # the course's export folder
        except OSError as error:
            self._failed(error)
            return
        self.memory.save(self.remembered)
        self.memory.remember_folder(output.parent)
        self.open_file.hide()
        self.open_folder.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.status.setText(tr("export.running"))
        self.operation = Operation(self, work, label=tr("export.running"),
                                   on_success=self._done, on_failure=self._failed,
                                   on_cancel=self._cancelled).start()

    def _done(self, result: object) -> None:
        paths = result if isinstance(result, list) else [result]
        self.result_paths = [Path(str(path)) for path in paths]
        self.result_path = self.result_paths[0]
        self.status.setText(tr("export.done", path="\n".join(map(str, self.result_paths))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.open_file.show()
        self.open_folder.show()
        self.open_file.setDefault(True)

    def _failed(self, error: Exception) -> None:
        self.error = error
        self.status.setText(tr("export.failed", error=error))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _cancelled(self) -> None:
        self.status.setText(tr("export.cancelled"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)


class HandoutExportDialog(ExportDialog):
    def __init__(self, parent: QWidget, document: CourseDocument, settings: AppSettings) -> None:
        super().__init__(parent, document, settings, "export.handout_title",
                         f"{document.course.id}-handout.pdf")
        self.edition = QComboBox()
        for edition in EDITIONS:
            self.edition.addItem(tr(f"edition.{edition}"), edition)
        self._add_row("export.edition", self.edition, hint_key="export.edition_hint")
        self.remember("edition", self.edition)
        self.module = QComboBox()
        self.module.addItem(tr("export.whole_course"), None)
        for module in document.course.modules:
            self.module.addItem(module.title, module.id)
        self._add_row("export.module", self.module)

    file_filter = "PDF (*.pdf);;Word (*.docx)"  # the output's suffix picks the format

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        word = output.suffix.lower() == ".docx"
        if not exporter_available("exporters.docx.handout" if word else "exporters.pdf.handout"):
            self.status.setText(tr("export.unavailable"))
            return None
        from exporters.docx.handout import export_handout_docx
        from exporters.pdf.handout import HandoutOptions, export_handout
        from exporters.pdf.options import Edition

        options = HandoutOptions(edition=Edition(self.edition.currentData()),
                                 module_id=self.module.currentData(),
                                 **print_options(self.settings))
        course, root = copy.deepcopy(self.document.course), self.document.root
        exporter = export_handout_docx if word else export_handout
        return lambda progress: exporter(course, root, output, options, progress)


class QuizPaperExportDialog(ExportDialog):
    """A quiz's paper, optionally with its answer key (OUT-key.pdf), a draw seed, paper size."""

    def __init__(self, parent: QWidget, document: CourseDocument, settings: AppSettings,
                 quiz: m.Quiz | None = None) -> None:
        super().__init__(parent, document, settings, "export.quiz_title",
                         f"{(quiz.id if quiz else document.course.id)}-paper.pdf")
        self.quiz = QComboBox()
        for candidate in document.course.all_quizzes():
            self.quiz.addItem(candidate.title or candidate.id, candidate.id)
        if quiz is not None:
            self.quiz.setCurrentIndex(max(self.quiz.findData(quiz.id), 0))
        self._add_row("export.quiz", self.quiz)
        self.with_key = QCheckBox(tr("export.with_key"))
        self._add_row("export.key", self.with_key)
        self.remember("with_key", self.with_key)
        self.seed = QSpinBox()
        self.seed.setRange(1, 999_999)
        self._add_row("export.paper_number", self.seed, hint_key="export.paper_number_hint")
        self.paper = paper_combo(settings)
        self._add_row("settings.paper", self.paper)
        self.remember("paper", self.paper)

    def make_work(self, output: Path) -> Callable[[ProgressCallback], Any] | None:
        if not exporter_available("exporters.pdf.quiz_paper"):
            self.status.setText(tr("export.unavailable"))
            return None
        from exporters.pdf.options import PaperSize
        from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper

        values = {**print_options(self.settings), "paper": PaperSize(self.paper.currentData())}
        options = QuizPaperOptions(with_key=self.with_key.isChecked(), seed=self.seed.value(),
                                   **values)
        course, root = copy.deepcopy(self.document.course), self.document.root
        quiz_id = self.quiz.currentData()
        return lambda progress: export_quiz_paper(course, root, quiz_id, output, options,
                                                  progress)


def paper_combo(settings: AppSettings) -> QComboBox:
    combo = QComboBox()
    for size in PAPER_SIZES:
        combo.addItem(tr(f"paper.{size}"), size)
    combo.setCurrentIndex(max(combo.findData(settings.get("paper_size")), 0))
    return combo


def open_location(path: Path | None) -> bool:
    """Open a file or folder with the system's own application (PDF reader, file manager)."""
    if path is None:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
