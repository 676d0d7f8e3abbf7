"""Lesson editor: the lesson's text edited visually (like Word) or as Markdown source, with
a trainee preview that can be shown beside it (same renderer as the exports)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from courseware import model as m
from exporters.html import Edition, render_lesson_html
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.editors.rich.field import MarkdownField
from ui.i18n import tr
from ui.theme import themed

PREVIEW_DELAY_MS = 300


class MarkdownPreview(QTextBrowser):
    """Renders a lesson a moment after the last change (only while it is shown)."""

    def __init__(self, render: Callable[[], str]) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.render_html = render
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        if self.isVisibleTo(self.window()):
            self.timer.start()

    def refresh(self) -> None:
        scroll = self.verticalScrollBar().value()
        self.setHtml(themed(self.render_html()))
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
        self.field = MarkdownField(document, lesson, "body", lesson, lambda: lesson.path,
                                   "lesson")
        self.field.visual.setAccessibleName(tr("rich.editor"))
        self.source = self.field.source
        self.preview_pane = self._preview_pane()
        self.preview_action = self.field.bar.action("preview", tr("rich.preview"),
                                                 self._preview_toggled)
        self.preview_action.setCheckable(True)
        self.preview_action.setToolTip(tr("rich.preview.tip"))
        self.field.view_bar.addAction(self.preview_action)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.field)
        splitter.addWidget(self.preview_pane)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.main_layout.addWidget(splitter, 1)
        document.changed.connect(self._document_changed)
        self.field.mode_changed.connect(self.show_preview)
        self.register(form.fields)
        self.register({"body": self.field})
        self.show_preview(self.field.in_source_mode())

    def _preview_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.show_trainer = QCheckBox(tr("preview.show_trainer"))
        self.show_trainer.setChecked(True)
        self.preview = MarkdownPreview(self.render_preview)
        self.preview.setAccessibleName(tr("preview.accessible"))
        self.preview.setObjectName("lesson-preview")
        layout.addWidget(self.show_trainer)
        layout.addWidget(self.preview, 1)
        self.show_trainer.toggled.connect(self.preview.refresh)
        return pane

    def show_preview(self, shown: bool) -> None:
        """The preview is shown beside source mode (Markdown is not what trainees see) and
        hidden beside the visual editor, which already looks like the result."""
        self.preview_pane.setVisible(shown)
        self.preview_action.setChecked(shown)
        if shown:
            sizes = self.splitter.sizes()
            total = sum(sizes)
            if total > 0 and sizes[1] < total // 4:  # first shown: two fifths of the width
                self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
            self.preview.refresh()

    def _preview_toggled(self) -> None:
        self.show_preview(self.preview_action.isChecked())

    def render_preview(self) -> str:
        edition = Edition.TRAINER if self.show_trainer.isChecked() else Edition.PARTICIPANT
        return render_lesson_html(self.lesson, edition=edition, course_root=self.document.root,
                                  course_language=self.document.course.language)

    def _document_changed(self, obj: object) -> None:
        if obj is self.lesson:
            self.preview.schedule()

    def insert_image_file(self, image: Path) -> None:
        self.field.insert_image_file(image)

    def focus_field(self, field: str) -> bool:
        if field == "body":
            self.field.editor().setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus_field(field)
