"""The three File-menu commands of question banks, wired to the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from courseware import model as m

if TYPE_CHECKING:
    from ui.workspace import Workspace


def connect_bank_actions(workspace: Workspace) -> None:
    window = workspace.window
    window.action("import_questions").triggered.connect(lambda: import_questions(workspace))
    window.action("export_questions").triggered.connect(lambda: export_questions(workspace))
    window.action("export_question_template").triggered.connect(
        lambda: export_template(workspace))


def _selected_quiz(workspace: Workspace) -> m.Quiz | None:
    node = workspace.current_node()
    return node.obj if node is not None and isinstance(node.obj, m.Quiz) else None


def import_questions(workspace: Workspace) -> None:
    from ui.banks.import_dialog import ImportQuestionsDialog

    if workspace.document is None:
        return
    dialog = ImportQuestionsDialog(workspace.window, workspace.document, workspace.settings,
                                   _selected_quiz(workspace))
    dialog.imported.connect(workspace.select_object)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def export_questions(workspace: Workspace) -> None:
    from ui.banks.export_dialogs import QuestionExportDialog

    if workspace.document is not None:
        QuestionExportDialog(workspace.window, workspace.document, workspace.settings,
                             _selected_quiz(workspace)).open()


def export_template(workspace: Workspace) -> None:
    from ui.banks.export_dialogs import TemplateExportDialog

    if workspace.document is not None:
        TemplateExportDialog(workspace.window, workspace.document, workspace.settings).open()
