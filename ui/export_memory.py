"""Where exports go and what the export dialogs remember.

Exports default to the course's own ``exports`` folder (beside its files; a course in a
read-only place, such as the installed sample, uses Documents/Courseware Studio/<course id>).
Each dialog remembers, per course, the folder last used, and, across courses, its choices
(edition, paper, answer key, design …).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox, QWidget

from ui.app_settings import AppSettings

EXPORTS_FOLDER = "exports"
GROUP = "export_memory"


def default_export_folder(root: Path, course_id: str) -> Path:
    if _writable(root):
        return root / EXPORTS_FOLDER
    return Path(platformdirs.user_documents_dir()) / "Courseware Studio" / course_id


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


class ExportMemory:
    def __init__(self, settings: AppSettings, dialog: str, root: Path, course_id: str) -> None:
        self.qsettings = settings.qsettings
        self.dialog, self.root, self.course_id = dialog, root, course_id
        digest = hashlib.sha1(str(root.resolve()).encode("utf-8")).hexdigest()[:16]
        self._folder_key = f"{GROUP}/folders/{dialog}-{digest}"

    def folder(self) -> Path:
        remembered = str(self.qsettings.value(self._folder_key, "") or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return default_export_folder(self.root, self.course_id)

    def remember_folder(self, folder: Path) -> None:
        self.qsettings.setValue(self._folder_key, str(folder))

    def _key(self, name: str) -> str:
        return f"{GROUP}/choices/{self.dialog}/{name}"

    def restore(self, widgets: dict[str, QWidget]) -> None:
        for name, widget in widgets.items():
            value = self.qsettings.value(self._key(name))
            if value is None:
                continue
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0 and str(value).isdigit():  # QSettings returns ints as text
                    index = widget.findData(int(value))
                if index >= 0:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QAbstractButton):
                widget.setChecked(value in (True, "true"))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))

    def save(self, widgets: dict[str, QWidget]) -> None:
        for name, widget in widgets.items():
            if isinstance(widget, QComboBox):
                value: object = widget.currentData()
            elif isinstance(widget, QAbstractButton):
                value = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                value = widget.value()
            else:
                continue
            self.qsettings.setValue(self._key(name), value)
