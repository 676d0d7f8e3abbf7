"""Focusing the exact widget a problem is about: a card's "correct" switch, a table row, a
scenario node, a case section's tab, the image reference inside a lesson's text.

An editor may offer ``focus_ref(ref) -> QWidget | None`` to do it itself; otherwise its
registered fields (:class:`ui.editors.base.EditorBase`) and their parts are used: card lists
(``cards`` and each card's ``editors``), tables (``table``) and the scenario editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from courseware.problem_locations import FieldRef
from ui.editors.base import EditorBase

ADVANCED_LEAVES = ("id",)


def focus_ref(editor: EditorBase, ref: FieldRef) -> QWidget | None:
    """Focus (and reveal) the widget for ``ref``; the widget, or None if there is none."""
    hook = getattr(editor, "focus_ref", None)
    if callable(hook):
        done = hook(ref)
        if isinstance(done, QWidget):
            return done
    widget = _widget_for(editor, ref)
    if widget is None:
        return None
    _reveal(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if ref.find:
        select_text(widget, ref.find)
    return widget


def _widget_for(editor: EditorBase, ref: FieldRef) -> QWidget | None:
    if not ref.path:
        return None
    head, rest = ref.path[0], ref.path[1:]
    if head == "sections" and rest:
        name = f"sections.{rest[0]}"
        editor.focus_field(name)  # the case editor shows the section's tab
        return editor.fields.get(name)
    if head in ("nodes", "start"):
        return _scenario_widget(editor, head, rest)
    if (rest[1:] and rest[1] in ADVANCED_LEAVES) or head in ADVANCED_LEAVES:
        show_advanced = getattr(editor, "show_advanced", None)
        if callable(show_advanced):
            show_advanced(True)
    editor.focus_field(head)
    widget = editor.fields.get(head)
    if widget is not None and rest and rest[0].isdigit():
        return _row_widget(widget, int(rest[0]), rest[1] if rest[1:] else "") or widget
    return _list_widget(widget) if widget is not None else None


def _list_widget(widget: QWidget) -> QWidget:
    """A list field as a whole: its table, or its add button while it is empty."""
    add = getattr(widget, "add_button", None)
    table = getattr(widget, "table", None)
    empty = getattr(widget, "cards", None) == [] or (table is not None and _rows(table) == 0)
    if empty and isinstance(add, QWidget):
        return add
    return table if isinstance(table, QWidget) else widget


def _rows(table: QWidget) -> int:
    """Rows of a QTableWidget or a QTreeWidget."""
    if isinstance(table, QTableWidget):
        return table.rowCount()
    if isinstance(table, QTreeWidget):
        return table.topLevelItemCount()
    return -1


def _row_widget(widget: QWidget, row: int, leaf: str) -> QWidget | None:
    """Row ``row`` of a card list (the card's ``leaf`` field, else its first) or a table."""
    cards = getattr(widget, "cards", None)
    if isinstance(cards, list) and 0 <= row < len(cards):
        editors = getattr(cards[row], "editors", {})
        chosen = next((w for f, w in editors.items() if getattr(f, "attr", None) == leaf), None)
        return chosen or next(iter(editors.values()), None)
    table = getattr(widget, "table", None)
    if isinstance(table, QTableWidget) and 0 <= row < table.rowCount():
        table.setCurrentCell(row, 0)
        return table
    return None


def _scenario_widget(editor: EditorBase, head: str, rest: tuple[str, ...]) -> QWidget | None:
    """The scenario builder: its list of steps (a missing start), else the step selected with
    its situation text, or its first choice (the add button when it has none)."""
    scenario = getattr(editor, "scenario", None)
    if scenario is None:
        return editor.fields.get(head)
    if head == "start" or not rest:
        return scenario.node_list  # type: ignore[no-any-return]
    scenario.select_node(rest[0])
    form = scenario.form
    if rest[1:] == ("choices",):
        return form.cards[0].text if form.cards else form.add_choice  # type: ignore[no-any-return]
    return form.situation  # type: ignore[no-any-return]


def _reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 20, 40)
        parent = parent.parentWidget()


def select_text(widget: QWidget, text: str) -> bool:
    """Select the first ``text`` in a text field (an image reference, a starter text); a
    compound field (the visual lesson editor, a field with pictures) in its text box."""
    widget = widget.focusProxy() or widget
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.document().find(text)
        if cursor.isNull() and isinstance(widget, QTextEdit):
            cursor = _image_cursor(widget, text)  # a rich-text editor shows the picture itself
        if cursor.isNull():
            return False
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    if isinstance(widget, QLineEdit):
        start = widget.text().find(text)
        if start >= 0:
            widget.setSelection(start, len(text))
            return True
    return False


def _image_cursor(widget: QTextEdit, reference: str) -> QTextCursor:
    """A cursor selecting the picture whose source ends with ``reference`` (or a null one)."""
    block = widget.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat() and \
                    char_format.toImageFormat().name().endswith(reference):
                cursor = QTextCursor(widget.document())
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                return cursor
            iterator += 1
        block = block.next()
    return QTextCursor()
