"""Starting the Qt application on a course (the authoring workspace)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from courseware.i18n import set_language, use_system_locale
from ui.app_settings import APPLICATION, ORGANISATION, AppSettings
from ui.fonts import install_bundled_font
from ui.qt_translations import use_qt_translations
from ui.theme import apply_theme
from ui.workspace import Workspace


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    install_bundled_font(app)
    use_system_locale(QLocale.system().name())
    use_qt_translations()
    apply_theme(AppSettings().theme)
    return app


def course_to_open(settings: AppSettings, bundled_course: Path) -> Path:
    """The bundled course on first start (or when asked for), else the last course opened."""
    recent = [folder for folder in settings.recent_courses() if (folder / "course.yaml").is_file()]
    return recent[0] if recent and settings.has_started_before else bundled_course


def create_workspace(course_path: Path, settings: AppSettings | None = None) -> Workspace:
    settings = settings or AppSettings()
    if settings.language:
        set_language(settings.language)
        use_qt_translations()
    workspace = Workspace(settings)
    workspace.open_course(course_path)
    settings.mark_started()
    return workspace


def run_app(course_path: Path, argv: list[str]) -> int:
    app = create_application(argv)
    workspace = create_workspace(course_path)
    workspace.window.show()
    if os.environ.get("COURSEWARE_BENCHMARK_EXIT"):  # benchmarks: quit once the window shows
        QTimer.singleShot(0, app.quit)
    return app.exec()
