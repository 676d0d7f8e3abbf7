"""The handout dialog writes the Word edition when the output ends in .docx."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.ui.test_export_dialogs import _run


def test_handout_dialog_writes_word_for_docx(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.export_dialogs import HandoutExportDialog

    dialog = HandoutExportDialog(workspace.window, workspace.document, workspace.settings)
    assert "*.docx" in dialog.file_filter
    output = tmp_path / "讲义.docx"
    dialog.output.setText(str(output))
    dialog.edition.setCurrentIndex(dialog.edition.findData("trainer"))
    dialog.module.setCurrentIndex(1)  # the first module only: keeps the test fast
    _run(dialog, qtbot)
    assert dialog.result_path == output
    document = docx.Document(str(output))
    module = workspace.document.course.modules[0]
    titles = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(titles) == 1 and titles[0].endswith(module.title)
    assert "讲师版" in "\n".join(p.text for p in document.paragraphs[:12])
    dialog.deleteLater()
