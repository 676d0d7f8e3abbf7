"""Find and replace over the open course: searches as the trainer types, jumps to a match's
item and field, and replaces one match or all of them as one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from courseware import search
from ui.commands import ReplaceTextCommand
from ui.document import CourseDocument
from ui.editors.cards import CardList
from ui.i18n import tr
from ui.search.panel import MATCH_ROLE, SearchPanel

SEARCH_DELAY_MS = 250


class SearchController(QObject):
    def __init__(self, panel: SearchPanel, select: Callable[[object], bool],
                 editor: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self._select, self._editor = select, editor
        self.document: CourseDocument | None = None
        self.matches: list[search.Match] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        panel.query.textChanged.connect(self.schedule)
        panel.match_case.toggled.connect(self.schedule)
        panel.whole_word.toggled.connect(self.schedule)
        panel.query.returnPressed.connect(self.find_next)
        panel.replace_one_button.clicked.connect(self.replace_current)
        panel.replace_all_button.clicked.connect(self.replace_all)
        panel.match_activated.connect(self.jump_to)
        panel.show_matches([])

    def attach(self, document: CourseDocument) -> None:
        self.document = document
        document.changed.connect(self._document_changed)
        document.structure_changed.connect(self._document_changed)
        self.search_now()

    def schedule(self, *_args: object) -> None:
        self.timer.start()

    def _document_changed(self, *_args: object) -> None:
        if self.panel.query.text():
            self.schedule()  # results follow edits made elsewhere

    def search_now(self) -> list[search.Match]:
        self.timer.stop()
        query = self.panel.query.text()
        course = self.document.course if self.document else None
        self.matches = search.find(course, query, self.panel.options()) if course else []
        self.panel.show_matches(self.matches)
        return self.matches

    def find_next(self) -> search.Match | None:
        """Enter in the find field: show the next match in its editor, as Word's Find Next;
        typing can go on in the find field."""
        if self.timer.isActive() or not self.matches:
            self.search_now()
        rows = self.panel.match_rows()
        if not rows:
            return None
        current = self.panel.results.currentItem()
        number = rows.index(current) + 1 if current in rows else 0
        row = rows[number % len(rows)]
        self.panel.results.setCurrentItem(row)
        match = row.data(0, MATCH_ROLE)
        self.jump_to(match)
        self.panel.query.setFocus()
        return match

    # -- replacing

    def replace_current(self) -> int:
        match = self.panel.current_match()
        if match is None or self.document is None:
            return 0
        rows = self.panel.match_rows()
        number = next((i for i, row in enumerate(rows) if row.data(0, MATCH_ROLE) is match), 0)
        query, new = self.panel.query.text(), self.panel.replacement.text()
        edit = search.replace_one(match, query, new, self.panel.options())
        if edit is None:
            self.panel.status.setText(tr("search.stale"))
            return 0
        self.document.push(ReplaceTextCommand(
            self.document, [edit], tr("search.undo_one", old=query, new=new)))
        self.search_now()
        self.panel.select_row(number)
        return 1

    def replace_all(self) -> int:
        if self.document is None:
            return 0
        query, new = self.panel.query.text(), self.panel.replacement.text()
        edits = search.replace_all(self.document.course, query, new, self.panel.options())
        count = sum(edit.count for edit in edits)
        if count:
            self.document.push(ReplaceTextCommand(
                self.document, edits, tr("search.undo_all", old=query, new=new, count=count)))
        self.search_now()
        if count:
            self.panel.status.setText(tr("search.replaced", count=count))
        return count

    # -- jumping

    def jump_to(self, match: search.Match) -> None:
        place = match.place
        if not self._select(place.item):
            return
        editor = self._editor()
        if editor is None:
            return
        focus_field = getattr(editor, "focus_field", None)
        widget = getattr(editor, "fields", {}).get(place.field)
        if focus_field is not None and widget is not None and focus_field(place.field):
            select_in_widget(widget, match)
        if not _selected(editor, match):
            # a field the editor does not name (the certificate's), or a scenario step's text
            # shown once its step is selected: the box that holds exactly this text
            holder = _text_holder(editor, match.text)
            if holder is not None:
                holder.setFocus()
                select_in_widget(holder, match)


def select_in_widget(widget: QWidget, match: search.Match) -> None:
    """Select the matched text in a text field, its card's field, or its row in a table."""
    place = match.place
    select_markdown = getattr(widget, "select_markdown", None)
    if callable(select_markdown):  # a lesson or case text edited visually or as source
        select_markdown(match.start, match.end)
        return
    if isinstance(widget, CardList) and place.row is not None:
        _select_in_card(widget, match)
    elif isinstance(widget, QLineEdit) and widget.text() == match.text:
        widget.setSelection(match.start, match.end - match.start)
    elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() == match.text:
        cursor = widget.textCursor()
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.centerCursor()
    elif place.row is not None:
        _select_row(widget, place.row, _column(widget, place.key))


def _select_in_card(cards: CardList, match: search.Match) -> None:
    """Focus the card's field that holds the match and select it; a field listing several
    values (accepted answers 甲、乙) selects the match inside the list."""
    place = match.place
    if place.row is None or place.row >= len(cards.cards):
        return
    editors = cards.cards[place.row].editors
    boxes = [box for field, box in editors.items()
             if isinstance(box, (QLineEdit, QPlainTextEdit))
             and (field.attr == place.key or match.text in _box_text(box))]
    if not boxes:
        return
    box = boxes[0]
    box.setFocus()
    offset = max(_box_text(box).find(match.text), 0)
    if isinstance(box, QLineEdit):
        box.setSelection(offset + match.start, match.end - match.start)
    else:
        cursor = box.textCursor()
        cursor.setPosition(offset + match.start)
        cursor.setPosition(offset + match.end, cursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)


def _box_text(box: QLineEdit | QPlainTextEdit) -> str:
    return box.text() if isinstance(box, QLineEdit) else box.toPlainText()


def _text_holder(editor: QWidget, text: str) -> QLineEdit | QPlainTextEdit | None:
    for box in editor.findChildren(QLineEdit):
        if box.isVisible() and box.text() == text:
            return box
    for area in editor.findChildren(QPlainTextEdit):
        if area.isVisible() and area.toPlainText() == text:
            return area
    return None


def _selected(editor: QWidget, match: search.Match) -> bool:
    """Whether the match's text is selected in the focused box, or its row in a list."""
    focus = editor.focusWidget()
    if isinstance(focus, QLineEdit):
        return focus.selectedText() == match.found and focus.text() == match.text
    if isinstance(focus, QPlainTextEdit | QTextEdit):
        return focus.textCursor().selectedText() == match.found
    return isinstance(focus, QAbstractItemView) and match.place.part not in _SHOWN_IN_BOXES


# texts of a scenario step: the step's row is selected, then its text box below
_SHOWN_IN_BOXES = {"node_text", "choice_text", "choice_feedback", "ending_feedback"}


def _select_row(widget: QWidget, row: int, column: int = 0) -> None:
    if isinstance(widget, QListWidget):
        widget.setCurrentRow(row)
        return
    view = widget if isinstance(widget, QAbstractItemView) else getattr(widget, "table", None)
    if isinstance(view, QAbstractItemView) and view.model() is not None:
        index = view.model().index(row, column)
        view.setCurrentIndex(index)
        view.scrollTo(index)


def _column(widget: QWidget, key: str | int) -> int:
    """The table column that shows ``key`` (an option's text or feedback …), else the first."""
    columns = getattr(widget, "columns", [])
    return next((number for number, column in enumerate(columns)
                 if getattr(column, "attr", None) == key), 0)
