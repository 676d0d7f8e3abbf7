"""Open, new, save, save as, recent courses, close with unsaved changes, crash recovery."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from courseware import model as m
from courseware.format import load_course, save_course
from courseware.format.writer import course_paths
from courseware.i18n import interface_language
from courseware.scaffold import create_course
from ui.app_settings import AppSettings
from ui.document import CourseDocument
from ui.i18n import tr
from ui.recovery import RecoveryStore


class FileController:
    """Turns file actions into documents; ``opened`` receives each newly opened document."""

    def __init__(self, parent: QWidget, settings: AppSettings,
                 opened: Callable[[CourseDocument, list[str]], None]) -> None:
        self.parent = parent
        self.settings = settings
        self.opened = opened
        self.document: CourseDocument | None = None
        # dialogs, replaceable in tests
        self.ask_restore: Callable[[Path], bool] = self._ask_restore
        self.ask_unsaved: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved
        self.choose_folder: Callable[[str], Path | None] = self._choose_folder
        self.ask_title: Callable[[], str | None] = self._ask_title

    # -- opening

    def open_path(self, folder: Path) -> bool:
        result = load_course(folder, validate=False)
        if result.course is None:
            details = "\n".join(str(p) for p in result.problems.sorted()[:20])
            QMessageBox.warning(self.parent, tr("app.name"),
                                f"{tr('open.failed', path=folder)}\n{details}")
            return False
        on_disk = set(course_paths(result.course))
        course, restored = self._maybe_restore(folder, result.course)
        document = CourseDocument(course, folder.resolve())
        document.remember_files(on_disk)
        if restored:
            document.mark_modified()
        self.document = document
        self.settings.add_recent(folder)
        self.opened(document, [str(p) for p in result.problems.sorted()])
        return True

    def _maybe_restore(self, folder: Path, course: m.Course) -> tuple[m.Course, bool]:
        store = RecoveryStore(folder)
        snapshot = store.newer_snapshot()
        if snapshot is None:
            return course, False
        if self.ask_restore(snapshot):
            restored = store.load()
            if restored is not None:
                return restored, True
        store.discard()
        return course, False

    def open_dialog(self) -> None:
        if not self.may_discard_changes():
            return
        folder = self.choose_folder(tr("open.title"))
        if folder is not None:
            self.open_path(folder)

    def new_dialog(self) -> None:
        if not self.may_discard_changes():
            return
        title = self.ask_title()
        if not title:
            return
        folder = self.choose_folder(tr("new.folder_title"))
        if folder is not None:
            self.create(folder, title)

    def create(self, folder: Path, title: str) -> bool:
        try:
            create_course(folder, title, language=_course_language(title))
        except (FileExistsError, OSError) as error:
            QMessageBox.warning(self.parent, tr("app.name"), tr("new.failed", error=error))
            return False
        return self.open_path(folder)

    # -- saving

    def save(self) -> bool:
        document = self.document
        if document is None:
            return False
        try:
            self._write(document, document.root)
        except OSError as error:
            QMessageBox.critical(self.parent, tr("app.name"), tr("save.failed", error=error))
            return False
        RecoveryStore(document.root).discard()
        document.mark_saved(document.root)
        self.settings.add_recent(document.root)
        return True

    def save_as_dialog(self) -> bool:
        folder = self.choose_folder(tr("save_as.title"))
        return folder is not None and self.save_as(folder)

    def save_as(self, folder: Path) -> bool:
        document = self.document
        if document is None:
            return False
        if folder.exists() and any(folder.iterdir()):
            QMessageBox.warning(self.parent, tr("app.name"), tr("save_as.not_empty"))
            return False
        shutil.copytree(document.root, folder, dirs_exist_ok=True)  # media and other files
        self._write(document, folder)
        document.mark_saved(folder.resolve())
        self.settings.add_recent(folder)
        return True

    @staticmethod
    def _write(document: CourseDocument, root: Path) -> None:
        """Save, removing the files of items deleted or moved since the last save."""
        files = set(course_paths(document.course))
        save_course(document.course, root, remove=sorted(document.saved_files - files))
        document.remember_files(files)

    def may_discard_changes(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if self.document is None or not self.document.modified:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def discard_recovery(self) -> None:
        if self.document is not None:
            RecoveryStore(self.document.root).discard()

    # -- default dialogs

    def _ask_restore(self, snapshot: Path) -> bool:
        answer = QMessageBox.question(self.parent, tr("recovery.title"), tr("recovery.text"))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self.parent, tr("unsaved.title"), tr("unsaved.text"),
                                    buttons, QMessageBox.StandardButton.Save)

    def _choose_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(name) if name else None

    def _ask_title(self) -> str | None:
        text, ok = QInputDialog.getText(self.parent, tr("action.new"), tr("new.ask_title"))
        return text.strip() if ok and text.strip() else None


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _course_language(title: str) -> str:
    """A Chinese title gets the interface's Chinese (Traditional in a zh-TW interface)."""
    if not _is_chinese(title):
        return "en"
    return "zh-TW" if interface_language() == "zh-TW" else "zh-CN"
