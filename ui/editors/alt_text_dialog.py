"""Asking for a picture's alternative text when it is inserted (and when it is edited).

An empty description is only accepted with an explicit "decorative picture" choice, so a
trainer never leaves one out by accident."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_buttons import ok_cancel_buttons
from ui.i18n import tr
from ui.theme import colour

PREVIEW_SIZE = (320, 200)
_CAMERA_NAME = re.compile(r"^(img|dsc|dscn|pxl|screenshot|screen shot|image|photo|屏幕截图|截图"
                          r"|微信图片|mmexport)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def suggested_alt(file_name: str) -> str:
    """A first description from the file name (trust-steps.png → "trust steps"); nothing for
    camera and screenshot names (IMG_2031.jpg), which describe nothing."""
    stem = Path(file_name).stem
    if not _LETTER.search(_CAMERA_NAME.sub("", stem, count=1)):
        return ""  # only a camera's prefix and numbers
    return " ".join(re.sub(r"[-_]+", " ", stem).split())


class AltTextDialog(QDialog):
    def __init__(self, parent: QWidget | None, picture: QPixmap, alt: str, *,
                 note: str = "", decorative: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("alt-text-dialog")
        self.setWindowTitle(tr("alt.title"))
        layout = QVBoxLayout(self)
        self.preview = QLabel()
        self.preview.setObjectName("alt-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not picture.isNull():
            self.preview.setPixmap(picture.scaled(
                *PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(self.preview)
        if note:
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        label = QLabel(tr("alt.label"))
        self.text = QLineEdit(alt)
        self.text.setObjectName("alt-text")
        self.text.setAccessibleName(tr("alt.label").replace("&", ""))
        label.setBuddy(self.text)
        why = QLabel(tr("alt.why"))
        why.setWordWrap(True)
        why.setObjectName("alt-why")
        self.decorative = QCheckBox(tr("alt.decorative"))
        self.decorative.setObjectName("alt-decorative")
        self.decorative.setChecked(decorative)
        self.warning = QLabel(tr("alt.needed"))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {colour('text.error')};")
        self.buttons = ok_cancel_buttons(self)
        for widget in (label, self.text, why, self.decorative, self.warning, self.buttons):
            layout.addWidget(widget)
        self.text.textChanged.connect(self._update)
        self.decorative.toggled.connect(self._update)
        self.setMinimumWidth(460)
        self._update()
        self.text.selectAll()

    def _update(self) -> None:
        decorative = self.decorative.isChecked()
        self.text.setEnabled(not decorative)
        ready = decorative or bool(self.text.text().strip())
        self.warning.setVisible(not ready)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)

    def alt_text(self) -> str:
        return "" if self.decorative.isChecked() else " ".join(self.text.text().split())


def ask_alt_text(parent: QWidget | None, picture: QPixmap, alt: str, *, note: str = "",
                 decorative: bool = False) -> str | None:
    """The description chosen ("" for a decorative picture), or None when cancelled."""
    dialog = AltTextDialog(parent, picture, alt, note=note, decorative=decorative)
    try:
        return dialog.alt_text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
