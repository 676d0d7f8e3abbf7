"""What every editor offers the workspace: its object, and focusing a field by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EditorBase(QWidget):
    def __init__(self, obj: object, title: str) -> None:
        super().__init__()
        self.obj = obj
        self.setObjectName(f"editor-{type(obj).__name__}")
        self.fields: dict[str, QWidget] = {}
        self.main_layout = QVBoxLayout(self)
        self.title_label = QLabel(f"<h2>{title}</h2>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        self.main_layout.addWidget(self.title_label)

    def register(self, fields: dict[str, QWidget]) -> None:
        for key, widget in fields.items():
            self.fields.setdefault(key, widget)

    def focus_field(self, field: str) -> bool:
        widget = self.fields.get(field)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
