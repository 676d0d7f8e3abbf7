"""Screens of the workspace features (issue #15): find and replace, the classroom connection
in the settings, the user guide."""

from __future__ import annotations

from ui.document import CourseDocument
from ui.gallery.shooting import Gallery, settle
from ui.workspace import Workspace


def shoot_workspace_screens(gallery: Gallery, workspace: Workspace,
                            document: CourseDocument) -> None:
    _search(gallery, workspace)
    _settings_server(gallery, workspace)
    _help(gallery, workspace, document)
    _export_done(gallery, workspace, document)


def _export_done(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    """A finished quiz-paper export: where it went, 打开文件 / 打开所在文件夹."""
    import time

    from PySide6.QtWidgets import QApplication

    from ui.export_dialogs import QuizPaperExportDialog

    dialog = QuizPaperExportDialog(workspace.window, document, workspace.settings)
    dialog.start()
    deadline = time.monotonic() + 120
    while dialog.result_path is None and dialog.error is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    gallery.dialog("dialog-export-done", dialog)
    dialog.close()
    dialog.deleteLater()


def _help(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    """F1 on a lesson: the guide opens at "Lessons"."""
    workspace.select_object(document.course.modules[0].lessons[0])
    workspace.show_help()
    window = workspace.help_window
    assert window is not None, "the user guide is not found"
    gallery.dialog("help-window", window)
    window.close()


def _search(gallery: Gallery, workspace: Workspace) -> None:
    window, panel = workspace.window, workspace.window.search_panel
    workspace.show_search(replace=True)
    panel.query.setText("信任")  # the bundled course is in Chinese in both interfaces
    panel.replacement.setText("信赖")
    workspace.search.search_now()
    rows = panel.match_rows()
    if rows:
        row = rows[min(3, len(rows) - 1)]
        panel.results.setCurrentItem(row)
        panel._activated(row)  # as a click: the item opens with the text selected
    settle()
    gallery.window("authoring-search", window)
    panel.query.clear()
    workspace.search.search_now()
    window.search_dock.hide()


def _settings_server(gallery: Gallery, workspace: Workspace) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.window, workspace.settings)
    box = dialog.connection
    box.server.setChecked(True)
    box.host.setText("192.168.1.20")
    box.user.setText("trainer")
    box.password.setText("secret")
    box._fields_edited()
    box.show_url.setChecked(True)
    gallery.dialog("dialog-settings-server", dialog)
    dialog.close()
    dialog.deleteLater()
