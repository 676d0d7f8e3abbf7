"""Lesson editor: Markdown source beside a live, debounced preview (same renderer as exports)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolBar,
)

from courseware import model as m
from exporters.html import Edition, render_lesson_html
from ui.binding import TextBinding
from ui.document import CourseDocument
from ui.editors import markdown_edits as md
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.i18n import tr
from ui.media_import import IMAGE_FILTER, image_markdown, import_image

PREVIEW_DELAY_MS = 300

# (text key, shortcut, what it does to the editor)
FORMAT_ACTIONS = (
    ("format.bold", "Ctrl+B", lambda e: md.wrap_selection(e, "**")),
    ("format.italic", "Ctrl+I", lambda e: md.wrap_selection(e, "*")),
    ("format.heading", "Ctrl+Alt+H", lambda e: md.prefix_lines(e, "## ")),
    ("format.list", "Ctrl+Alt+L", lambda e: md.prefix_lines(e, "- ")),
    ("format.numbered", "Ctrl+Alt+O", lambda e: md.prefix_lines(e, "1. ")),
    ("format.table", "Ctrl+Alt+T", lambda e: md.insert_text(e, md.TABLE_TEMPLATE)),
    ("format.tip", "Ctrl+Alt+P", lambda e: md.insert_block(e, "tip")),
    ("format.trainer", "Ctrl+Alt+N", lambda e: md.insert_block(e, "trainer")),
)


class MarkdownPreview(QTextBrowser):
    """Renders a lesson a moment after the last keystroke."""

    def __init__(self, render: Callable[[], str]) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.render_html = render
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        scroll = self.verticalScrollBar().value()
        self.setHtml(self.render_html())
        self.verticalScrollBar().setValue(scroll)


class LessonEditor(EditorBase):
    def __init__(self, document: CourseDocument, lesson: m.Lesson) -> None:
        super().__init__(lesson, tr("editor.lesson"))
        self.document, self.lesson = document, lesson
        form = BoundForm(document, lesson)
        form.line("field.title", "title")
        form.line("field.id", "id")
        form.number("field.duration", "duration_minutes", optional=True, decimals=0,
                    high=10000, suffix_key="unit.minutes")
        self.main_layout.addWidget(form)
        self.source = QPlainTextEdit()
        self.source.setAccessibleName(tr("field.body"))
        self.source.setObjectName("lesson-source")
        TextBinding(document, self.source, lesson, "body")
        self.show_trainer = QCheckBox(tr("preview.show_trainer"))
        self.show_trainer.setChecked(True)
        self.preview = MarkdownPreview(self.render_preview)
        self.preview.setAccessibleName(tr("preview.accessible"))
        self.preview.setObjectName("lesson-preview")
        self.main_layout.addWidget(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.source)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        self.main_layout.addWidget(splitter, 1)
        self.source.textChanged.connect(self.preview.schedule)
        self.show_trainer.toggled.connect(self.preview.refresh)
        document.changed.connect(self._document_changed)
        self.register(form.fields)
        self.register({"body": self.source})
        self.preview.refresh()

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setAccessibleName(tr("format.toolbar"))
        for text_key, shortcut, apply in FORMAT_ACTIONS:
            self._add_action(bar, text_key, shortcut, lambda _=False, f=apply: f(self.source))
        self._add_action(bar, "format.image", "Ctrl+Alt+I", self.insert_image)
        bar.addSeparator()
        bar.addWidget(self.show_trainer)
        return bar

    def _add_action(self, bar: QToolBar, text_key: str, shortcut: str, slot: object) -> None:
        action = QAction(tr(text_key), self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tr(text_key)} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        bar.addAction(action)

    def render_preview(self) -> str:
        edition = Edition.TRAINER if self.show_trainer.isChecked() else Edition.PARTICIPANT
        return render_lesson_html(self.lesson, edition=edition, course_root=self.document.root,
                                  course_language=self.document.course.language)

    def _document_changed(self, obj: object) -> None:
        if obj is self.lesson:
            self.preview.schedule()

    def insert_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("format.image"), "",
                                              f"{tr('filter.images')} ({IMAGE_FILTER})")
        if name:
            self.insert_image_file(Path(name))

    def insert_image_file(self, image: Path) -> None:
        link = import_image(self.document.root, image, self.lesson.path)
        md.insert_text(self.source, image_markdown(link, image.stem))

    def focus_line(self, line: int) -> None:
        block = self.source.document().findBlockByLineNumber(max(line - 1, 0))
        cursor = self.source.textCursor()
        cursor.setPosition(block.position())
        self.source.setTextCursor(cursor)
        self.source.setFocus()
