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
    """``#page QLabel#name "text…"``: the nearest named ancestor, the widget's class, name and
    text; enough to find it in the code."""
    name = type(widget).__name__
    if _named(widget):
        name += f"#{widget.objectName()}"
    else:
        ancestor = widget.parentWidget()
        while ancestor is not None and not _named(ancestor):
            ancestor = ancestor.parentWidget()
        if ancestor is not None:
            name = f"#{ancestor.objectName()} {name}"
    text = " ".join(visible_text(widget).split())
    if text:
        name += f' "{text[:SNIPPET]}{"…" if len(text) > SNIPPET else ""}"'
    return name


def _named(widget: QWidget) -> bool:
    return bool(widget.objectName()) and not widget.objectName().startswith("qt_")
