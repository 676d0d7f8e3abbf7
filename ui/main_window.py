"""The authoring window's layout: menus, toolbar, course tree, editor area, problems dock.

Layout only; :class:`ui.workspace.Workspace` owns the callbacks.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeView,
    QWidget,
)

from ui.actions import MENUS, QUESTIONS, build_actions, retranslate_actions
from ui.i18n import tr
from ui.icons import icon
from ui.problem_badges import ProblemBadge, TreeBadgeDelegate
from ui.problems_panel import ProblemsPanel
from ui.search.panel import SearchPanel

APP_NAME = "Courseware Studio"


class EditorArea(QScrollArea):
    """Holds the editor of the selected object; one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("editor-area")
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.setWidget(self.placeholder)

    def show_editor(self, editor: QWidget | None) -> None:
        old = self.takeWidget()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        if editor is None:
            self.placeholder = QLabel(tr("editor.placeholder"))
            self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.placeholder.setWordWrap(True)
            editor = self.placeholder
        self.setWidget(editor)

    @property
    def editor(self) -> QWidget | None:
        return self.widget()


class MainWindow(QMainWindow):
    close_requested = Signal(QCloseEvent)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.resize(1200, 780)
        self._shown_before = False
        self.action_by_name = build_actions(self)
        self.tree = QTreeView()
        self.tree.setObjectName("course-tree")
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setMinimumWidth(220)
        self.tree_badges = TreeBadgeDelegate(self.tree)
        self.tree.setItemDelegate(self.tree_badges)
        self.editor_area = EditorArea()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        self.problems = ProblemsPanel()
        self.problems_dock = QDockWidget()
        self.problems_dock.setObjectName("problems-dock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()  # opened on demand: the badge, View › Problems or F8
        self.problems_badge = ProblemBadge()
        self.statusBar().addPermanentWidget(self.problems_badge)
        self.next_problem = QAction(self)
        self.next_problem.setObjectName("action-next_problem")
        self.next_problem.setShortcut("F8")
        self.previous_problem = QAction(self)
        self.previous_problem.setObjectName("action-previous_problem")
        self.previous_problem.setShortcut("Shift+F8")
        self.next_problem.setIcon(icon("circle-chevron-down"))
        self.previous_problem.setIcon(icon("circle-chevron-up"))
        self.search_panel = SearchPanel()
        self.search_dock = QDockWidget()
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.search_panel.close_requested.connect(self._close_search)
        self.recent_menu = QMenu(self)
        self.question_menu = QMenu(self)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self._build_menus()
        self._build_toolbar()
        self._menu_icons()
        self.retranslate()

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for title_key, specs in MENUS:
            menu = self.menuBar().addMenu("")
            self.menus[title_key] = menu
            for spec in specs:
                menu.addAction(self.action_by_name[spec.name])
                if spec.name == "open":
                    menu.addMenu(self.recent_menu)
                if spec.name == "add_quiz":
                    menu.addMenu(self.question_menu)
            if title_key == "menu.view":
                menu.addAction(self.problems_dock.toggleViewAction())
                menu.addActions([self.next_problem, self.previous_problem])
                menu.addAction(self.search_dock.toggleViewAction())
        for spec in QUESTIONS:
            self.question_menu.addAction(self.action_by_name[spec.name])

    def _menu_icons(self) -> None:
        """The actions Qt makes (dock toggles) and the submenus take icons of the set too."""
        self.problems_dock.toggleViewAction().setIcon(icon("panel-bottom"))
        self.search_dock.toggleViewAction().setIcon(icon("panel-right"))
        self.recent_menu.setIcon(icon("folder-clock"))
        self.question_menu.setIcon(icon("circle-plus"))

    def _build_toolbar(self) -> None:
        for _title, specs in MENUS:
            for spec in specs:
                if spec.on_toolbar:
                    self.toolbar.addAction(self.action_by_name[spec.name])
            self.toolbar.addSeparator()

    def retranslate(self) -> None:
        retranslate_actions(self.action_by_name)
        for title_key, menu in self.menus.items():
            menu.setTitle(tr(title_key))
        self.recent_menu.setTitle(tr("menu.recent"))
        self.question_menu.setTitle(tr("menu.add_question"))
        self.toolbar.setWindowTitle(tr("toolbar.main"))
        self.problems_dock.setWindowTitle(tr("problems.title"))
        self.tree.setAccessibleName(tr("tree.accessible"))
        self.editor_area.setAccessibleName(tr("editor.accessible"))
        self.problems.retranslate()
        self.problems_badge.retranslate()
        self.next_problem.setText(tr("action.next_problem"))
        self.previous_problem.setText(tr("action.previous_problem"))
        self.search_dock.setWindowTitle(tr("search.title"))
        self.search_panel.retranslate()
        if self.editor_area.editor is self.editor_area.placeholder:
            self.editor_area.placeholder.setText(tr("editor.placeholder"))

    def fit_problems_dock(self) -> None:
        """Size the problems dock by its content and the font, not by a share of the window."""
        height = self.problems.preferred_height()
        self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def _close_search(self) -> None:
        self.search_dock.hide()
        self.editor_area.setFocus()

    def fit_search_dock(self) -> None:
        """Room for a result line beside the editor: about a third of the window."""
        width = max(self.fontMetrics().averageCharWidth() * 48, self.width() // 3)
        self.resizeDocks([self.search_dock], [width], Qt.Orientation.Horizontal)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_before:
            self._shown_before = True
            if not self.problems_dock.isHidden():
                self.fit_problems_dock()

    def action(self, name: str) -> QAction:
        return self.action_by_name[name]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
