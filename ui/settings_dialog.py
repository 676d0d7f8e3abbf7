"""Preferences: interface language and appearance (both applied immediately), export font,
paper size, organisation name/logo/signature, where results are kept (this PC or the
classroom server)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.app_settings import PAPER_SIZES, THEMES, AppSettings
from ui.connection_box import ConnectionBox
from ui.dialog_buttons import ok_cancel_buttons
from ui.help_window import add_help_key
from ui.i18n import tr

LANGUAGE_CHOICES = (("", "settings.language.system"), ("zh", "settings.language.zh"),
                    ("zh-TW", "settings.language.zh_tw"), ("en", "settings.language.en"))


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    theme_changed = Signal(str)

    def __init__(self, parent: QWidget, settings: AppSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("settings.title"))
        self.form = QFormLayout()
        self.language = QComboBox()
        for code, key in LANGUAGE_CHOICES:
            self.language.addItem(tr(key), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self._row("settings.language", self.language)
        self.theme = QComboBox()
        for code in THEMES:
            self.theme.addItem(tr(f"settings.theme.{code}"), code)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        self._row("settings.theme", self.theme)
        self.font_path = self._path_row("settings.font", "font", tr("settings.font_filter"))
        self.paper = QComboBox()
        for size in PAPER_SIZES:
            self.paper.addItem(tr(f"paper.{size}"), size)
        self.paper.setCurrentIndex(max(self.paper.findData(settings.get("paper_size")), 0))
        self._row("settings.paper", self.paper)
        self.organisation = QLineEdit(settings.get("organisation"))
        self._row("settings.organisation", self.organisation)
        self.logo = self._path_row("settings.logo", "logo", tr("filter.images_pattern"))
        self.signature = self._path_row("settings.signature", "signature",
                                        tr("filter.images_pattern"))
        self.connection = ConnectionBox(settings.get("results_db_url"))
        # room for a usual path or address in every field
        self.organisation.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        note = QLabel(tr("settings.language_note"))
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self, tr("button.ok"), tr("button.cancel"))
        add_help_key(self, "user-guide-authoring.md", "settings")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.connection)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _row(self, key: str, widget: QWidget, layout: QHBoxLayout | None = None) -> None:
        label = QLabel(tr(key))
        label.setBuddy(widget)
        widget.setAccessibleName(tr(key))
        self.form.addRow(label, layout if layout is not None else widget)

    def _path_row(self, key: str, setting: str, file_filter: str) -> QLineEdit:
        edit = QLineEdit(self.settings.get(setting))
        browse = QPushButton(tr("export.browse"))
        browse.setAccessibleName(tr("settings.browse_for", name=tr(key)))
        browse.clicked.connect(lambda: self._browse(edit, file_filter))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        self._row(key, edit, row)
        return edit

    def _browse(self, edit: QLineEdit, file_filter: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("settings.title"), edit.text(),
                                              file_filter)
        if name:
            edit.setText(name)

    def accept(self) -> None:
        problems = self.connection.problems()
        if problems:
            self.connection.result.setText("\n".join(problems))
            self.connection.host.setFocus()
            return
        values = {"font": self.font_path.text().strip(), "paper_size": self.paper.currentData(),
                  "organisation": self.organisation.text().strip(),
                  "logo": self.logo.text().strip(), "signature": self.signature.text().strip(),
                  "results_db_url": self.connection.chosen_url()}
        for key, value in values.items():
            self.settings.set(key, value)
        language = self.language.currentData()
        changed = language != self.settings.language
        self.settings.language = language
        theme = self.theme.currentData()
        theme_changed = theme != self.settings.theme
        self.settings.theme = theme
        self.settings.sync()
        super().accept()
        if changed:
            self.language_changed.emit(language)
        if theme_changed:
            self.theme_changed.emit(theme)
