"""Quiz paper and certificate exports run from their dialogs and write real PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader


def _run(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.start()
    assert dialog.operation is not None, dialog.status.text()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.error is not None,
                    timeout=120000)
    assert dialog.error is None, dialog.error


def _pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


@pytest.fixture
def isolated_certificates(tmp_path: Path, monkeypatch, workspace):  # type: ignore[no-untyped-def]
    """Keys and the results store in the test's folder, never the user's."""
    monkeypatch.setenv("COURSEWARE_KEY_DIR", str(tmp_path / "keys"))
    workspace.settings.set("results_db_url", f"sqlite:///{tmp_path / 'results.db'}")
    # the bundled course's issuer is a placeholder, which is refused
    workspace.document.course.certificate.issuer = "示例银行培训中心"
    return workspace


def test_the_settings_organisation_issues_when_the_course_names_none(  # type: ignore[no-untyped-def]
        isolated_certificates, qtbot, tmp_path: Path) -> None:
    from ui.certificate_dialog import CertificateExportDialog

    workspace = isolated_certificates
    workspace.document.course.certificate.issuer = ""
    workspace.settings.set("organisation", "示例银行培训中心")
    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.names.setPlainText("王芳")
    output = tmp_path / "certs.pdf"
    dialog.output.setText(str(output))
    dialog.start()
    qtbot.waitUntil(lambda: output.exists() or dialog.error is not None, timeout=120000)
    assert dialog.error is None and output.stat().st_size > 0
    from pypdf import PdfReader

    assert PdfReader(str(output)).metadata.author == "示例银行培训中心"  # the signed issuer
    dialog.deleteLater()


def test_placeholder_issuer_is_refused_with_the_reason(isolated_certificates, qtbot,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from ui.certificate_dialog import CertificateExportDialog

    workspace = isolated_certificates
    workspace.document.course.certificate.issuer = "（请填写培训机构名称）"
    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.names.setPlainText("王芳")
    output = tmp_path / "certs.pdf"
    dialog.output.setText(str(output))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=120000)
    assert "（请填写培训机构名称）" in dialog.status.text()
    assert "certificate.issuer" in dialog.status.text()
    assert not output.exists()
    dialog.deleteLater()


def test_quiz_paper_with_key_seed_and_paper(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.export_dialogs import QuizPaperExportDialog

    quiz = workspace.document.course.modules[0].quizzes[0]
    dialog = QuizPaperExportDialog(workspace.window, workspace.document, workspace.settings, quiz)
    assert dialog.quiz.currentData() == quiz.id
    output = tmp_path / "paper.pdf"
    dialog.output.setText(str(output))
    dialog.with_key.setChecked(True)
    dialog.seed.setValue(7)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    _run(dialog, qtbot)
    key = tmp_path / "paper-key.pdf"
    assert dialog.result_paths == [output, key]
    assert _pages(output) > 0 and _pages(key) > 0
    width = float(PdfReader(str(output)).pages[0].mediabox.width)
    assert round(width) == 612  # US Letter
    dialog.deleteLater()


def test_certificates_for_typed_names_in_one_pdf(isolated_certificates, qtbot,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    from ui.certificate_dialog import CertificateExportDialog

    workspace = isolated_certificates
    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.names.setPlainText("王芳\n\nLi Lei\n")
    dialog.design.setCurrentIndex(dialog.design.findData("modern"))
    output = tmp_path / "certs.pdf"
    dialog.output.setText(str(output))
    _run(dialog, qtbot)
    assert _pages(output) == 2
    # the first issue made the signing key: the dialog says where it is and to back it up
    assert str(tmp_path / "keys") in dialog.status.text()
    dialog.result_path = None
    dialog.names.setPlainText("赵敏\nZhou Jie\n")  # other people: no reissue involved
    dialog.output.setText(str(tmp_path / "again.pdf"))
    _run(dialog, qtbot)  # the key exists now: no notice the second time
    assert _pages(tmp_path / "again.pdf") == 2
    assert str(tmp_path / "keys") not in dialog.status.text()
    dialog.deleteLater()


def test_certificates_from_a_roster_split_by_pattern(isolated_certificates, qtbot,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    from ui.certificate_dialog import CertificateExportDialog

    workspace = isolated_certificates
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,工号\n张伟,A01\n刘洋,A02\n", encoding="utf-8")
    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.roster.setText(str(roster))
    dialog.from_roster.setChecked(True)
    dialog.split.setChecked(True)
    dialog.pattern.setCurrentIndex(dialog.pattern.findData("{trainee_id}-{name}.pdf"))
    assert dialog.pattern.currentText() == "Staff number-name, e.g. A01-Wang Fang.pdf"
    folder = tmp_path / "split"
    dialog.output.setText(str(folder))
    _run(dialog, qtbot)
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["A01-张伟.pdf", "A02-刘洋.pdf"]
    assert all(_pages(folder / name) == 1 for name in files)
    dialog.deleteLater()


def test_certificates_need_somebody(workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.certificate_dialog import CertificateExportDialog

    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.start()
    assert dialog.operation is None and dialog.status.text()
    dialog.deleteLater()


def test_certificate_export_can_be_cancelled(isolated_certificates, qtbot,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    from ui.certificate_dialog import CertificateExportDialog

    workspace = isolated_certificates
    dialog = CertificateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.names.setPlainText("\n".join(f"学员{n}" for n in range(60)))
    output = tmp_path / "many.pdf"
    dialog.output.setText(str(output))
    dialog.start()
    dialog.operation.cancel()
    qtbot.waitUntil(lambda: "cancel" in dialog.status.text().lower()
                    or dialog.result_path is not None, timeout=120000)
    assert dialog.result_path is None and not output.exists()
    dialog.deleteLater()
