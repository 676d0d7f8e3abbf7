"""Case study editor: one tab per section, each edited visually (or as Markdown source);
trainer-only sections are marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.editors.rich.field import MarkdownField
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
        self.sections: dict[str, MarkdownField] = {}
        for name in m.CASE_SECTIONS:
            # a section is stored without blank lines around it (the file adds the fences)
            field = MarkdownField(document, case.sections, name, case, lambda: case.path,
                                  f"section-{name}", callouts=False, tail=())
            field.visual.setAccessibleName(
                tr("rich.section_editor", section=tr(f"section.{name}")))
            self.tabs.addTab(field, section_title(name))
            self.sections[name] = field
            self.fields[f"sections.{name}"] = field
        self.main_layout.addWidget(self.tabs, 1)
        self.register(form.fields)

    def focus_field(self, field: str) -> bool:
        name = field.removeprefix("sections.")
        section = self.sections.get(name)
        if section is not None:
            self.tabs.setCurrentWidget(section)
            section.editor().setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().focus_field(field)
