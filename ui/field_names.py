"""Readable names of model fields for undo steps ("修改题干", not "编辑 prompt").

Forms register the label they show for each field (:func:`remember_label`); a field without
a form label falls back to a name of its own in the catalogue, then to "内容"."""

from __future__ import annotations

import re

from courseware import model as m
from ui.i18n import catalogue, tr
from ui.labels import first_line

_labels: dict[str, str] = {}


def remember_label(key: str, label_key: str) -> None:
    _labels.setdefault(key, label_key)


def field_name(key: str) -> str:
    for label_key in (_labels.get(key), f"field.{key}", f"fieldname.{key}"):
        if label_key and label_key in catalogue():
            return _plain(tr(label_key))
    return tr("fieldname.other")


def edit_text(key: str, owner: object = None) -> str:
    """The undo step's name for an edit of ``key`` of ``owner``: "修改“第2课”的标题"."""
    name = owner_name(owner)
    if not name:
        return tr("undo.edit_named", field=field_name(key))
    return tr("undo.edit_named_in", field=field_name(key), name=name)


def owner_name(owner: object, limit: int = 14) -> str:
    """A short name of what was edited: its title, or a question's first words."""
    if isinstance(owner, m.Question):
        return first_line(owner.prompt, limit) or owner.id
    title = getattr(owner, "title", "")
    return first_line(title, limit) if isinstance(title, str) else ""


def _plain(label: str) -> str:
    """'题干(&Q)' → '题干', '&Question text' → 'question text' (inside a sentence)."""
    text = re.sub(r"\(&\w\)", "", label).replace("&", "").strip().rstrip(":：")
    return text[:1].lower() + text[1:] if text[:1].isascii() and text[1:2].islower() else text
