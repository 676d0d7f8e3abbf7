"""Case study editor: one tab per section; trainer-only sections are marked."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTabWidget

from courseware import model as m
from ui.binding import TextBinding
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.i18n import tr


def section_title(name: str) -> str:
    title = tr(f"section.{name}")
    if name in m.TRAINER_CASE_SECTIONS:
        title = tr("section.trainer_only", title=title)
    elif name in m.REQUIRED_CASE_SECTIONS:
        title = tr("section.required", title=title)
    return title


class CaseEditor(EditorBase):
    def __init__(self, document: CourseDocument, case: m.CaseStudy) -> None:
        super().__init__(case, tr("editor.case"))
        form = BoundForm(document, case)
        form.line("field.title", "title")
        form.line("field.id", "id")
        form.number("field.duration", "duration_minutes", optional=True, decimals=0,
                    high=10000, suffix_key="unit.minutes")
        self.main_layout.addWidget(form)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("editor.case_sections"))
        for name in m.CASE_SECTIONS:
            editor = QPlainTextEdit()
            editor.setAccessibleName(section_title(name))
            editor.setObjectName(f"section-{name}")
            TextBinding(document, editor, case.sections, name, owner=case)
            self.tabs.addTab(editor, section_title(name))
            self.fields[f"sections.{name}"] = editor
        self.main_layout.addWidget(self.tabs, 1)
        self.register(form.fields)

    def focus_field(self, field: str) -> bool:
        widget = self.fields.get(field)
        if widget is not None and field.startswith("sections."):
            self.tabs.setCurrentWidget(widget)
        return super().focus_field(field)
