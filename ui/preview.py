"""Preview as a trainee: the participant edition of a lesson, case study or quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from courseware import model as m
from ui.document import CourseDocument
from ui.i18n import tr
from ui.theme import themed


def participant_html(document: CourseDocument, obj: object) -> str | None:
    from exporters.html import Edition, render_item_html

    if not isinstance(obj, (m.Lesson, m.CaseStudy, m.Quiz)):
        return None
    return render_item_html(obj, edition=Edition.PARTICIPANT, course_root=document.root,
                            course_language=document.course.language)


class PreviewDialog(QDialog):
    def __init__(self, parent: QWidget, html: str, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("preview.title", title=title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("preview.accessible"))
        self.browser.setHtml(themed(html))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("button.close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


def open_preview(parent: QWidget, document: CourseDocument, obj: object) -> QDialog | None:
    """A lesson or case as the trainee reads it; a quiz (or a question's quiz) to take."""
    quiz = obj if isinstance(obj, m.Quiz) else None
    if isinstance(obj, m.Question):
        quiz = next((q for q in document.course.all_quizzes()
                     if any(question is obj for question in q.questions)), None)
    if quiz is not None:
        return open_quiz_preview(parent, document, quiz)
    html = participant_html(document, obj)
    if html is None:
        return None
    dialog = PreviewDialog(parent, html, getattr(obj, "title", ""))
    dialog.open()
    return dialog


def open_quiz_preview(parent: QWidget, document: CourseDocument, quiz: m.Quiz) -> QDialog:
    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog

    dialog = QuizPreviewDialog(parent, document.course, quiz, course_root=document.root)
    dialog.open()
    return dialog
