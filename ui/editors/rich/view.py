"""The visual editing surface: a QTextEdit that draws call-out labels, pastes Word/WPS/web
HTML as clean Markdown, takes pictures from the clipboard or dropped files, and offers table
commands on right-click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from ui.editors.rich import formatting as fm
from ui.editors.rich import props as p
from ui.editors.rich import styles
from ui.editors.rich.inline_build import ImageResolver
from ui.editors.rich.paste import ImageSaver, html_to_markdown
from ui.editors.rich.to_document import markdown_to_document
from ui.editors.rich.to_markdown import selection_to_markdown
from ui.i18n import catalogue, tr

# our own type: Qt's QTextEdit fills "text/markdown" itself (without the call-out boxes)
MARKDOWN_MIME = "application/x-courseware-markdown"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}


def frame_label(frame: QTextFrame) -> tuple[str, QColor] | None:
    fmt = frame.frameFormat()
    kind = fmt.property(p.KIND)
    if kind == p.KIND_CALLOUT:
        name = str(fmt.property(p.CALLOUT))
        known = {f"rich.callout.{name}", f"section.{name}"} & set(catalogue())
        text = tr(min(known, key=lambda k: not k.startswith("rich"))) if known else name
        return text, styles.callout_colours(name)[0]
    if kind == p.KIND_SOURCE:
        reason = str(fmt.property(p.SOURCE_LABEL) or "markdown")
        return tr(f"rich.source.{reason}"), QColor(styles.SOURCE_COLOURS[0])
    return None


def all_frames(frame: QTextFrame) -> list[QTextFrame]:
    found = []
    for child in frame.childFrames():
        found.append(child)
        found += all_frames(child)
    return found


class RichTextEdit(QTextEdit):
    def __init__(self, images: ImageResolver | None = None,
                 save_image: ImageSaver | None = None,
                 import_file: Callable[[Path], str | None] | None = None) -> None:
        super().__init__()
        self.images, self.save_image, self.import_file = images, save_image, import_file
        self.menu_hook: Callable[[QMenu], None] | None = None
        self.allow_file: Callable[[Path], bool] | None = None  # pictures it may read
        self.step_hook: Callable[[Callable[[], object]], None] | None = None
        self.describe_image: Callable[[QTextCursor], None] | None = None
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        # text wraps to the width; a 100% table may stick out by a pixel of its border
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setObjectName("rich-editor")

    # -- labels above call-outs and source blocks

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        painter.setFont(font)
        layout = self.document().documentLayout()
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        for frame in all_frames(self.document().rootFrame()):
            label = frame_label(frame)
            if label is None:
                continue
            rect = layout.frameBoundingRect(frame).translated(-offset)
            painter.setPen(label[1])
            baseline = QPointF(4, 2 + painter.fontMetrics().ascent())
            painter.drawText(rect.topLeft() + baseline, label[0])
        painter.end()

    # -- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.textCursor().currentList():
            step = -1 if key == Qt.Key.Key_Backtab or \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            fm.change_indent(self, step)
            return
        if key == Qt.Key.Key_Space and not event.modifiers() and self._autoformat():
            return
        was_heading = self.textCursor().blockFormat().headingLevel() > 0
        super().keyPressEvent(event)
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        cursor = self.textCursor()
        block_format = cursor.blockFormat()
        if block_format.hasProperty(p.GAP):  # the blank lines before a block stay with it
            block_format.clearProperty(p.GAP)
            cursor.setBlockFormat(block_format)
        if was_heading and not cursor.block().text():  # after a heading: body text, as in Word
            fm.set_heading(self, 0)

    def _autoformat(self) -> bool:
        """As in Word: "1." or "-" then a space at the start of a paragraph starts a list; "#",
        "##", "###" then a space make it a heading. Ctrl+Z brings the typed marks back."""
        cursor = self.textCursor()
        block = cursor.block()
        typed = block.text()[:cursor.positionInBlock()]
        if cursor.hasSelection() or block.textList() is not None or \
                block.blockFormat().headingLevel() or cursor.currentTable() is not None:
            return False
        if typed in ("-", "*", "1.", "1)"):
            change = lambda: fm.toggle_list(self, ordered=typed[0] == "1")  # noqa: E731
        elif typed in ("#", "##", "###"):
            change = lambda: fm.set_heading(self, len(typed))  # noqa: E731
        else:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.setTextCursor(cursor)
        change()
        cursor.endEditBlock()
        return True

    # -- pictures: double-click to describe one

    def image_at(self, point: QPoint) -> QTextCursor | None:
        """A cursor selecting the picture under ``point`` (None when there is none)."""
        cursor = self.cursorForPosition(point)
        for start in (cursor.position(), cursor.position() - 1):
            if start < 0:
                continue
            probe = QTextCursor(self.document())
            probe.setPosition(start)
            probe.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            if probe.charFormat().isImageFormat() and probe.selectedText() == p.OBJECT_CHAR:
                return probe
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        picture = self.image_at(event.position().toPoint())
        if picture is None or self.describe_image is None:
            super().mouseDoubleClickEvent(event)
            return
        self.describe_image(picture)

    # -- right-click

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        cursor = self.cursorForPosition(event.pos())
        if not self.textCursor().hasSelection():
            self.setTextCursor(cursor)
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_hook is not None:
            self.menu_hook(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- paste and drop

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag carry the selection's Markdown too, so pasting it back here keeps
        call-outs and spellings; other programs take the HTML or the plain text."""
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        markdown = selection_to_markdown(self.document(), cursor.selectionStart(),
                                         cursor.selectionEnd())
        mime.setData(MARKDOWN_MIME, markdown.encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: one undo step of their own (not merged with typing)."""
        if self.step_hook is not None:
            self.step_hook(lambda: self._insert(source))
        else:
            self._insert(source)

    def _insert(self, source: QMimeData) -> None:
        files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
        pictures = [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES]
        if pictures:
            self.insert_picture_files(pictures)
        elif source.hasFormat(MARKDOWN_MIME):
            self.insert_markdown(bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8"))
        elif source.hasHtml():
            self.insert_markdown(html_to_markdown(source.html(), self.save_image))
        elif source.hasImage():
            self.insert_clipboard_image(source.imageData())
        elif source.hasText():
            self.textCursor().insertText(source.text())

    def insert_picture_files(self, paths: list[Path]) -> None:
        if self.import_file is None:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for path in paths:
            link = self.import_file(path)
            if link:
                fm.insert_image(self, link, path.stem, self.images)
        cursor.endEditBlock()

    def insert_clipboard_image(self, image: object) -> None:
        if not isinstance(image, QImage) or image.isNull() or self.save_image is None:
            return
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        link = self.save_image(bytes(data.data()), ".png")
        if link:
            fm.insert_image(self, link, "", self.images)

    def insert_markdown(self, markdown: str) -> None:
        """Markdown (pasted and converted) at the cursor, as formatted content."""
        if not markdown.strip():
            return
        scratch = QTextDocument()
        scratch.setDefaultFont(self.document().defaultFont())
        markdown_to_document(markdown, scratch, self.images, tail=())
        first = scratch.firstBlock()
        inline = (scratch.blockCount() == 1 and not scratch.rootFrame().childFrames()
                  and first.textList() is None and not first.blockFormat().headingLevel())
        if not inline:  # whole blocks: an empty first block takes the merge with the cursor's
            start = QTextCursor(scratch)
            start.insertBlock()
            start.setPosition(0)
            start.setBlockFormat(QTextBlockFormat())
            start.setBlockCharFormat(QTextCharFormat())
            if start.block().textList() is not None:
                start.block().textList().remove(start.block())
        fragment = QTextDocumentFragment(scratch)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertFragment(fragment)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Only pictures inside the course are read from disk. (Returning nothing would let
        the document load the name itself, so anything else gets an empty picture.)"""
        name = QUrl(name)
        path = Path(name.toLocalFile()) if name.isLocalFile() else None
        if path is None or self.allow_file is None or not self.allow_file(path):
            return QImage()
        return QImage(str(path))

    def anchor_at_cursor(self) -> str:
        return self.textCursor().charFormat().anchorHref()
