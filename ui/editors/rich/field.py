"""A Markdown field edited visually (or as source): toolbar, the visual surface, the source
editor, and the binding of both to the course model through undoable commands.

The model always holds Markdown. Typing merges into one undo step per field, like any text
box; a toolbar command (a table, a heading, a call-out …) is one step of its own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QTextCursor, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from courseware.fileio import resolve_inside
from ui.binding import TextBinding
from ui.commands import SetValueCommand, read_value
from ui.document import CourseDocument
from ui.editors import markdown_edits as md
from ui.editors.alt_text_dialog import ask_alt_text, suggested_alt
from ui.editors.rich import formatting as fm
from ui.editors.rich import props as p
from ui.editors.rich.link_dialog import LinkDialog
from ui.editors.rich.source_edits import SOURCE_EDITS, works_in_source
from ui.editors.rich.to_document import markdown_to_document
from ui.editors.rich.to_markdown import container_lines, document_to_markdown, source_lines
from ui.editors.rich.toolbar import TABLE_EDITS, FormatBar
from ui.editors.rich.view import RichTextEdit
from ui.i18n import tr
from ui.media_import import IMAGE_FILTER, image_markdown, import_image

_prefer_source = False  # the mode the last field was left in: the next one opens in it


class FormatStepCommand(SetValueCommand):
    """A toolbar command's change: its own undo step, never merged with typing."""

    def id(self) -> int:
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return False


class MarkdownField(QWidget):
    mode_changed = Signal(bool)  # True: source mode

    def __init__(self, document: CourseDocument, target: Any, key: str, owner: object,
                 markdown_file: Callable[[], str], name: str, *, callouts: bool = True,
                 tail: tuple[str, ...] = ("",)) -> None:
        super().__init__()
        self.document, self.target, self.key, self.owner = document, target, key, owner
        self.markdown_file, self.tail = markdown_file, tail
        self._loading = False
        self._step = False
        self.ask_alt: Callable[..., str | None] = ask_alt_text  # replaceable in tests
        self._written: str | None = None
        self._stale = True
        self.setObjectName(f"{name}-field")
        self.visual = RichTextEdit(self.resolve_image, self.save_image_bytes, self.import_file)
        self.visual.setObjectName(f"{name}-visual")
        self.visual.menu_hook = self._context_menu
        self.visual.allow_file = self.inside_course
        self.visual.step_hook = self.run_step
        self.visual.describe_image = self.describe_image
        self.source = QPlainTextEdit()
        self.source.setObjectName(f"{name}-source")
        self.source.setAccessibleName(tr("rich.source_editor"))
        TextBinding(document, self.source, target, key, owner=owner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.visual)
        self.stack.addWidget(self.source)
        self.setFocusProxy(self.visual)
        self.bar = FormatBar(self, callouts)
        self.actions_by_name = self.bar.actions
        self.toolbar, self.view_bar = self.bar.toolbar, self.bar.view_bar
        self.table_menu = self.bar.table_menu
        self.format_actions = [action for name, action in self.actions_by_name.items()
                               if not works_in_source(name) and name != "source_mode"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toolbar, 1)
        row.addWidget(self.view_bar)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.visual.installEventFilter(self)
        self.source.installEventFilter(self)
        self.visual.document().contentsChanged.connect(self._visual_changed)
        document.changed.connect(self._model_changed)
        self.set_source_mode(_prefer_source)

    # -- model ⇄ document

    def value(self) -> str:
        return str(read_value(self.target, self.key) or "")

    def markdown(self) -> str:
        """The visual document as Markdown (what would be saved)."""
        return document_to_markdown(self.visual.document(), self.tail)

    def load_visual(self) -> None:
        position = self.visual.textCursor().position()
        self._loading = True
        document = self.visual.document()
        document.setUndoRedoEnabled(False)
        try:
            markdown_to_document(self.value(), document, self.resolve_image, self.tail)
        finally:
            document.setUndoRedoEnabled(True)
            self._loading = False
        self._written, self._stale = self.value(), False
        cursor = self.visual.textCursor()
        cursor.setPosition(min(position, max(document.characterCount() - 1, 0)))
        self.visual.setTextCursor(cursor)

    def _visual_changed(self) -> None:
        if self._loading or self.in_source_mode():
            return
        text = self.markdown()
        self._written = text
        if text == self.value():
            return
        kind = FormatStepCommand if self._step else SetValueCommand
        label = tr("rich.undo_format", field=self.key) if self._step else \
            tr("undo.edit_field", field=self.key)
        self.document.push(kind(self.document, self.target, self.key, text, label,
                                owner=self.owner))

    def _model_changed(self, obj: object) -> None:
        if obj is not self.owner:
            return
        if self.in_source_mode():
            self._stale = True
        elif self.value() != self._written:
            self.load_visual()

    def run_step(self, change: Callable[[], object]) -> None:
        """A toolbar command: applied to the visual document as one undo step."""
        if self.in_source_mode():
            return
        self._step = True
        try:
            change()
        finally:
            self._step = False
        self.visual.setFocus()

    # -- source mode

    def in_source_mode(self) -> bool:
        return self.stack.currentWidget() is self.source

    def set_source_mode(self, on: bool, remember: bool = True) -> None:
        global _prefer_source
        if remember:
            _prefer_source = on
        if not on and (self._stale or self.markdown() != self.value()):
            self.load_visual()
        self.stack.setCurrentWidget(self.source if on else self.visual)
        self.setFocusProxy(self.editor())  # focusing the field (a problem's click) types here
        for action in self.format_actions:
            action.setVisible(not on)
            action.setEnabled(not on)
        toggle = self.actions_by_name.get("source_mode")
        if toggle is not None and toggle.isChecked() != on:
            toggle.setChecked(on)
        self.mode_changed.emit(on)

    def editor(self) -> QWidget:
        return self.source if self.in_source_mode() else self.visual

    def select_markdown(self, start: int, end: int) -> None:
        """Select what the Markdown holds at [start, end): in source mode exactly; in the
        visual editor the same occurrence of the same text. Text found only in the Markdown
        marks (a search for "##") opens source mode to show it."""
        if not self.in_source_mode() and not self._select_visual(start, end):
            self.set_source_mode(True, remember=False)
        if self.in_source_mode():
            cursor = self.source.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.source.setTextCursor(cursor)
            self.source.centerCursor()
            self.source.setFocus()

    def _select_visual(self, start: int, end: int) -> bool:
        text = self.value()
        found = text[start:end]
        occurrence = text.count(found, 0, start) if found else 0
        document = self.visual.document()
        cursor = QTextCursor(document)
        for _ in range(occurrence + 1):
            following = document.find(found, cursor)
            if following.isNull():
                break
            cursor = following
        if not cursor.hasSelection():
            return False
        self.visual.setTextCursor(cursor)
        self.visual.ensureCursorVisible()
        self.visual.setFocus()
        return True

    # -- pictures

    def _base(self) -> str:
        folder = str(PurePosixPath(self.markdown_file()).parent)
        return "" if folder == "." else folder

    def resolve_image(self, src: str) -> str | None:
        found = resolve_inside(self.document.root, src, self._base())
        return str(found[0]) if found is not None and found[0].is_file() else None

    def inside_course(self, path: Path) -> bool:
        root = self.document.root.resolve()
        resolved = path.resolve()
        return resolved == root or root in resolved.parents

    def import_file(self, path: Path) -> str | None:
        try:
            return import_image(self.document.root, path, self.markdown_file())
        except OSError as error:
            QMessageBox.warning(self, tr("rich.image"), tr("rich.image.failed", error=error))
            return None

    def save_image_bytes(self, data: bytes, suffix: str) -> str | None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"pasted-image{suffix}"
            path.write_bytes(data)
            return self.import_file(path)

    def choose_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("rich.image"), "",
                                              f"{tr('filter.images')} ({IMAGE_FILTER})")
        if name:
            self.insert_image_file(Path(name))

    def insert_image_file(self, path: Path) -> None:
        """A picture from a file (button or drop): its description asked first, as for the
        pictures of questions; cancelling inserts and copies nothing."""
        alt = self.ask_alt(self, QPixmap(str(path)), suggested_alt(path.name))
        if alt is None:
            return
        link = self.import_file(path)
        if link and self.in_source_mode():
            md.insert_text(self.source, image_markdown(link, alt))
        elif link:
            self.run_step(lambda: fm.insert_image(self.visual, link, alt, self.resolve_image))

    def describe_image(self, picture: QTextCursor) -> None:
        """Ask for a picture's description (its alt text, read aloud and shown if it is lost)."""
        fmt = picture.charFormat().toImageFormat()
        alt = str(fmt.property(p.IMAGE_ALT) or "")
        shown = self.resolve_image(str(fmt.property(p.IMAGE_SRC) or "")) or ""
        text = self.ask_alt(self, QPixmap(shown), alt)
        if text is not None and text != alt:
            self.set_image_description(picture, text)

    def set_image_description(self, picture: QTextCursor, text: str) -> None:
        def change() -> None:
            fmt = picture.charFormat().toImageFormat()
            fmt.setProperty(p.IMAGE_ALT, text)
            fmt.setToolTip(text)
            picture.setCharFormat(fmt)

        self.run_step(change)

    # -- links

    def edit_link(self) -> None:
        if self.in_source_mode():
            dialog = LinkDialog(self, self.source.textCursor().selectedText(), "")
        else:
            dialog = LinkDialog(self, self.visual.textCursor().selectedText(),
                                self.visual.anchor_at_cursor())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_link(dialog.text.text() or dialog.address.text(), dialog.address.text())

    def set_link(self, text: str, address: str) -> None:
        if self.in_source_mode():
            md.wrap_link(self.source, text, address.strip())
            return
        self.run_step(lambda: fm.set_link(self.visual, text, address.strip()))

    # -- toolbar commands

    def trigger(self, name: str, slot: Callable[[], object]) -> None:
        source_edit = SOURCE_EDITS.get(name)
        if source_edit is not None and self.in_source_mode():
            source_edit(self.source)
            self.source.setFocus()
        else:
            slot()

    def insert_table(self, rows: int, columns: int) -> None:
        if self.in_source_mode():
            md.insert_text(self.source, md.table_markdown(rows, columns))
            return
        self.run_step(lambda: fm.insert_table(self.visual, rows, columns))

    def table_edit(self, edit: str) -> None:
        self.run_step(lambda: fm.table_edit(self.visual, edit))

    def insert_callout(self, kind: str) -> None:
        if self.in_source_mode():
            md.insert_block(self.source, kind)
            return
        self.run_step(lambda: fm.insert_callout(self.visual, kind))

    def _context_menu(self, menu: QMenu) -> None:
        cursor = self.visual.textCursor()
        box = fm.box_at(cursor)
        if box is not None:
            menu.addSeparator()
            source = box.frameFormat().property(p.KIND) == p.KIND_SOURCE
            menu.addAction(self.actions_by_name["reformat" if source else "unwrap"])
        if cursor.currentTable() is not None:
            menu.addSeparator()
            for edit in TABLE_EDITS:
                menu.addAction(self.actions_by_name[f"table_{edit}"])

    def unwrap_box(self) -> None:
        """Take the text out of its box (a call-out or quote), or read a kept-as-written block
        again as formatted text (after fixing it)."""
        box = fm.box_at(self.visual.textCursor())
        if box is None:
            return
        if box.frameFormat().property(p.KIND) == p.KIND_SOURCE:
            inner = "\n".join(source_lines(box))
        else:
            inner = "\n".join(container_lines(box, []))

        def change() -> None:
            step = QTextCursor(self.visual.document())
            step.beginEditBlock()  # one undo step: the box goes, its text comes back
            self.visual.setTextCursor(fm.remove_frame(box))
            self.visual.insert_markdown(inner)
            step.endEditBlock()

        self.run_step(change)

    # -- shortcuts: taken before the window's (Ctrl+1 … are the window's otherwise)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.visual, self.source) and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            action = self.bar.action_for_key(event)
            if action is not None and action.isEnabled():
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action.trigger()
                return True
        return super().eventFilter(watched, event)
