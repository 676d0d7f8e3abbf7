"""Grab screenshots of the main screens in both languages (run by hand, not a test):

    QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots docs/screenshots
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from courseware import model as m
from courseware.i18n import set_language
from ui.app import create_application, create_workspace

BUNDLED = Path(__file__).resolve().parents[2] / "content" / "bank-service-trust"


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shoot(folder: Path, language: str) -> None:
    set_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        shutil.copytree(BUNDLED, course)
        workspace = create_workspace(course)
        window = workspace.window
        window.resize(1400, 900)
        window.show()
        lesson = workspace.document.course.modules[0].items[0]
        workspace.window.tree.expandAll()
        workspace.select_object(lesson)
        workspace.editor.preview.refresh()
        workspace.problems.validate_now()
        _settle()
        window.grab().save(str(folder / f"authoring-{language}.png"))
        quiz = workspace.document.course.modules[0].quizzes[0]
        workspace.select_object(quiz)
        _settle()
        window.grab().save(str(folder / f"quiz-editor-{language}.png"))
        question = next(q for q in workspace.document.course.all_questions()
                        if isinstance(q, m.SingleChoiceQuestion))
        workspace.select_object(question)
        _settle()
        window.grab().save(str(folder / f"question-editor-{language}.png"))
        scenario = next(q for q in workspace.document.course.all_questions()
                        if isinstance(q, m.ScenarioQuestion))
        workspace.select_object(scenario)
        _settle()
        window.editor_area.ensureWidgetVisible(workspace.editor.scenario.graph)
        _settle()
        window.grab().save(str(folder / f"scenario-editor-{language}.png"))
        case = workspace.document.course.modules[0].case_studies[0]
        workspace.select_object(case)
        _settle()
        window.grab().save(str(folder / f"case-editor-{language}.png"))
        workspace.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        workspace.deleteLater()
        _settle()


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    create_application(sys.argv[:1])
    for language in ("zh", "en"):
        shoot(folder, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
