"""Starting the Qt application on a course."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTreeView

from courseware.format import load_course
from courseware.i18n import tr
from ui.course_tree import build_course_model
from ui.fonts import install_bundled_font


class MainWindow(QMainWindow):
    def __init__(self, course_path: Path) -> None:
        super().__init__()
        self.resize(1100, 720)
        self.tree = QTreeView(self)
        self.tree.setAccessibleName("course-structure")
        self.setCentralWidget(self.tree)
        self.open_course(course_path)

    def open_course(self, course_path: Path) -> None:
        result = load_course(course_path, validate=False)
        if result.course is None:
            details = "\n".join(str(p) for p in result.problems.sorted()[:20])
            QMessageBox.warning(self, "Courseware Studio", f"{tr('cli.not_loadable')}\n{details}")
            return
        self.setWindowTitle(f"{result.course.title} — Courseware Studio")
        self.tree.setModel(build_course_model(result.course))
        self.tree.expandToDepth(1)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Courseware Studio")
    install_bundled_font(app)
    return app


def run_app(course_path: Path, argv: list[str]) -> int:
    app = create_application(argv)
    window = MainWindow(course_path)
    window.show()
    if os.environ.get("COURSEWARE_BENCHMARK_EXIT"):  # benchmarks: quit once the window shows
        QTimer.singleShot(0, app.quit)
    return app.exec()
