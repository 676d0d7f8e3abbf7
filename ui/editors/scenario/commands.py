"""One undoable change of a scenario: its start node and node list, set together."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from courseware import model as m
from ui.document import CourseDocument

_MERGE_ID = 4712


class ScenarioEditCommand(QUndoCommand):
    """Replaces ``start`` and ``nodes``; typing in one field (same ``merge_key``) merges."""

    def __init__(self, document: CourseDocument, question: m.ScenarioQuestion, start: str,
                 nodes: list[m.ScenarioNode], text: str, merge_key: str | None = None) -> None:
        super().__init__(text)
        self.document, self.question, self.merge_key = document, question, merge_key
        self.old = (question.start, copy.deepcopy(question.nodes))
        self.new = (start, copy.deepcopy(nodes))

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, ScenarioEditCommand) or other.question is not self.question
                or self.merge_key is None or other.merge_key != self.merge_key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, state: tuple[str, list[m.ScenarioNode]]) -> None:
        self.question.start = state[0]
        self.question.nodes = copy.deepcopy(state[1])
        self.document.notify_changed(self.question)
