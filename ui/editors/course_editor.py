"""Course metadata: title, subtitle, language, version, description, certificate."""

from __future__ import annotations

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.i18n import tr

COURSE_LANGUAGES = ["zh-CN", "zh-TW", "en"]


class CourseEditor(EditorBase):
    def __init__(self, document: CourseDocument, course: m.Course) -> None:
        super().__init__(course, tr("editor.course"))
        form = BoundForm(document, course)
        form.line("field.title", "title")
        form.line("field.subtitle", "subtitle")
        form.line("field.id", "id")
        form.choice("field.language", "language", COURSE_LANGUAGES,
                    lambda code: tr(f"language.{code}"))
        form.line("field.version", "version")
        form.text("field.description", "description", lines=5)
        if course.certificate is not None:
            form.heading("editor.certificate")
            certificate = course.certificate
            form.line("field.certificate_title", "title", target=certificate)
            form.number("field.hours", "hours", target=certificate, high=1000)
            issuer = form.line("field.issuer", "issuer", target=certificate)
            issuer.setPlaceholderText(tr("field.issuer.empty"))
            form.line("field.statement", "statement", target=certificate)
        self.main_layout.addWidget(form)
        self.main_layout.addStretch(1)
        self.register(form.fields)
