"""A layout problem found on a screen, and how a widget is named in the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

SNIPPET = 40


@dataclass(frozen=True)
class Problem:
    screen: str
    widget: str
    kind: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def visible_text(widget: QWidget) -> str:
    """The text a widget shows itself (labels, buttons, group boxes), or ""."""
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def describe(widget: QWidget) -> str:
    """``QLabel#name "text…"``: enough to find the widget in the code."""
    name = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        name += f"#{widget.objectName()}"
    text = " ".join(visible_text(widget).split())
    if text:
        name += f' "{text[:SNIPPET]}{"…" if len(text) > SNIPPET else ""}"'
    return name
