"""The course's structure as a light tree of nodes, rebuilt when the structure changes.

A node knows its domain object and where it lives (owner object and list attribute), which is
what add, delete, duplicate and move need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from courseware import model as m


class NodeKind(StrEnum):
    COURSE = "course"
    MODULE = "module"
    LESSON = "lesson"
    CASE = "case"
    QUIZ = "quiz"
    QUESTION = "question"


@dataclass(eq=False)
class TreeNode:
    kind: NodeKind
    obj: object
    parent: TreeNode | None = None
    owner: object | None = None  # the object whose list (or slot) holds obj
    attr: str = ""  # "modules", "items", "questions", or "introduction"/"final_exam"
    children: list[TreeNode] = field(default_factory=list)

    @property
    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    @property
    def in_list(self) -> bool:
        return self.attr in ("modules", "items", "questions")

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child


def item_kind(item: object) -> NodeKind:
    if isinstance(item, m.Lesson):
        return NodeKind.LESSON
    if isinstance(item, m.CaseStudy):
        return NodeKind.CASE
    return NodeKind.QUIZ


def _quiz_node(quiz: m.Quiz, owner: object, attr: str) -> TreeNode:
    node = TreeNode(NodeKind.QUIZ, quiz, owner=owner, attr=attr)
    for question in quiz.questions:
        node.add(TreeNode(NodeKind.QUESTION, question, owner=quiz, attr="questions"))
    return node


def _item_node(item: m.ModuleItem, owner: object, attr: str) -> TreeNode:
    if isinstance(item, m.Quiz):
        return _quiz_node(item, owner, attr)
    return TreeNode(item_kind(item), item, owner=owner, attr=attr)


def build_tree(course: m.Course) -> TreeNode:
    root = TreeNode(NodeKind.COURSE, course)
    if course.introduction is not None:
        root.add(_item_node(course.introduction, course, "introduction"))
    for module in course.modules:
        module_node = root.add(TreeNode(NodeKind.MODULE, module, owner=course, attr="modules"))
        for item in module.items:
            module_node.add(_item_node(item, module, "items"))
    if course.final_exam is not None:
        root.add(_item_node(course.final_exam, course, "final_exam"))
    return root


def walk(node: TreeNode) -> list[TreeNode]:
    found = [node]
    for child in node.children:
        found.extend(walk(child))
    return found


def accepts(parent: TreeNode, child: TreeNode) -> bool:
    """Whether ``child`` may be dropped into ``parent`` (the list it would join)."""
    if parent.kind is NodeKind.COURSE:
        return child.kind is NodeKind.MODULE
    if parent.kind is NodeKind.MODULE:
        return child.kind in (NodeKind.LESSON, NodeKind.CASE, NodeKind.QUIZ) and child.in_list
    if parent.kind is NodeKind.QUIZ:
        return child.kind is NodeKind.QUESTION
    return False


def list_attr_for(parent: TreeNode) -> str:
    return {NodeKind.COURSE: "modules", NodeKind.MODULE: "items",
            NodeKind.QUIZ: "questions"}[parent.kind]
