"""The open course as an editable document: model, location on disk, undo stack, signals.

Widgets subscribe to ``changed``/``structure_changed``; every mutation goes through an undo
command (``ui.commands``) pushed with :meth:`CourseDocument.push`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from courseware import model as m


class CourseDocument(QObject):
    changed = Signal(object)  # a domain object whose fields changed
    structure_changed = Signal()  # objects were added, removed or moved
    modified_changed = Signal(bool)
    location_changed = Signal()
    problems_changed = Signal()  # live validation finished: see ``problems``
    select_requested = Signal(object)  # an editor asks the workspace to open this object

    def __init__(self, course: m.Course, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.course = course
        self.root = root
        self.revision = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._forced_modified = False
        self.saved_files: set[str] = set()  # course-relative files as of the last save/open
        self.problems: list[Any] = []  # the latest LocatedProblems (ui.live_validation)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self._forced_modified or not clean)

    @property
    def modified(self) -> bool:
        return self._forced_modified or not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def notify_changed(self, obj: object) -> None:
        self.revision += 1
        self.changed.emit(obj)

    def notify_structure(self) -> None:
        self.revision += 1
        self.structure_changed.emit()

    def show_problems(self, problems: list[Any]) -> None:
        self.problems = list(problems)
        self.problems_changed.emit()

    def remember_files(self, files: set[str]) -> None:
        """The course's files on disk now; what is gone from the course at the next save is
        removed then (so deleting or moving an item stays undoable until saved)."""
        self.saved_files = set(files)

    def mark_saved(self, root: Path) -> None:
        relocated = root != self.root
        self.root = root
        self._forced_modified = False
        self.undo_stack.setClean()
        self.modified_changed.emit(False)
        if relocated:
            self.location_changed.emit()

    def mark_modified(self) -> None:
        """Changes that are not on the undo stack (a restored recovery snapshot)."""
        self._forced_modified = True
        self.revision += 1
        self.modified_changed.emit(True)
