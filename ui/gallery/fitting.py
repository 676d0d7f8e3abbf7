"""Text that does not fit its widget: labels, buttons and the cells of item views."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import (
    Qt,  # QtGui.Qt has mightBeRichText as well as the enums
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QTreeView,
)

TOLERANCE = 2  # px: rounding at fractional scale factors
MAX_ROWS = 400


def label_overflow(label: QLabel) -> str | None:
    """Why the label's text is cut off, or None when it fits."""
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + TOLERANCE:
            return f"needs {need_height} px height, has {label.height()}"
        return None
    need = text_width(label, text)
    if need > room.width() + TOLERANCE:
        return f"text needs {need} px, label has {room.width()} px and no word wrap"
    return None


def text_width(label: QLabel, text: str) -> int:
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth() + 0.999)
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def button_overflow(button: QAbstractButton) -> str | None:
    """Why the button's text is cut off, or None when it fits."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        need = button.sizeHint().width()
        have = button.width()
    else:
        have = _contents_width(button)
        need = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
    if need > have + TOLERANCE:
        return f"text needs {need} px, has {have} px"
    return None


def combo_overflow(combo: QComboBox) -> str | None:
    """Why a closed combo box's current text is cut off, or None when it fits."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + TOLERANCE:
        return f"current text needs {need} px, has {field.width()} px"
    return None


LINE_EDIT_MARGIN = 2  # px each side: QLineEdit's own horizontal margin around its text


def placeholder_overflow(edit: QLineEdit) -> str | None:
    """Why an empty line edit's placeholder (its hint) is cut off, or None when it fits."""
    hint = edit.placeholderText()
    if edit.text() or not hint:
        return None
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth,
                                                option, edit)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    have = room.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    need = edit.fontMetrics().horizontalAdvance(hint)
    if need > have + TOLERANCE:
        return f"placeholder needs {need} px, has {have} px"
    return None


def _contents_width(button: QAbstractButton) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    element = QStyle.SubElement.SE_PushButtonContents
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif not isinstance(button, QPushButton):
        return button.width()
    return button.style().subElementRect(element, option, button).width()


def elided_cells(view: QAbstractItemView) -> Iterator[str]:
    """The texts of visible cells that the view shows elided ("…")."""
    if view.textElideMode() == Qt.TextElideMode.ElideNone or view.model() is None:
        return
    viewport = view.viewport().rect()
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    for index in visible_indexes(view):
        rect = view.visualRect(index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if rect.isEmpty() or not viewport.intersects(rect) or not isinstance(text, str):
            continue
        hint = view.sizeHintForIndex(index)
        if wraps:
            need = _wrapped_height(view, text, rect.width() - (hint.width() - _advance(view, text)))
            if need > rect.height() + TOLERANCE:
                yield f'cell "{text[:40]}" needs {need} px height, has {rect.height()} px'
        elif hint.width() > rect.width() + TOLERANCE:
            yield f'cell "{text[:40]}" needs {hint.width()} px, has {rect.width()} px'


def _advance(view: QAbstractItemView, text: str) -> int:
    return max(view.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def _wrapped_height(view: QAbstractItemView, text: str, width: int) -> int:
    """The height ``text`` takes wrapped at ``width`` (the cell's room for text)."""
    bounds = QRect(0, 0, max(width, 1), 100_000)
    flags = int(Qt.TextFlag.TextWordWrap.value)
    return view.fontMetrics().boundingRect(bounds, flags, text).height()


def visible_indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < MAX_ROWS:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            seen += 1
            for column in range(column_count(view)):
                if _column_hidden(view, column):
                    continue
                yield model.index(row, column, parent)
            child = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(child):
                pending.append(child)


def column_count(view: QAbstractItemView) -> int:
    """Columns as the view shows them (a list model's columnCount is private in PySide)."""
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    return header().count() if header is not None else 1


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if is_hidden is not None else False
