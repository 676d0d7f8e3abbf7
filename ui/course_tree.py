"""A Qt item model that shows a course's structure (course → modules → items → questions)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from courseware import model as m
from courseware.i18n import tr


def _row(text: str, payload: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(payload)
    return item


def _item_label(item: m.ModuleItem) -> str:
    if isinstance(item, m.Quiz):
        return item.title
    if isinstance(item, m.CaseStudy):
        return item.title
    return item.title


def build_course_model(course: m.Course) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([course.title])
    root = _row(course.title, course)
    model.appendRow(root)
    if course.introduction is not None:
        root.appendRow(_row(_item_label(course.introduction), course.introduction))
    for module in course.modules:
        module_row = _row(module.title, module)
        root.appendRow(module_row)
        for item in module.items:
            item_row = _row(_item_label(item), item)
            module_row.appendRow(item_row)
            if isinstance(item, m.Quiz):
                for question in item.questions:
                    label = f"{tr('qtype.' + question.type_name)} · {question.id}"
                    item_row.appendRow(_row(label, question))
    if course.final_exam is not None:
        root.appendRow(_row(_item_label(course.final_exam), course.final_exam))
    return model
