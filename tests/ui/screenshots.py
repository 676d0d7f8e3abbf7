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

from PySide6.QtWidgets import QApplication, QWidget

from courseware import model as m
from courseware.i18n import set_language
from ui.app import create_application, create_workspace
from ui.workspace import Workspace

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
        bar = window.editor_area.verticalScrollBar()
        bar.setValue(bar.maximum())  # the map is at the bottom of the editor
        _settle()
        window.grab().save(str(folder / f"scenario-editor-{language}.png"))
        case = workspace.document.course.modules[0].case_studies[0]
        workspace.select_object(case)
        _settle()
        window.grab().save(str(folder / f"case-editor-{language}.png"))
        shoot_preview(folder, language, workspace)
        shoot_exports(folder, language, workspace)
        workspace.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        workspace.deleteLater()
        _settle()


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    _settle()
    widget.grab().save(str(path))


def shoot_preview(folder: Path, language: str, workspace: Workspace) -> None:
    """A quiz taken in preview: a page with an answer and a flag, then the review."""
    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog

    course = workspace.document.course
    quiz = course.modules[0].quizzes[-1]
    dialog = QuizPreviewDialog(workspace.window, course, quiz, seed=5)
    dialog.resize(900, 640)
    shot = False
    for page in range(dialog.preview.page_count()):
        card = dialog.cards[0]
        if card.answer is not None and hasattr(card.answer, "choose"):
            card.answer.choose(page % 2)
            if not shot:
                card.flag.setChecked(True)
                _save(dialog, folder / f"preview-quiz-{language}.png")
                shot = True
        dialog.next.click()
    dialog.confirm_submit = lambda summary: True
    dialog.submit.click()
    _save(dialog, folder / f"preview-review-{language}.png")
    dialog.close()
    dialog.deleteLater()


def shoot_exports(folder: Path, language: str, workspace: Workspace) -> None:
    from ui.certificate_dialog import CertificateExportDialog
    from ui.export_dialogs import QuizPaperExportDialog

    course = workspace.document.course
    paper = QuizPaperExportDialog(workspace.window, workspace.document, workspace.settings,
                                  course.modules[0].quizzes[-1])
    paper.output.setText(str(Path.home() / "Documents" / paper.output.text().split("/")[-1]))
    paper.with_key.setChecked(True)
    paper.resize(640, paper.sizeHint().height())
    _save(paper, folder / f"export-quiz-paper-{language}.png")
    paper.close()
    paper.deleteLater()
    certs = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    certs.output.setText(str(Path.home() / "Documents" / certs.output.text().split("/")[-1]))
    certs.names.setPlainText("王芳\n李雷\n张伟")
    certs.resize(640, certs.sizeHint().height())
    _save(certs, folder / f"export-certificates-{language}.png")
    certs.close()
    certs.deleteLater()


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    create_application(sys.argv[:1])
    for language in ("zh", "en"):
        shoot(folder, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
