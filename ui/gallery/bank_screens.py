"""Screens of the question-bank dialogs (issue 13): the import preview from a small Word bank
made here (good rows, one note, one error), pasted text, fixing a row, the exports."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from ui.document import CourseDocument
from ui.gallery.shooting import Gallery, settle
from ui.workspace import Workspace

BANK_LINES = (
    "一、单项选择题（每题2分）",
    "1. 客户来电抱怨信用卡年费太高，客服代表首先应该怎么做？",
    "A. 直接解释年费政策", "B. 倾听并认同客户的感受", "C. 转给其他同事", "D. 建议客户销卡",
    "答案：B",
    "解析：先认同情绪，再解释政策。",
    "2. 下列哪些属于建立信任的要素？",
    "A. 专业能力", "B. 诚信", "C. 低价", "D. 持续可靠的服务",
    "答案：ABD",
    "3. 客户说“你们的利率太高了”，最恰当的第一句回应是？",
    "A. “这是总行统一定的。”", "B. “我理解您对费用的关注。”", "C. “别家也一样。”",
    "二、判断题",
    "4. 同理心就是同意客户的所有要求。",
    "答案：错",
    "5. 积极回应公式的第一步是倾听。",
    "答案：对",
    "知识点：积极回应、倾听",
    "三、填空题",
    "6. 积极回应公式的四个环节依次是倾听、____、回应和____。",
    "答案：认同;认可|跟进",
)

PASTED = """1. 客户情绪激动时，第一步应该做什么？
A. 解释规定
B. 倾听
C. 请客户冷静
答案：B
2. 向客户致歉时，下列哪种说法更好？
A. “给您带来不便，非常抱歉。”
B. “这不是我们的问题。”
答案：A
3. 客户经理应当主动告知产品风险。
答案：对
"""


def shoot_bank_screens(gallery: Gallery, workspace: Workspace,
                       document: CourseDocument) -> None:
    with tempfile.TemporaryDirectory(prefix="courseware-gallery-bank-") as folder:
        bank = _word_bank(Path(folder) / "题库.docx")
        _import_preview(gallery, workspace, document, bank)
    _import_paste(gallery, workspace, document)
    _export(gallery, workspace, document)


def _word_bank(path: Path) -> Path:
    from docx import Document

    word = Document()
    for line in BANK_LINES:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def _import_dialog(workspace: Workspace, document: CourseDocument) -> QDialog:
    from ui.banks.import_dialog import ImportQuestionsDialog

    quiz = document.course.modules[0].quizzes[0]
    return ImportQuestionsDialog(workspace.window, document, workspace.settings, quiz)


def _import_preview(gallery: Gallery, workspace: Workspace, document: CourseDocument,
                    bank: Path) -> None:
    from ui.banks.editor_dialog import QuestionEditorDialog
    from ui.banks.fix_dialog import FixDialog

    dialog = _import_dialog(workspace, document)
    dialog.add_files([bank])  # type: ignore[attr-defined]
    _wait(lambda: bool(dialog.file_reads))  # type: ignore[attr-defined]
    dialog.table.selectRow(0)  # type: ignore[attr-defined]
    gallery.dialog("dialog-import-questions", dialog)
    rows = dialog.model.rows  # type: ignore[attr-defined]
    broken = next(row for row in rows if row.has_error)
    fix = FixDialog(dialog, broken.entry)
    fix.answer.setText("B")
    gallery.dialog("dialog-import-fix", fix)
    _close(fix)
    editor = QuestionEditorDialog(dialog, rows[1].entry, document.root)
    gallery.dialog("dialog-import-editor", editor)
    _close(editor)
    _close(dialog)


def _import_paste(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    dialog = _import_dialog(workspace, document)
    dialog.sources.setCurrentIndex(1)  # type: ignore[attr-defined]
    dialog.sources.paste.setPlainText(PASTED)  # type: ignore[attr-defined]
    dialog.read_paste(PASTED)  # type: ignore[attr-defined]
    gallery.dialog("dialog-import-paste", dialog)
    _close(dialog)


def _export(gallery: Gallery, workspace: Workspace, document: CourseDocument) -> None:
    from ui.banks.export_dialogs import QuestionExportDialog, TemplateExportDialog

    dialog = QuestionExportDialog(workspace.window, document, workspace.settings)
    dialog.format.setCurrentIndex(dialog.format.findData("gift"))
    _wait(lambda: dialog.checked is not None)
    gallery.dialog("dialog-export-questions", dialog)
    _close(dialog)
    template = TemplateExportDialog(workspace.window, document, workspace.settings)
    gallery.dialog("dialog-export-question-template", template)
    _close(template)


def _wait(done: object, limit_s: float = 60.0) -> None:
    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.02)
    settle()


def _close(dialog: QDialog) -> None:
    dialog.close()
    dialog.deleteLater()
