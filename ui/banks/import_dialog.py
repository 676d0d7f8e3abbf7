"""文件 › 导入题目…: files or pasted text → a preview of every question → the chosen quiz.

Reading runs on the thread pool behind a progress dialog (:class:`ui.tasks.Operation`); the
preview is a table model. Rows with errors start unchecked and cannot be checked until fixed;
nothing is dropped silently: every question read is a row, every unreadable file a message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from courseware import model as m
from exporters.banks import BankReadResult
from exporters.banks.importer import FileRead, read_files
from ui.app_settings import AppSettings
from ui.banks.import_command import Target, import_rows
from ui.banks.preview_model import PROMPT, TYPE, PreviewModel, ProblemRows
from ui.banks.rows import ImportRow, rows_of
from ui.banks.sources import SourceTabs, paste_problem
from ui.dialog_buttons import ok_cancel_buttons
from ui.document import CourseDocument
from ui.help_window import add_help_key
from ui.i18n import tr
from ui.labels import question_type_name
from ui.tasks import Operation, run_quietly

NEW_QUIZ = "__new__"


class ImportQuestionsDialog(QDialog):
    imported = Signal(object)  # the quiz the questions went into

    def __init__(self, parent: QWidget, document: CourseDocument, settings: AppSettings,
                 quiz: m.Quiz | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("bank-import-dialog")
        self.setWindowTitle(tr("banks.import_title"))
        self.file_reads: list[FileRead] = []
        self.file_rows: list[list[ImportRow]] = []
        self.paste_read: FileRead | None = None
        self.paste_rows: list[ImportRow] = []
        self._paste_number = 0
        self.operation: Operation | None = None
        self.error: Exception | None = None
        self.sources = SourceTabs(settings)
        self.sources.files_added.connect(self.add_files)
        self.sources.file_removed.connect(self._file_removed)
        self.sources.paste_changed.connect(self.read_paste)
        self.model = PreviewModel()
        self.filtered = ProblemRows(self.model)
        self.table = self._table()
        self.summary = QLabel()
        self.summary.setObjectName("bank-summary")
        self.summary.setWordWrap(True)
        self._target_widgets(quiz)
        self._build_layout()
        add_help_key(self, "question-banks.md", "in-the-app")
        self.refresh()

    # -- layout

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("bank-preview")
        table.setAccessibleName(tr("banks.preview"))
        table.setModel(self.filtered)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
        header = table.horizontalHeader()
        chars = table.fontMetrics().averageCharWidth()
        for column, width in enumerate((12, 0, 0, 12, 26, 18)):
            if width:
                header.resizeSection(column, chars * width)
        names = [question_type_name(name) for name in m.QUESTION_TYPES]
        header.resizeSection(TYPE, max(table.fontMetrics().horizontalAdvance(n) for n in names)
                             + chars * 3)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(
            lambda index: self.fix_row(self.filtered.mapToSource(index).row()))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return table

    def _target_widgets(self, quiz: m.Quiz | None) -> None:
        course = self.document.course
        self.target = QComboBox()
        self.target.setObjectName("bank-target")
        self.target.setAccessibleName(tr("banks.target"))
        for candidate in course.all_quizzes():
            self.target.addItem(candidate.title or candidate.id, candidate.id)
        self.target.addItem(tr("banks.new_quiz"), NEW_QUIZ)
        self.target.setCurrentIndex(self.target.findData(quiz.id if quiz else NEW_QUIZ))
        self.new_title = QLineEdit(tr("banks.new_quiz_title"))
        self.new_title.setAccessibleName(tr("banks.new_quiz_name"))
        self.new_title.textChanged.connect(lambda _text: self._update_buttons())
        self.module = QComboBox()
        self.module.setAccessibleName(tr("banks.module"))
        for module in course.modules:
            self.module.addItem(module.title or module.id, module.id)
        self.module.setCurrentIndex(self.module.count() - 1)
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())

    def _build_layout(self) -> None:
        self.fix_button = QPushButton(tr("banks.fix"))
        self.fix_button.clicked.connect(lambda: self.fix_row(self.current_row()))
        self.edit_button = QPushButton(tr("banks.edit_in_editor"))
        self.edit_button.clicked.connect(lambda: self.edit_row(self.current_row()))
        self.only_problems = QCheckBox(tr("banks.only_problems"))
        self.only_problems.toggled.connect(self.filtered.show_only_problems)
        select_all = QPushButton(tr("banks.select_all"))
        select_all.clicked.connect(lambda: self.model.set_all(True))
        select_none = QPushButton(tr("banks.select_none"))
        select_none.clicked.connect(lambda: self.model.set_all(False))
        row_buttons = QHBoxLayout()
        for button in (self.fix_button, self.edit_button, select_all, select_none):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.only_problems)
        preview = QWidget()
        column = QVBoxLayout(preview)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(row_buttons)
        column.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sources)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().lineSpacing()
        splitter.setSizes([line * 9, line * 24])  # the preview gets the room
        target = QHBoxLayout()
        label = QLabel(tr("banks.target"))
        label.setBuddy(self.target)
        target.addWidget(label)
        target.addWidget(self.target, 2)
        self.new_title_label = QLabel(tr("banks.new_quiz_name"))
        self.new_title_label.setBuddy(self.new_title)
        self.module_label = QLabel(tr("banks.module"))
        self.module_label.setBuddy(self.module)
        for widget, stretch in ((self.new_title_label, 0), (self.new_title, 2),
                                (self.module_label, 0), (self.module, 2)):
            target.addWidget(widget, stretch)
        self.buttons = ok_cancel_buttons(self, cancel_text=tr("button.cancel"),
                                         on_ok=self.import_now)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(target)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self.refresh_summary())
        self._target_changed()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Wide enough for the prompt column, never wider or taller than the screen."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = self.fontMetrics().averageCharWidth() * 140
        height = self.fontMetrics().lineSpacing() * 34
        self.resize(min(width, int(screen.width() * 0.94)),
                    min(height, int(screen.height() * 0.9)))

    # -- reading

    def add_files(self, paths: list[Path]) -> None:
        known = {read.path.resolve() for read in self.file_reads}
        fresh = [path for path in paths if path.resolve() not in known]
        if not fresh or (self.operation is not None and self.operation.running):
            return
        self.error = None
        self.operation = Operation(self, lambda progress: read_files(fresh, "auto", progress),
                                   label=tr("banks.reading"), on_success=self._files_read,
                                   on_failure=self._read_failed,
                                   on_cancel=lambda: self.summary.setText(
                                       tr("banks.read_cancelled"))).start()

    def _files_read(self, reads: list[FileRead]) -> None:
        if reads and self.new_title.text() == tr("banks.new_quiz_title"):
            self.new_title.setText(reads[0].path.stem)  # a new quiz is named after the bank
        for read in reads:
            self.file_reads.append(read)
            self.file_rows.append(rows_of(read))
            self.sources.show_read(read)
        self.refresh()

    def _read_failed(self, error: Exception) -> None:
        self.error = error
        self.summary.setText(tr("banks.read_failed", error=error))

    def _file_removed(self, number: int) -> None:
        del self.file_reads[number]
        del self.file_rows[number]
        self.refresh()

    def read_paste(self, text: str) -> None:
        """Pasted text is read on the thread pool too (2,000 questions take about half a
        second); a result that a newer paste has overtaken is dropped."""
        from exporters.banks.formats.txt import read_text

        self._paste_number += 1
        number, name = self._paste_number, tr("banks.paste_source")
        if not text.strip():
            self._paste_read(number, None)
            return
        run_quietly(self, lambda: read_text(text, name),
                    lambda result: self._paste_read(number, result))

    def _paste_read(self, number: int, result: BankReadResult | None) -> None:
        if number != self._paste_number:
            return
        if result is None:
            self.paste_read, self.paste_rows = None, []
        else:
            name = tr("banks.paste_source")
            if not result.entries and not result.problems:
                result = BankReadResult(problems=[paste_problem(name)])
            self.paste_read = FileRead(Path(name), result)
            self.paste_rows = rows_of(self.paste_read)
        self.refresh()

    @property
    def reads(self) -> list[FileRead]:
        return self.file_reads + ([self.paste_read] if self.paste_read else [])

    # -- preview

    def refresh(self) -> None:
        rows = [row for rows in self.file_rows for row in rows] + self.paste_rows
        self.model.set_rows(rows)
        self.refresh_summary()

    def refresh_summary(self) -> None:
        rows = self.model.rows
        ready = sum(1 for row in rows if row.importable)
        errors = sum(1 for row in rows if row.has_error)
        refused = [p for read in self.reads for p in read.result.problems
                   if p.severity == "error"]
        text = tr("banks.summary", total=len(rows), ready=ready, skipped=len(rows) - ready,
                  errors=errors)
        if refused:
            text += "\n" + "\n".join(f"✗ {p.message}" for p in refused)
        self.summary.setText(text if rows or refused else tr("banks.summary_empty"))
        self.summary.setProperty("state", "error" if refused or errors else "ok")
        self.import_button.setText(tr("banks.import_button", count=ready))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._row(self.current_row())
        self.fix_button.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None and row.entry.question is not None)
        ready = any(r.importable for r in self.model.rows)
        new = self.target.currentData() == NEW_QUIZ
        named = not new or (bool(self.new_title.text().strip()) and self.module.count() > 0)
        self.import_button.setEnabled(ready and named)

    def _target_changed(self) -> None:
        new = self.target.currentData() == NEW_QUIZ
        for widget in (self.new_title_label, self.new_title, self.module_label, self.module):
            widget.setVisible(new)
        self._update_buttons()

    def current_row(self) -> int:
        """The selected question's number in the preview (-1 when none)."""
        index = self.filtered.mapToSource(self.table.currentIndex())
        return index.row() if index.isValid() else -1

    def _row(self, number: int) -> ImportRow | None:
        return self.model.rows[number] if 0 <= number < len(self.model.rows) else None

    # -- fixing a row

    def fix_row(self, number: int) -> bool:
        from ui.banks.fix_dialog import FixDialog, fixable

        row = self._row(number)
        if row is None:
            return False
        if not fixable(row.entry):
            return self.edit_row(number)
        dialog = FixDialog(self, row.entry)
        return self._run_fix(dialog, number)

    def edit_row(self, number: int) -> bool:
        from ui.banks.editor_dialog import QuestionEditorDialog

        row = self._row(number)
        if row is None or row.entry.question is None:
            return False
        return self._run_fix(QuestionEditorDialog(self, row.entry, self.document.root), number)

    def _run_fix(self, dialog: QDialog, number: int) -> bool:
        accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        if accepted:
            self.model.replace_entry(number, dialog.result_entry())  # type: ignore[attr-defined]
            self.refresh_summary()
        dialog.deleteLater()
        return accepted

    def run_dialog(self, dialog: QDialog) -> int:
        """Shows a fix dialog modally (replaced in tests to fill it in and accept)."""
        return dialog.exec()

    # -- importing

    def chosen_target(self) -> Target:
        course = self.document.course
        if self.target.currentData() == NEW_QUIZ:
            module = next(mod for mod in course.modules if mod.id == self.module.currentData())
            return Target(new_title=self.new_title.text().strip(), module=module)
        quiz = next(q for q in course.all_quizzes() if q.id == self.target.currentData())
        return Target(quiz=quiz)

    def import_now(self) -> m.Quiz | None:
        if not any(row.importable for row in self.model.rows):
            return None
        quiz = import_rows(self.document, self.model.rows, self.chosen_target())
        self.imported.emit(quiz)
        self.accept()
        return quiz
