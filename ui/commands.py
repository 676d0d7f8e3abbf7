"""Undoable edits of the course model. Each command mutates the model and tells the document."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from courseware import search
from ui.document import CourseDocument
from ui.field_names import edit_text
from ui.i18n import tr

_MERGE_ID = 4711


def read_value(target: Any, key: str) -> Any:
    return target.get(key, "") if isinstance(target, dict) else getattr(target, key)


def write_value(target: Any, key: str, value: Any) -> None:
    if isinstance(target, dict):
        if value in ("", None):
            target.pop(key, None)  # an emptied optional section disappears from the file
        else:
            target[key] = value
    else:
        setattr(target, key, value)


def readable_text(text: str, key: str, owner: object) -> str:
    """A step named with the raw field key ("编辑 options") gets the field's name and what it
    belongs to ("修改“第2课”的选项"), for the undo history and the undo tool tips."""
    if text == tr("undo.edit_field", field=key):
        return edit_text(key, owner)
    return text


class SetValueCommand(QUndoCommand):
    """Set one field (attribute, or key of a dict); consecutive typing in a field merges.

    Non-text values merge only when both commands carry the same ``merge_key`` (typing in a
    part of a larger value, e.g. one scenario node's text inside the node list)."""

    def __init__(self, document: CourseDocument, target: Any, key: str, value: Any,
                 text: str, owner: object | None = None, structural: bool = False,
                 merge_key: str | None = None) -> None:
        super().__init__(readable_text(text, key, owner if owner is not None else target))
        self.document = document
        self.target = target
        self.key = key
        self.old = copy.deepcopy(read_value(target, key))
        self.new = value
        self.owner = owner if owner is not None else target
        self.structural = structural
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or self.structural:
            return False
        if other.target is not self.target or other.key != self.key:
            return False
        same_part = self.merge_key is not None and self.merge_key == other.merge_key
        if not isinstance(self.new, str) and not same_part:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        write_value(self.target, self.key, copy.deepcopy(self.new))
        self._announce()

    def undo(self) -> None:
        write_value(self.target, self.key, copy.deepcopy(self.old))
        self._announce()

    def _announce(self) -> None:
        if self.structural:
            self.document.notify_structure()
        self.document.notify_changed(self.owner)


class InsertCommand(QUndoCommand):
    """Insert an object into a list attribute of its owner (module.items, quiz.questions …)."""

    def __init__(self, document: CourseDocument, owner: object, attr: str, index: int,
                 item: object, text: str) -> None:
        super().__init__(text)
        self.document, self.owner, self.attr = document, owner, attr
        self.index, self.item = index, item

    def redo(self) -> None:
        getattr(self.owner, self.attr).insert(self.index, self.item)
        self.document.notify_structure()

    def undo(self) -> None:
        getattr(self.owner, self.attr).remove(self.item)
        self.document.notify_structure()


class RemoveCommand(QUndoCommand):
    def __init__(self, document: CourseDocument, owner: object, attr: str, item: object,
                 text: str) -> None:
        super().__init__(text)
        self.document, self.owner, self.attr, self.item = document, owner, attr, item
        self.index = _index_of(getattr(owner, attr), item)

    def redo(self) -> None:
        del getattr(self.owner, self.attr)[self.index]
        self.document.notify_structure()

    def undo(self) -> None:
        getattr(self.owner, self.attr).insert(self.index, self.item)
        self.document.notify_structure()


class SetOptionalCommand(QUndoCommand):
    """Set or clear a single-object slot (course.introduction, course.final_exam)."""

    def __init__(self, document: CourseDocument, owner: object, attr: str, value: object,
                 text: str) -> None:
        super().__init__(text)
        self.document, self.owner, self.attr = document, owner, attr
        self.old, self.new = getattr(owner, attr), value

    def redo(self) -> None:
        setattr(self.owner, self.attr, self.new)
        self.document.notify_structure()

    def undo(self) -> None:
        setattr(self.owner, self.attr, self.old)
        self.document.notify_structure()


class MoveCommand(QUndoCommand):
    """Move an object between (or within) list attributes, e.g. a lesson to another module."""

    def __init__(self, document: CourseDocument, item: object, source: tuple[object, str],
                 destination: tuple[object, str, int], text: str) -> None:
        super().__init__(text)
        self.document, self.item = document, item
        self.source_owner, self.source_attr = source
        self.dest_owner, self.dest_attr, self.dest_index = destination
        self.source_index = _index_of(getattr(self.source_owner, self.source_attr), item)
        self.old_path = getattr(item, "path", None)

    def redo(self) -> None:
        del getattr(self.source_owner, self.source_attr)[self.source_index]
        getattr(self.dest_owner, self.dest_attr).insert(self.dest_index, self.item)
        self._relocate(self.dest_owner)
        self.document.notify_structure()

    def undo(self) -> None:
        getattr(self.dest_owner, self.dest_attr).remove(self.item)
        getattr(self.source_owner, self.source_attr).insert(self.source_index, self.item)
        if self.old_path is not None:
            self.item.path = self.old_path  # type: ignore[attr-defined]
        self.document.notify_structure()

    def _relocate(self, module: object) -> None:
        """Keep an item's file inside the folder of the module that now lists it."""
        old_folder = getattr(self.source_owner, "folder", "")
        new_folder = getattr(module, "folder", "")
        if not self.old_path or not old_folder or not new_folder or old_folder == new_folder:
            return
        prefix = old_folder.rstrip("/") + "/"
        if self.old_path.startswith(prefix):
            self.item.path = new_folder.rstrip("/") + "/" + self.old_path[len(prefix):]  # type: ignore[attr-defined]


def _index_of(items: list[Any], item: object) -> int:
    return next(i for i, candidate in enumerate(items) if candidate is item)


class ReplaceTextCommand(QUndoCommand):
    """Find-and-replace edits (one match or all of them) as one undo step."""

    def __init__(self, document: CourseDocument, edits: list[search.Edit], text: str) -> None:
        super().__init__(text)
        self.document, self.edits = document, edits

    def redo(self) -> None:
        search.apply(self.edits)
        self._announce()

    def undo(self) -> None:
        search.apply(self.edits, undo=True)
        self._announce()

    def _announce(self) -> None:
        items = {id(edit.place.item): edit.place.item for edit in self.edits}
        for item in items.values():
            self.document.notify_changed(item)
