"""The link dialog: the words to show and the address."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialog_buttons import ok_cancel_buttons
from ui.i18n import tr


class LinkDialog(QDialog):
    def __init__(self, parent: QWidget, text: str, address: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("rich.link.title"))
        form = QFormLayout(self)
        self.text = QLineEdit(text)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("https://")
        form.addRow(tr("rich.link.text"), self.text)
        form.addRow(tr("rich.link.address"), self.address)
        buttons = ok_cancel_buttons(self)
        form.addRow(buttons)
        self.setMinimumWidth(420)
