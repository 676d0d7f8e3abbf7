"""Right-click menus of the course tree: the common actions of each kind of node.

The menus reuse the main window's actions (same texts, shortcuts and handlers, which act on
the selected node), plus "move to module" entries built for the node at hand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from courseware import model as m
from ui.i18n import tr
from ui.icons import icon
from ui.tree_nodes import NodeKind, TreeNode

_ACTIONS: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.COURSE: ("add_module",),
    NodeKind.MODULE: ("add_lesson", "add_case", "add_quiz", "|", "rename", "duplicate",
                      "move_up", "move_down", "|", "delete"),
    NodeKind.LESSON: ("preview", "|", "rename", "duplicate", "move_up", "move_down", "modules",
                      "|", "delete"),
    NodeKind.QUIZ: ("questions", "preview", "|", "rename", "duplicate", "move_up", "move_down",
                    "modules", "|", "delete"),
    NodeKind.QUESTION: ("preview", "|", "duplicate", "move_up", "move_down", "|", "delete"),
}
_ACTIONS[NodeKind.CASE] = _ACTIONS[NodeKind.LESSON]


def build_tree_menu(parent: QWidget, node: TreeNode, actions: Callable[[str], QAction],
                    question_menu: QMenu, move_to: Callable[[m.Module], None]) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName(f"tree-menu-{node.kind.value}")
    for name in _ACTIONS[node.kind]:
        if name == "|":
            menu.addSeparator()
        elif name == "questions":
            submenu = menu.addMenu(icon("circle-plus"), tr("treemenu.add_question"))
            submenu.addActions(question_menu.actions())
        elif name == "modules":
            _modules_menu(menu, node, move_to)
        else:
            menu.addAction(actions(name))
    return menu


def _modules_menu(menu: QMenu, node: TreeNode, move_to: Callable[[m.Module], None]) -> None:
    if not node.in_list or node.parent is None or node.parent.parent is None:
        return  # the introduction and the final exam belong to no module
    course = node.parent.parent.obj
    assert isinstance(course, m.Course)
    submenu = menu.addMenu(icon("folder-input"), tr("treemenu.move_to_module"))
    for module in course.modules:
        if module is node.owner:
            continue
        action = submenu.addAction(icon("folder"), module.title or module.id)
        action.triggered.connect(lambda _=False, target=module: move_to(target))
    submenu.setEnabled(bool(submenu.actions()))
