"""A question's Markdown text field that takes pictures: an 插入图片 button, paste and drag and
drop; the pictures show as thumbnails under the text (with their description, 说明… and a
remove button), never as ``![…](…)`` code. Ctrl+B / Ctrl+I add ``**bold**`` / ``*italic*``,
shown bold and italic with their marks greyed.

The value stays the documented Markdown (see :mod:`ui.editors.media_text`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from courseware.fileio import resolve_inside
from exporters.media_store import ImageRefused, StoredImage, store_image
from ui.binding import FieldBinding
from ui.commands import SetValueCommand
from ui.editors import markdown_edits as md
from ui.editors.alt_text_dialog import ask_alt_text, suggested_alt
from ui.editors.card_widgets import AutoText
from ui.editors.media_text import Picture, join, split
from ui.i18n import tr
from ui.media_import import IMAGE_FILTER, image_files, link_from, mime_image_png

THUMB_HEIGHT = 56
CAPTION_WIDTH = 220  # a longer description wraps
INSERT_SHORTCUT = "Ctrl+Alt+I"  # as in the lesson editor


@dataclass(frozen=True)
class MediaTarget:
    """Where a field's pictures live: the course folder and the file the links are relative
    to (a quiz file: ``modules/01/quiz.yaml`` links ``../../media/x.png``)."""

    root: Path | None
    markdown_file: str

    def resolve(self, src: str) -> Path | None:
        if self.root is None:
            return None
        base = str(PurePosixPath(self.markdown_file).parent)
        found = resolve_inside(self.root, src, "" if base == "." else base)
        return found[0] if found is not None and found[0].is_file() else None


def scaled_picture(path: Path, height: int) -> QPixmap:
    """The picture turned upright and decoded no taller than ``height`` (a big photo is not
    decoded at full size just to show a thumbnail)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.height() > height:
        reader.setScaledSize(size.scaled(size.width(), height,
                                         Qt.AspectRatioMode.KeepAspectRatio))
    return QPixmap.fromImage(reader.read())


@cache
def picture_icon(size: int = 16) -> QIcon:
    """A framed landscape (the usual 'picture' symbol), drawn so no icon file is needed."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    painter.setPen(QPen(QColor("#455a64"), 1.3))
    painter.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 5), 1.5, 1.5)
    painter.setBrush(QColor("#43a047"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon([QPointF(3, size - 4), QPointF(7, size - 9), QPointF(10, size - 6),
                         QPointF(11.5, size - 7.5), QPointF(size - 3, size - 4)])
    painter.setBrush(QColor("#fbc02d"))
    painter.drawEllipse(QPointF(size - 5.5, 6.5), 1.6, 1.6)
    painter.end()
    return QIcon(pixmap)


class MarkHighlighter(QSyntaxHighlighter):
    """**bold** shown bold and *italic* italic, their marks in light grey."""

    BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
    ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")

    def highlightBlock(self, text: str) -> None:
        marks = QTextCharFormat()
        marks.setForeground(QColor("#9e9e9e"))
        for pattern, width, style in ((self.BOLD, 2, "bold"), (self.ITALIC, 1, "italic")):
            inner = QTextCharFormat()
            if style == "bold":
                inner.setFontWeight(QFont.Weight.Bold)
            else:
                inner.setFontItalic(True)
            for match in pattern.finditer(text):
                start, end = match.span()
                self.setFormat(start, width, marks)
                self.setFormat(start + width, end - start - 2 * width, inner)
                self.setFormat(end - width, width, marks)


class FieldText(AutoText):
    """The text part: hands pictures from a paste or a drop to its field."""

    def __init__(self, field: MediaField, min_lines: int, max_lines: int) -> None:
        super().__init__(min_lines, max_lines)
        self.field = field
        self.highlighter = MarkHighlighter(self.document())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return has_picture(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if has_picture(source):
            self.field.insert_from_mime(source, self.textCursor())
        else:
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for keys, marker in ((QKeySequence.StandardKey.Bold, "**"),
                             (QKeySequence.StandardKey.Italic, "*")):
            if event.matches(keys):
                md.wrap_selection(self, marker)
                return
        if QKeySequence(event.keyCombination()) == QKeySequence(INSERT_SHORTCUT):
            self.field.choose_and_insert(self.textCursor())
            return
        super().keyPressEvent(event)


def has_picture(source: QMimeData) -> bool:
    """Picture files, or picture data without text (a screenshot; Word's picture of copied
    text comes with the text, which is what is meant)."""
    if image_files(source):
        return True
    return source.hasImage() and not source.text().strip()


class PictureChip(QFrame):
    """One picture under the text: thumbnail, description, 说明… and remove."""

    def __init__(self, field: MediaField, number: int, picture: Picture) -> None:
        super().__init__()
        self.setObjectName("media-chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("media-thumbnail")
        pixmap = field.pixmap(picture.src, THUMB_HEIGHT * 2)  # sharp at 200% too
        if pixmap.isNull():
            self.thumbnail.setText(tr("media.missing"))
        else:
            self.thumbnail.setPixmap(pixmap.scaledToHeight(
                THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.thumbnail.setToolTip(picture.src)
        self.caption = QLabel(picture.alt or tr("media.decorative_chip"))
        self.caption.setObjectName("media-caption")
        self.caption.setWordWrap(True)
        wide = self.caption.fontMetrics().horizontalAdvance(self.caption.text()) + 4
        self.caption.setMinimumWidth(min(wide, CAPTION_WIDTH))
        self.caption.setMaximumWidth(CAPTION_WIDTH)
        self.edit = self._button(tr("media.edit_alt"), tr("media.edit_alt_tip"), "media-edit-alt")
        self.remove = self._button("×", tr("media.remove"), "media-remove")
        self.edit.clicked.connect(lambda: field.edit_alt(number))
        self.remove.clicked.connect(lambda: field.remove_picture(number))
        for widget in (self.thumbnail, self.caption, self.edit, self.remove):
            row.addWidget(widget)

    def _button(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return button


class StepCommand(SetValueCommand):
    """An edit that is its own undo step (a picture inserted, described or removed): it never
    merges with the typing before or after it."""

    def id(self) -> int:
        return -1


class MediaBinding(FieldBinding):
    """A model field shown in a :class:`MediaField` (the prompt, general feedback)."""

    widget: MediaField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.show_value()
        self.widget.edited.connect(self.write)
        self.widget.pictures_edited.connect(self.write_step)

    def write_step(self, value: str) -> None:
        if value != self.value():
            self.document.push(StepCommand(self.document, self.target, self.key, value,
                                           tr("undo.edit_field", field=self.key),
                                           owner=self.owner))

    def show_value(self) -> None:
        self.widget.set_value(self.value() or "")


class MediaField(QWidget):
    """Text with pictures; ``edited`` (typing) and ``pictures_edited`` carry the whole Markdown
    value after each user edit."""

    edited = Signal(str)
    pictures_edited = Signal(str)  # a picture inserted, described or removed: one undo step

    def __init__(self, target: MediaTarget, *, min_lines: int = 2, max_lines: int = 8) -> None:
        super().__init__()
        self.target = target
        self.text = FieldText(self, min_lines, max_lines)
        self.text.setToolTip(tr("media.format_tip"))
        self.insert_button = QToolButton()
        self.insert_button.setObjectName("media-insert")
        self.insert_button.setIcon(picture_icon())
        self.insert_button.setIconSize(QSize(18, 18))
        self.insert_button.setToolTip(f"{tr('media.insert_tip')} ({INSERT_SHORTCUT})")
        self.insert_button.setAccessibleName(tr("media.insert"))
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.insert_button.clicked.connect(lambda: self.choose_and_insert())
        self.strip = QWidget()
        self.strip.setObjectName("media-strip")
        self.strip.setAccessibleName(tr("media.strip"))
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.chips: list[PictureChip] = []
        self.pictures: list[tuple[Picture, QTextCursor]] = []
        self.trailing_newline = False
        self.ask_alt: Callable[..., str | None] = ask_alt_text  # replaceable in tests
        self._build()
        self.text.textChanged.connect(self._typed)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        column.addWidget(self.strip)
        self.strip.hide()
        self.setFocusProxy(self.text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.text.setAccessibleName(name)

    # -- the value

    def value(self) -> str:
        placed = [replace(picture, at=cursor.position()) for picture, cursor in self.pictures]
        return join(self.text.toPlainText(), placed, self.trailing_newline)

    def set_value(self, value: str) -> None:
        if value == self.value():
            return
        text, pictures = split(value)
        self.trailing_newline = value.endswith("\n")
        self.text.blockSignals(True)
        try:
            self.text.setPlainText(text)
        finally:
            self.text.blockSignals(False)
        self.text._fit()
        self.pictures = [(p, self._cursor(p.at)) for p in pictures]
        self._show_chips()

    def _cursor(self, at: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(at, self.text.document().characterCount() - 1))
        cursor.setKeepPositionOnInsert(at == 0 and bool(self.text.toPlainText()))
        return cursor

    def _typed(self) -> None:
        self.edited.emit(self.value())

    def _changed_pictures(self) -> None:
        self._show_chips()
        self.pictures_edited.emit(self.value())

    # -- thumbnails

    def pixmap(self, src: str, height: int = THUMB_HEIGHT * 4) -> QPixmap:
        path = self.target.resolve(src)
        return scaled_picture(path, height) if path is not None else QPixmap()

    def _show_chips(self) -> None:
        for chip in self.chips:
            chip.setParent(None)  # type: ignore[call-overload]
            chip.deleteLater()
        ordered = sorted(range(len(self.pictures)), key=lambda i: self.pictures[i][1].position())
        self.chips = [PictureChip(self, i, self.pictures[i][0]) for i in ordered]
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for chip in self.chips:
            self.strip_layout.addWidget(chip)
        self.strip_layout.addStretch(1)
        self.strip.setVisible(bool(self.chips))

    # -- inserting

    def choose_and_insert(self, cursor: QTextCursor | None = None) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("media.choose"), "", f"{tr('media.images_filter')} ({IMAGE_FILTER})")
        if name:
            self.insert_sources([Path(name)], cursor)

    def insert_from_mime(self, source: QMimeData, cursor: QTextCursor | None) -> None:
        files = image_files(source)
        if files:
            self.insert_sources(list(files), cursor)
            return
        data = mime_image_png(source)
        if data is not None:
            self.insert_sources([data], cursor)

    def insert_sources(self, sources: list[Path | bytes], cursor: QTextCursor | None) -> int:
        """Store each picture, ask for its description, put it after the paragraph the cursor
        is in (the end of the text without one). Returns how many were inserted."""
        inserted = 0
        for source in sources:
            stored = self._store(source)
            if stored is None:
                continue
            alt = self._ask(stored, source)
            if alt is None:
                if not stored.reused:
                    stored.path.unlink(missing_ok=True)  # cancelled: leave nothing behind
                continue
            at = self._paragraph_end(cursor)
            src = link_from(stored.relative, self.target.markdown_file)
            self.pictures.append((Picture(alt, src, at), self._cursor(at)))
            inserted += 1
        if inserted:
            self._changed_pictures()
        return inserted

    def _store(self, source: Path | bytes) -> StoredImage | None:
        if self.target.root is None:
            return None
        try:
            return store_image(self.target.root, source)
        except ImageRefused as refusal:
            QMessageBox.warning(self, tr("media.refused_title"), str(refusal))
            return None

    def _ask(self, stored: StoredImage, source: Path | bytes) -> str | None:
        note = ""
        if stored.downscaled:
            note = tr("alt.downscaled", width=stored.size[0], height=stored.size[1],
                      old_width=stored.original_size[0], old_height=stored.original_size[1])
        elif stored.reused and not isinstance(source, Path):
            note = tr("alt.reused")
        suggestion = suggested_alt(source.name) if isinstance(source, Path) else ""
        picture = scaled_picture(stored.path, 600)
        return self.ask_alt(self, picture, suggestion, note=note)

    def _paragraph_end(self, cursor: QTextCursor | None) -> int:
        length = len(self.text.toPlainText())
        if cursor is None:
            return length
        block = cursor.block()
        return min(block.position() + block.length() - 1, length)

    # -- the chips' buttons

    def edit_alt(self, number: int) -> None:
        picture, cursor = self.pictures[number]
        alt = self.ask_alt(self, self.pixmap(picture.src), picture.alt,
                           decorative=not picture.alt)
        if alt is not None and alt != picture.alt:
            self.pictures[number] = (replace(picture, alt=alt), cursor)
            self._changed_pictures()

    def remove_picture(self, number: int) -> None:
        del self.pictures[number]
        self._changed_pictures()
