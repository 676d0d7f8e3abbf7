"""Module metadata: title, summary, duration, objectives, glossary, trainer notes."""

from __future__ import annotations

from courseware import model as m
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.editors.form import BoundForm
from ui.editors.list_table import Column, ListTable
from ui.i18n import tr


class ModuleEditor(EditorBase):
    def __init__(self, document: CourseDocument, module: m.Module) -> None:
        super().__init__(module, tr("editor.module"))
        form = BoundForm(document, module)
        form.line("field.title", "title")
        form.line("field.id", "id")
        form.text("field.summary", "summary", lines=2)
        form.number("field.duration", "duration_minutes", optional=True, decimals=0,
                    high=10000, suffix_key="unit.minutes")
        objectives = ListTable(document, module, "objectives",
                               [Column("field.objective")], lambda rows: "",
                               accessible_key="field.objectives")
        form.widget_row("field.objectives", "objectives", objectives)
        glossary = ListTable(document, module, "glossary",
                             [Column("field.term", "term"), Column("field.definition",
                                                                   "definition")],
                             lambda rows: m.GlossaryEntry(term=""),
                             accessible_key="field.glossary")
        form.widget_row("field.glossary", "glossary", glossary)
        form.text("field.trainer_notes", "trainer_notes", lines=4)
        self.main_layout.addWidget(form)
        self.main_layout.addStretch(1)
        self.register(form.fields)
