"""Add, rename, delete, duplicate and reorder course objects (all undoable commands)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from courseware import model as m
from ui import new_objects
from ui.commands import InsertCommand, RemoveCommand, SetValueCommand
from ui.course_tree import CourseTreeModel, node_label
from ui.document import CourseDocument
from ui.i18n import tr
from ui.tree_nodes import NodeKind, TreeNode


class StructureController:
    def __init__(self, parent: QWidget, document: CourseDocument, model: CourseTreeModel,
                 current: Callable[[], TreeNode | None]) -> None:
        self.parent = parent
        self.document = document
        self.model = model
        self.current = current  # the selected node, if any
        self.confirm_delete: Callable[[TreeNode], bool] = self._ask_delete
        self.ask_name: Callable[[str, str], str | None] = self._ask_name

    @property
    def course(self) -> m.Course:
        return self.document.course

    # -- where new things go

    def _target_module(self) -> m.Module | None:
        node = self.current()
        while node is not None and node.kind is not NodeKind.MODULE:
            node = node.parent
        if node is not None and isinstance(node.obj, m.Module):
            return node.obj
        return self.course.modules[-1] if self.course.modules else None

    def _target_quiz(self) -> m.Quiz | None:
        node = self.current()
        while node is not None and node.kind is not NodeKind.QUIZ:
            node = node.parent
        return node.obj if node is not None and isinstance(node.obj, m.Quiz) else None

    def _insert(self, owner: object, attr: str, item: object, index: int | None = None) -> None:
        items = getattr(owner, attr)
        position = len(items) if index is None else index
        label = getattr(item, "title", "") or getattr(item, "id", "")
        self.document.push(InsertCommand(self.document, owner, attr, position, item,
                                         tr("undo.add", name=label)))

    # -- Insert menu

    def add_module(self) -> m.Module:
        module = new_objects.new_module(self.course)
        self._insert(self.course, "modules", module)
        return module

    def add_item(self, kind: str) -> object | None:
        module = self._target_module() or self.add_module()
        factory = {"lesson": new_objects.new_lesson, "case": new_objects.new_case,
                   "quiz": new_objects.new_quiz}[kind]
        item = factory(self.course, module)
        self._insert(module, "items", item)
        return item

    def add_question(self, type_name: str) -> m.Question | None:
        quiz: object | None = self._target_quiz()
        if quiz is None:
            quiz = self.add_item("quiz")
        assert isinstance(quiz, m.Quiz)
        question = new_objects.new_question(self.course, quiz, type_name)
        self._insert(quiz, "questions", question)
        return question

    # -- Edit menu

    def rename(self) -> None:
        node = self.current()
        if node is None or node.kind is NodeKind.QUESTION:
            return
        name = self.ask_name(node_label(node), getattr(node.obj, "title", ""))
        if name is not None and name.strip():
            self.document.push(SetValueCommand(self.document, node.obj, "title", name.strip(),
                                               tr("undo.rename", name=name.strip())))

    def delete(self) -> None:
        node = self.current()
        if node is None or node.kind is NodeKind.COURSE or not self.confirm_delete(node):
            return
        if node.in_list:
            self.document.push(RemoveCommand(self.document, node.owner, node.attr, node.obj,
                                             tr("undo.delete", name=node_label(node))))
        else:
            from ui.commands import SetOptionalCommand

            self.document.push(SetOptionalCommand(self.document, node.owner, node.attr, None,
                                                  tr("undo.delete", name=node_label(node))))

    def duplicate(self) -> object | None:
        node = self.current()
        if node is None or not node.in_list:
            return None
        module = node.owner if isinstance(node.owner, m.Module) else None
        copied = new_objects.duplicate(self.course, node.obj, module)
        self._insert(node.owner, node.attr, copied, node.row + 1)
        return copied

    def move(self, step: int) -> None:
        node = self.current()
        if node is None or not node.in_list or node.parent is None:
            return
        row = node.row + step
        if 0 <= row < len(node.parent.children):
            self.model.move_node(node, node.parent, row + (1 if step > 0 else 0))

    def move_to_module(self, module: m.Module) -> None:
        """Move the selected lesson, case or quiz to the end of ``module``."""
        node = self.current()
        target = self.model.node_for(module)
        if node is None or target is None or not node.in_list or node.owner is module:
            return
        self.model.move_node(node, target, -1)

    # -- dialogs (replaceable in tests)

    def _ask_delete(self, node: TreeNode) -> bool:
        answer = QMessageBox.question(self.parent, tr("confirm.delete.title"),
                                      tr("confirm.delete.text", name=node_label(node)))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_name(self, label: str, current: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, tr("action.rename"),
                                        tr("rename.prompt", name=label), text=current)
        return text if ok else None
