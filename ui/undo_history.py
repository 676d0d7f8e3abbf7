"""Edit › Undo History: a dock listing the course's undo steps by name (QUndoView on the
workspace's undo group), and undo/redo tool tips that name the step ("撤销：修改题干")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ui.actions import strip_mnemonic
from ui.i18n import tr
from ui.icons import icon


class UndoHistoryPanel(QWidget):
    """The steps of the active document, oldest first; clicking one goes back to it."""

    def __init__(self, group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo-history")
        self.view = QUndoView(group)
        self.view.setObjectName("undo-history-view")
        self.view.setCleanIcon(icon("save"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setEmptyLabel(tr("undo_history.clean"))
        self.view.setAccessibleName(tr("undo_history.title"))
        self.hint.setText(tr("undo_history.hint"))

    def steps(self) -> list[str]:
        """The names the view lists, the opened state first."""
        model = self.view.model()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


class UndoHistory:
    """Builds the dock in the window, wires Edit › Undo History and the undo tool tips."""

    def __init__(self, window: QMainWindow, actions: dict[str, QAction],
                 group: QUndoGroup) -> None:
        self.window, self.actions, self.group = window, actions, group
        self.panel = UndoHistoryPanel(group)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("undo-history-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        actions["undo_history"].triggered.connect(self.show)
        group.undoTextChanged.connect(lambda _text: self.update_tooltips())
        group.redoTextChanged.connect(lambda _text: self.update_tooltips())
        self.retranslate()

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.view.setFocus()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(tr("undo_history.title"))
        self.panel.retranslate()
        self.update_tooltips()

    def update_tooltips(self) -> None:
        for name, step in (("undo", self.group.undoText()), ("redo", self.group.redoText())):
            action = self.actions[name]
            verb = strip_mnemonic(tr(f"action.{name}"))
            text = (tr("undo.tooltip", action=verb, step=step) if step
                    else tr("undo.tooltip_nothing", action=verb))
            shortcut = action.shortcut().toString()
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
