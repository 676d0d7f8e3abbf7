"""The authoring workspace's controller: wires the window's actions to the document."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from courseware import model as m
from courseware.i18n import set_language
from ui.app_settings import AppSettings
from ui.banks.menu import connect_bank_actions
from ui.course_tree import CourseTreeModel
from ui.document import CourseDocument
from ui.editors.base import EditorBase
from ui.file_controller import FileController
from ui.i18n import tr
from ui.icons import icon
from ui.live_validation import LocatedProblem
from ui.main_window import APP_NAME, MainWindow
from ui.problems_controller import ProblemsController
from ui.qt_translations import use_qt_translations
from ui.recovery import RecoveryStore
from ui.search.controller import SearchController
from ui.structure_controller import StructureController
from ui.theme import apply_theme
from ui.theme import notifier as theme_notifier
from ui.tree_nodes import TreeNode
from ui.undo_history import UndoHistory

if TYPE_CHECKING:
    from ui.help_window import HelpWindow
    from ui.preview import PreviewController, PreviewPane

AUTOSAVE_VARIABLE = "COURSEWARE_AUTOSAVE_SECONDS"
DEFAULT_AUTOSAVE_SECONDS = 30.0


def autosave_interval_ms() -> int:
    try:
        seconds = float(os.environ.get(AUTOSAVE_VARIABLE, DEFAULT_AUTOSAVE_SECONDS))
    except ValueError:
        seconds = DEFAULT_AUTOSAVE_SECONDS
    return max(int(seconds * 1000), 50)


class Workspace(QObject):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.window = MainWindow()
        self.undo_group = QUndoGroup(self)
        self.document: CourseDocument | None = None
        self.tree_model: CourseTreeModel | None = None
        self.structure: StructureController | None = None
        self.files = FileController(self.window, self.settings, self._opened)
        self.problems = ProblemsController(self.window.problems, self)
        self.problems.on_first_findings = self.window.fit_problems_dock
        self.problems.bind_window(self.window, self.settings, self.jump_to_problem)
        self.window.problems.problem_activated.connect(self.jump_to_problem)
        self.window.problems.finding_activated.connect(
            lambda finding: self.select_object(finding.target))
        self.search = SearchController(self.window.search_panel, self.select_object,
                                       lambda: self.window.editor_area.editor, self)
        self.window.close_requested.connect(self._close_requested)
        self.window.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.window.tree.customContextMenuRequested.connect(self.show_tree_menu)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_interval_ms())
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._snapshot_revision = -1
        self.help_window: HelpWindow | None = None
        self.preview: PreviewController | None = None  # made at the first F5
        self._connect_actions()
        self.undo_history = UndoHistory(self.window, self.window.action_by_name, self.undo_group)
        theme_notifier().changed.connect(self._theme_changed)
        self._refresh_recent()

    # -- actions

    def _connect_actions(self) -> None:
        w = self.window
        handlers = {
            "new": self.files.new_dialog, "open": self.files.open_dialog,
            "save": self.files.save, "save_as": self.files.save_as_dialog,
            "export_handout": self.export_handout, "export_quiz_paper": self.export_quiz_paper,
            "export_certificates": self.export_certificates,
            "settings": self.open_settings, "quit": w.close,
            "undo": self.undo_group.undo, "redo": self.undo_group.redo,
            "rename": lambda: self._structure("rename"),
            "delete": lambda: self._structure("delete"),
            "duplicate": lambda: self._select_new(self._structure("duplicate")),
            "move_up": lambda: self._structure("move", -1),
            "move_down": lambda: self._structure("move", 1),
            "add_module": lambda: self._select_new(self._structure("add_module")),
            "add_lesson": lambda: self._select_new(self._structure("add_item", "lesson")),
            "add_case": lambda: self._select_new(self._structure("add_item", "case")),
            "add_quiz": lambda: self._select_new(self._structure("add_item", "quiz")),
            "preview": self.preview_current, "validate": self.problems.validate_now,
            "focus_tree": w.tree.setFocus, "focus_editor": self._focus_editor,
            "focus_problems": self._focus_problems, "about": self.about,
            "find": lambda: self.show_search(replace=False),
            "replace": lambda: self.show_search(replace=True), "help": self.show_help,
        }
        for name, handler in handlers.items():
            w.action(name).triggered.connect(lambda _=False, h=handler: h())
        for type_name in m.QUESTION_TYPES:
            w.action(f"add_question.{type_name}").triggered.connect(
                lambda _=False, t=type_name: self._select_new(
                    self._structure("add_question", t)))
        connect_bank_actions(self)
        self.undo_group.canUndoChanged.connect(w.action("undo").setEnabled)
        self.undo_group.canRedoChanged.connect(w.action("redo").setEnabled)
        w.action("undo").setEnabled(False)
        w.action("redo").setEnabled(False)

    def _structure(self, method: str, *args: object) -> object:
        if self.structure is None:
            return None
        return getattr(self.structure, method)(*args)

    # -- documents

    def open_course(self, folder: Path) -> bool:
        return self.files.open_path(folder)

    def _opened(self, document: CourseDocument, load_problems: list[str]) -> None:
        old = self.document
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.tree_model = CourseTreeModel(document)
        self.window.tree.setModel(self.tree_model)
        self.window.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree_model.modelReset.connect(self._restore_after_reset)
        self.tree_model.modelAboutToBeReset.connect(self._remember_before_reset)
        self.structure = StructureController(self.window, document, self.tree_model,
                                             self.current_node)
        document.modified_changed.connect(self._update_title)
        document.location_changed.connect(self._update_title)
        document.location_changed.connect(self._refresh_recent)
        document.select_requested.connect(self.select_object)
        self.problems.attach(document)
        self.search.attach(document)
        self._snapshot_revision = document.revision if not document.modified else -1
        self.window.tree.expandToDepth(0)
        self.select_object(document.course)
        self._update_title()
        self._refresh_recent()
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()

    def _update_title(self, *_args: object) -> None:
        if self.document is None:
            self.window.setWindowTitle(APP_NAME)
            return
        self.window.setWindowModified(self.document.modified)
        self.window.setWindowTitle(f"{self.document.course.title}[*] — {APP_NAME}")

    def _refresh_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for number, folder in enumerate(self.settings.recent_courses(), start=1):
            action = menu.addAction(icon("folder"), f"&{number} {folder}")
            action.triggered.connect(lambda _=False, f=folder: self._open_recent(f))
        menu.setEnabled(bool(menu.actions()))

    def _open_recent(self, folder: Path) -> None:
        if self.files.may_discard_changes():
            self.files.open_path(folder)

    # -- selection and editors

    def current_node(self) -> TreeNode | None:
        if self.tree_model is None:
            return None
        return self.tree_model.node(self.window.tree.currentIndex())

    def select_object(self, obj: object) -> bool:
        if self.tree_model is None:
            return False
        index = self.tree_model.index_for(obj)
        if not index.isValid():
            return False
        self.window.tree.scrollTo(index)
        self.window.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def _select_new(self, obj: object) -> None:
        if obj is not None:
            self.select_object(obj)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node(current) if self.tree_model else None
        self._show_editor(node.obj if node else None)
        if self.preview is not None and self.document is not None and node is not None:
            self.preview.follow(self.document, node.obj)

    def _show_editor(self, obj: object, rebuild: bool = False) -> None:
        from ui.editors.factory import create_editor

        current = self.window.editor_area.editor
        if not rebuild and obj is not None and getattr(current, "obj", None) is obj:
            return  # the same object re-selected after a structure change: keep its editor
        editor = None
        if obj is not None and self.document is not None:
            editor = create_editor(self.document, obj)
        self.window.editor_area.show_editor(editor)

    @property
    def editor(self) -> object:
        return self.window.editor_area.editor

    def _remember_before_reset(self) -> None:
        node = self.current_node()
        self._selected_before_reset = node.obj if node else None
        self._expanded_before_reset = self._expanded_objects()

    def _restore_after_reset(self) -> None:
        tree, model = self.window.tree, self.tree_model
        assert model is not None
        for obj in getattr(self, "_expanded_before_reset", []):
            tree.setExpanded(model.index_for(obj), True)
        tree.setExpanded(model.index(0, 0), True)
        selected = getattr(self, "_selected_before_reset", None)
        if selected is None or not self.select_object(selected):
            self.select_object(self.document.course if self.document else None)

    def _expanded_objects(self) -> list[object]:
        tree, model = self.window.tree, self.tree_model
        if model is None:
            return []
        return [node.obj for node in model._nodes.values()
                if tree.isExpanded(model.index_of(node))]

    def _focus_editor(self) -> None:
        editor = self.window.editor_area.editor
        if editor is not None:
            editor.setFocus()
            editor.focusNextChild()

    def _focus_problems(self) -> None:
        self.problems.show_panel()
        self.window.problems.list.setFocus()

    def show_search(self, replace: bool) -> None:
        """Ctrl+F / Ctrl+H: the find panel, with the selected text (if any) as the query."""
        dock, panel = self.window.search_dock, self.window.search_panel
        if not dock.isVisible():
            dock.show()
            self.window.fit_search_dock()
        dock.raise_()
        selected = _selected_text(self.window.focusWidget())
        if selected:
            panel.query.setText(selected)
        field = panel.replacement if replace and panel.query.text() else panel.query
        field.setFocus()
        field.selectAll()

    def tree_menu(self, position: QPoint) -> QMenu | None:
        """The right-click menu for the node at ``position`` (which becomes the selection)."""
        from ui.tree_menu import build_tree_menu

        index = self.window.tree.indexAt(position)
        node = self.tree_model.node(index) if self.tree_model else None
        if node is None or self.structure is None:
            return None
        self.select_object(node.obj)
        return build_tree_menu(self.window.tree, node, self.window.action,
                               self.window.question_menu, self.structure.move_to_module)

    def show_tree_menu(self, position: QPoint) -> None:
        menu = self.tree_menu(position)
        if menu is not None:
            menu.exec(self.window.tree.viewport().mapToGlobal(position))
            menu.deleteLater()

    # -- problems

    def jump_to_problem(self, problem: LocatedProblem) -> QWidget | None:
        """Select the problem's object in the tree and focus the exact field in its editor."""
        from ui.field_focus import focus_ref

        if problem.target is None or not self.select_object(problem.target):
            return None
        editor = self.window.editor_area.editor
        return focus_ref(editor, problem.ref) if isinstance(editor, EditorBase) else None

    # -- autosave and closing

    def autosave(self) -> bool:
        document = self.document
        if document is None or not document.modified:
            return False
        if document.revision == self._snapshot_revision:
            return False
        RecoveryStore(document.root).write(document.course)
        self._snapshot_revision = document.revision
        return True

    def _close_requested(self, event: QCloseEvent) -> None:
        if self.files.may_discard_changes():
            self.files.discard_recovery()
            self.problems.remember_on_close()
            self.settings.sync()
            event.accept()
        else:
            event.ignore()

    # -- dialogs

    def preview_current(self) -> PreviewPane | None:
        """F5: the trainee's view beside the editor, at the selection (non-modal)."""
        from ui.preview import PreviewController

        node = self.current_node()
        if node is None or self.document is None:
            return None
        if self.preview is None:
            self.preview = PreviewController(self.window)
        return self.preview.open_at(self.document, node.obj)

    def export_handout(self) -> None:
        from ui.export_dialogs import HandoutExportDialog

        if self.document is not None:
            HandoutExportDialog(self.window, self.document, self.settings).open()

    def export_quiz_paper(self) -> None:
        from ui.export_dialogs import QuizPaperExportDialog

        if self.document is not None:
            node = self.current_node()
            quiz = node.obj if node and isinstance(node.obj, m.Quiz) else None
            QuizPaperExportDialog(self.window, self.document, self.settings, quiz).open()

    def export_certificates(self) -> None:
        from ui.certificate_dialog import CertificateExportDialog

        if self.document is not None:
            CertificateExportDialog(self.window, self.document, self.settings).open()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window, self.settings)
        dialog.language_changed.connect(self.apply_language)
        dialog.theme_changed.connect(self.apply_theme)
        dialog.open()

    def apply_language(self, language: str) -> None:
        """Switch the interface language now: texts, tree, editor and problems."""
        set_language(language or None)
        use_qt_translations()
        self.window.retranslate()
        self.undo_history.retranslate()
        if self.preview is not None:
            self.preview.retranslate()
        if self.tree_model is not None:
            self.tree_model.reload()
        node = self.current_node()
        self._show_editor(node.obj if node else None, rebuild=True)
        self.problems.validate_now()

    def apply_theme(self, mode: str) -> None:
        """Switch light/dark now (from the settings)."""
        apply_theme(mode)

    def _theme_changed(self, _scheme: str) -> None:
        """After any theme change (the settings, or the system's): the editor is rebuilt for
        its own colours."""
        node = self.current_node()
        self._show_editor(node.obj if node else None, rebuild=True)

    def show_help(self) -> None:
        """F1: the user guide at the section for the editor in use (search: find and replace)."""
        from ui.help_window import open_guide, topic_for

        node = self.current_node()
        in_search = self.window.search_panel.isAncestorOf(self.window.focusWidget())
        topic = (("user-guide-authoring.md", "find-and-replace") if in_search
                 else topic_for(node.obj if node else None))
        self.help_window = open_guide(self.window, *topic)

    def about(self) -> None:
        QMessageBox.about(self.window, tr("action.about"), tr("about.text"))


def _selected_text(widget: object) -> str:
    """The one-line selection of a text field, to search for."""
    if isinstance(widget, QLineEdit):
        text = widget.selectedText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.textCursor().selectedText()
    else:
        return ""
    return text if "\u2029" not in text and len(text) <= 100 else ""
