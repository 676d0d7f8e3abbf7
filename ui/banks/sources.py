"""Where the questions come from: the files tab (add, remove, drop) and the paste tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exporters.banks import BankProblem
from exporters.banks.importer import FileRead
from ui.app_settings import AppSettings
from ui.i18n import tr

FOLDER_KEY = "banks/import_folder"
PASTE_DELAY_MS = 400


def file_filter() -> str:
    patterns = "*.docx *.xlsx *.xlsm *.csv *.txt *.md *.gift *.xml *.aiken"
    return f"{tr('banks.filter.banks')} ({patterns});;{tr('banks.filter.all')} (*)"


def file_status(read: FileRead) -> tuple[str, bool]:
    """The line the file list shows, and whether the file could not be read."""
    errors = [p for p in read.result.problems if p.severity == "error"]
    if errors:
        return tr("banks.file_refused", name=read.path.name, message=errors[0].message), True
    count = len(read.result.entries)
    return tr("banks.file_read", name=read.path.name, count=count), False


class SourceTabs(QTabWidget):
    """``files_added`` carries new paths; ``paste_changed`` the pasted text (after a pause)."""

    files_added = Signal(list)
    file_removed = Signal(int)
    paste_changed = Signal(str)

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.setObjectName("bank-sources")
        self.file_list = QListWidget()
        self.file_list.setObjectName("bank-files")
        self.file_list.setAccessibleName(tr("banks.tab.files"))
        self.file_list.setWordWrap(True)
        self.add_button = QPushButton(tr("banks.add_files"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(tr("banks.remove_file"))
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(False)
        self.file_list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0))
        hint = QLabel(tr("banks.files_hint"))
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        files = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        row.addLayout(buttons)
        column = QVBoxLayout(files)
        column.addWidget(hint)
        column.addLayout(row, 1)
        self.addTab(files, tr("banks.tab.files"))
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("bank-paste")
        self.paste.setAccessibleName(tr("banks.tab.paste"))
        self.paste.setPlaceholderText(tr("banks.paste_placeholder"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PASTE_DELAY_MS)
        self.timer.timeout.connect(lambda: self.paste_changed.emit(self.paste.toPlainText()))
        self.paste.textChanged.connect(self.timer.start)
        pasted = QWidget()
        paste_column = QVBoxLayout(pasted)
        paste_hint = QLabel(tr("banks.paste_hint"))
        paste_hint.setWordWrap(True)
        paste_column.addWidget(paste_hint)
        paste_column.addWidget(self.paste, 1)
        self.addTab(pasted, tr("banks.tab.paste"))
        self.setAcceptDrops(True)

    def choose_files(self) -> None:
        start = str(self.settings.qsettings.value(FOLDER_KEY, "") or Path.home())
        names, _ = QFileDialog.getOpenFileNames(self, tr("banks.add_files"), start,
                                                file_filter())
        if names:
            self.settings.qsettings.setValue(FOLDER_KEY, str(Path(names[0]).parent))
            self.files_added.emit([Path(name) for name in names])

    def show_read(self, read: FileRead) -> None:
        text, refused = file_status(read)
        item = QListWidgetItem(text)
        item.setToolTip("\n".join([str(read.path)] + [p.message for p in read.result.problems
                                                       if p.severity == "error"]))
        item.setData(Qt.ItemDataRole.UserRole, refused)
        if refused:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        self.file_list.addItem(item)

    def _remove(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.takeItem(row)
            self.file_removed.emit(row)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.setCurrentIndex(0)
            self.files_added.emit(paths)


def paste_problem(name: str) -> BankProblem:
    return BankProblem(name, "error", tr("banks.paste_empty"))
