"""Export dialogs as a trainer meets them: the course's export folder, open the result, plain
labels, choices remembered for next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel

from ui import export_dialogs


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    """The URLs handed to the system (PDF reader, file manager) instead of opening them."""
    urls: list[QUrl] = []
    monkeypatch.setattr(export_dialogs.QDesktopServices, "openUrl",
                        lambda url: urls.append(url) or True)
    return urls


def _finish(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.start()
    assert dialog.operation is not None, dialog.status.text()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.error is not None,
                    timeout=120000)
    assert dialog.error is None, dialog.error


def test_quiz_paper_goes_to_the_course_export_folder_and_opens(workspace, qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    from ui.export_dialogs import QuizPaperExportDialog

    quiz = workspace.document.course.modules[0].quizzes[0]
    dialog = QuizPaperExportDialog(workspace.window, workspace.document, workspace.settings, quiz)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = workspace.document.root / "exports"
    assert Path(dialog.output.text()) == folder / f"{quiz.id}-paper.pdf"
    assert not dialog.open_file.isVisible()
    _finish(dialog, qtbot)
    assert dialog.result_path == folder / f"{quiz.id}-paper.pdf"
    assert dialog.result_path.stat().st_size > 1000
    assert dialog.open_file.isVisible() and dialog.open_folder.isVisible()
    dialog.open_file.click()
    dialog.open_folder.click()
    assert [url.toLocalFile() for url in opened] == [str(dialog.result_path), str(folder)]


def test_plain_labels_with_examples_no_jargon(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.certificate_dialog import CertificateExportDialog
    from ui.export_dialogs import QuizPaperExportDialog

    workspace.apply_language("zh")
    paper = QuizPaperExportDialog(workspace.window, workspace.document, workspace.settings)
    certificates = CertificateExportDialog(workspace.window, workspace.document,
                                           workspace.settings)
    qtbot.addWidget(paper)
    qtbot.addWidget(certificates)
    texts = [label.text() for dialog in (paper, certificates)
             for label in dialog.findChildren(QLabel)]
    texts += [certificates.pattern.itemText(i) for i in range(certificates.pattern.count())]
    assert not [t for t in texts if "种子" in t or "{" in t], texts
    assert "例如 1 号为 A 卷" in " ".join(texts)
    title = workspace.document.course.title
    assert f"姓名-课程，例如：王芳-{title}.pdf" in texts


def test_choices_and_folder_are_remembered(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.export_dialogs import QuizPaperExportDialog

    def new_dialog():  # type: ignore[no-untyped-def]
        dialog = QuizPaperExportDialog(workspace.window, workspace.document, workspace.settings)
        qtbot.addWidget(dialog)
        return dialog

    first = new_dialog()
    first.with_key.setChecked(True)
    first.paper.setCurrentIndex(first.paper.findData("letter"))
    elsewhere = tmp_path / "printing"
    first.output.setText(str(elsewhere / "paper.pdf"))
    _finish(first, qtbot)
    assert (elsewhere / "paper-key.pdf").is_file()
    second = new_dialog()
    assert second.with_key.isChecked()
    assert second.paper.currentData() == "letter"
    assert Path(second.output.text()).parent == elsewhere


def test_read_only_course_exports_to_documents(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import export_memory

    monkeypatch.setattr(export_memory.platformdirs, "user_documents_dir",
                        lambda: str(tmp_path / "Documents"))
    assert export_memory.default_export_folder(tmp_path / "missing", "c1") == (
        tmp_path / "Documents" / "Courseware Studio" / "c1")
    assert export_memory.default_export_folder(tmp_path, "c1") == tmp_path / "exports"
