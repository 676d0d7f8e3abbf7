"""Click targets too small for trainee mode (issue #12: at least 44 px, in logical pixels, so
the same at every display scaling)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

MIN_TARGET = 44


def small_target(widget: QWidget) -> str | None:
    """Why ``widget`` is too small to hit easily, or None."""
    if widget.objectName().startswith("qt_"):
        return None
    if isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
        if widget.height() < MIN_TARGET:
            return f"{widget.height()} px high, less than {MIN_TARGET}"
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        return _small_rows(widget)
    return None


def _small_rows(view: QAbstractItemView) -> str | None:
    model = view.model()
    if model is None or model.rowCount(QModelIndex()) == 0:
        return None
    height = view.visualRect(model.index(0, 0, QModelIndex())).height()
    if 0 < height < MIN_TARGET:
        return f"rows {height} px high, less than {MIN_TARGET}"
    return None
