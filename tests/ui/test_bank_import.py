"""文件 › 导入题目…: preview rows and sources, skip, fix, paste, target quiz, one undo step,
bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from courseware import model as m
from tests.ui.bank_files import TEXT, excel_bank, word_bank


@pytest.fixture
def dialog(workspace, qtbot):  # type: ignore[no-untyped-def]
    from ui.banks.import_dialog import ImportQuestionsDialog

    dialog = ImportQuestionsDialog(workspace.window, workspace.document, workspace.settings)
    dialog.imported.connect(workspace.select_object)
    yield dialog
    dialog.deleteLater()


def _read(dialog, qtbot, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    before = len(dialog.file_reads)
    dialog.add_files(list(paths))
    qtbot.waitUntil(lambda: len(dialog.file_reads) == before + len(paths), timeout=30000)


def _column(dialog, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _checked(dialog) -> list[bool]:  # type: ignore[no-untyped-def]
    model = dialog.model
    return [model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Checked for row in range(model.rowCount())]


def _quiz(workspace) -> m.Quiz:  # type: ignore[no-untyped-def]
    return workspace.document.course.modules[0].quizzes[0]


def _use_quiz(dialog, quiz: m.Quiz) -> None:  # type: ignore[no-untyped-def]
    dialog.target.setCurrentIndex(dialog.target.findData(quiz.id))


def test_word_and_excel_rows_with_sources_types_and_problems(dialog, qtbot,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    from ui.banks.preview_model import ANSWER, PROBLEMS, SOURCE, TYPE

    _read(dialog, qtbot, word_bank(tmp_path / "题库.docx"), excel_bank(tmp_path / "题库.xlsx"))
    assert _column(dialog, SOURCE) == [
        "题库.docx:2", "题库.docx:7", "题库.docx:11", "题库.docx:13",
        "题库.xlsx!单选题:2", "题库.xlsx!单选题:3", "题库.xlsx!单选题:4"]
    assert _column(dialog, TYPE) == ["Single choice", "Single choice", "True/false",
                                     "True/false", "Single choice", "Single choice",
                                     "Single choice"]
    assert _column(dialog, ANSWER)[:5] == ["B", "—", "False", "True", "B"]
    problems = _column(dialog, PROBLEMS)
    assert problems[1].startswith("Error: no answer")
    assert problems[3].startswith("Note: only the first tag")
    assert "option D" in problems[6]
    # rows with errors start unchecked and cannot be checked; nothing is left out
    assert _checked(dialog) == [True, False, True, True, True, True, False]
    model = dialog.model
    assert not model.setData(model.index(1, 0), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.summary.text() == ("7 questions read: 5 will be imported, 2 skipped, "
                                     "2 with errors.")
    assert dialog.import_button.text() == "Import 5 questions"


def test_skipped_row_is_not_imported_and_one_undo_removes_all(workspace, dialog, qtbot,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    quiz = _quiz(workspace)
    before = [q.id for q in quiz.questions]
    _read(dialog, qtbot, word_bank(tmp_path / "题库.docx"))
    model = dialog.model
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)
    assert "2 will be imported, 2 skipped" in dialog.summary.text()
    _use_quiz(dialog, quiz)
    stack = workspace.document.undo_stack
    steps = stack.count()
    assert dialog.import_now() is quiz
    added = quiz.questions[len(before):]
    assert [q.prompt for q in added] == ["同理心就是同意客户的所有要求。",
                                         "积极回应需要先认同客户的情绪。"]
    assert isinstance(added[0], m.TrueFalseQuestion) and added[0].answer is False
    assert added[1].category == "积极回应"
    all_ids = [q.id for q in workspace.document.course.all_questions()]
    assert len(all_ids) == len(set(all_ids)), "imported ids must be unique in the course"
    assert stack.count() == steps + 1
    assert workspace.current_node().obj is quiz  # the tree shows where they went
    stack.undo()
    assert [q.id for q in quiz.questions] == before
    stack.redo()
    assert quiz.questions[len(before):] == added


def test_fixing_an_errored_row_makes_it_importable(workspace, dialog, qtbot,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    from ui.banks.fix_dialog import FixDialog

    _read(dialog, qtbot, word_bank(tmp_path / "题库.docx"))
    seen: list[str] = []

    def fill(fix: QDialog) -> int:
        assert isinstance(fix, FixDialog)
        assert fix.prompt.toPlainText() == "建立信任最重要的是什么？"
        assert fix.options.toPlainText() == "A. 低价\nB. 持续可靠的服务"
        seen.append(fix.problems.text())
        fix.answer.setText("b")
        seen.append(fix.problems.text())
        return QDialog.DialogCode.Accepted

    dialog.run_dialog = fill
    assert dialog.fix_row(1)
    assert seen[0].startswith("Error: no answer") and seen[1].startswith("No problems")
    assert _checked(dialog)[1]
    assert "4 will be imported, 0 skipped, 0 with errors" in dialog.summary.text()
    quiz = _quiz(workspace)
    _use_quiz(dialog, quiz)
    dialog.import_now()
    fixed = next(q for q in quiz.questions if q.prompt == "建立信任最重要的是什么？")
    assert isinstance(fixed, m.SingleChoiceQuestion)
    assert [o.correct for o in fixed.options] == [False, True]


def test_a_fix_that_is_still_wrong_keeps_the_row_out(dialog, qtbot,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    _read(dialog, qtbot, excel_bank(tmp_path / "题库.xlsx"))

    def fill(fix: QDialog) -> int:
        fix.answer.setText("E")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    dialog.run_dialog = fill
    dialog.fix_row(2)
    assert _checked(dialog) == [True, True, False]
    assert "option E" in dialog.model.rows[2].entry.problems[0].message


def test_question_editor_fix_changes_the_row(dialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.banks.editor_dialog import QuestionEditorDialog
    from ui.banks.preview_model import PROMPT

    _read(dialog, qtbot, excel_bank(tmp_path / "题库.xlsx"))

    def edit(editor: QDialog) -> int:
        assert isinstance(editor, QuestionEditorDialog)
        editor.editor.prompt.setPlainText("客户投诉时第一步要做什么？")
        return QDialog.DialogCode.Accepted

    dialog.run_dialog = edit
    assert dialog.edit_row(0)
    assert _column(dialog, PROMPT)[0] == "客户投诉时第一步要做什么？"
    assert _checked(dialog)[0]


def test_pasted_text_into_a_new_quiz(workspace, dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.banks.preview_model import SOURCE

    dialog.sources.setCurrentIndex(1)
    dialog.sources.paste.setPlainText(TEXT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert _column(dialog, SOURCE) == ["pasted text:2", "pasted text:6"]
    module = workspace.document.course.modules[1]
    dialog.target.setCurrentIndex(dialog.target.findData("__new__"))
    dialog.module.setCurrentIndex(dialog.module.findData(module.id))
    dialog.new_title.setText("信用卡题库")
    items = len(module.items)
    quiz = dialog.import_now()
    assert quiz is not None and quiz in module.items and quiz.title == "信用卡题库"
    assert [q.prompt for q in quiz.questions] == ["客户情绪激动时，第一步应该做什么？",
                                                  "认同客户感受的说法是？"]
    assert quiz.path.startswith(module.folder)
    assert workspace.current_node().obj is quiz
    workspace.document.undo_stack.undo()
    assert len(module.items) == items and quiz not in module.items
    workspace.document.undo_stack.redo()
    assert module.items[-1] is quiz and len(quiz.questions) == 2


def test_new_quiz_needs_a_title(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.sources.paste.setPlainText(TEXT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    dialog.target.setCurrentIndex(dialog.target.findData("__new__"))
    assert dialog.import_button.isEnabled()
    dialog.new_title.setText("  ")
    assert not dialog.import_button.isEnabled()
    dialog.sources.paste.clear()  # the rows of the pasted text go with it
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert dialog.summary.text() == "Add files or paste text to see the questions here."


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("题库.docx", b"\x89junk" * 500, "题库.docx"),
    ("题库.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, ".xlsx"),
    ("大题库.docx", b"", "40"),  # made 50 MB below: refused before it is read
    ("炸弹.docx", b"zip", "unpacks to too much data"),  # a zip bomb, made below
])
def test_a_bad_file_gives_the_readers_message_and_changes_nothing(  # type: ignore[no-untyped-def]
        workspace, dialog, qtbot, tmp_path: Path, name: str, content: bytes,
        expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    if not content:
        with path.open("r+b") as handle:
            handle.truncate(50 * 2**20)  # sparse: 50 MB without writing them
    if content == b"zip":
        import zipfile

        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", b"<" + b"\0" * (40 * 2**20))
    steps = workspace.document.undo_stack.count()
    _read(dialog, qtbot, path)
    assert dialog.model.rowCount() == 0
    assert expected in dialog.sources.file_list.item(0).text()
    assert "✗" in dialog.summary.text() and expected in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_now() is None
    assert workspace.document.undo_stack.count() == steps


def test_pictures_go_into_the_course_media(workspace, dialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "chart.png"
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    image.save(str(picture))
    document = Document()
    document.add_paragraph("1. 下图中哪一项是年费？")
    document.add_picture(str(picture))
    for line in ("A. 第一项", "B. 第二项", "答案：A"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "图片题.docx"))
    _read(dialog, qtbot, tmp_path / "图片题.docx")
    quiz = _quiz(workspace)
    _use_quiz(dialog, quiz)
    dialog.import_now()
    prompt = quiz.questions[-1].prompt
    assert "](../../media/" in prompt or "](../media/" in prompt or "](media/" in prompt
    name = prompt.split("media/")[1].split(")")[0]
    assert (workspace.document.root / "media" / name).read_bytes() == picture.read_bytes()


def test_the_file_menu_opens_it_on_the_selected_quiz(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.banks.import_dialog import ImportQuestionsDialog

    quiz = _quiz(workspace)
    workspace.select_object(quiz)
    workspace.window.action("import_questions").trigger()
    dialog = workspace.window.findChild(ImportQuestionsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.target.currentData() == quiz.id
    dialog.reject()


def test_only_problem_rows_select_all_and_none(dialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.banks.preview_model import SOURCE

    _read(dialog, qtbot, word_bank(tmp_path / "题库.docx"))
    assert dialog.new_title.text() == "题库"  # a new quiz is named after the file
    dialog.only_problems.setChecked(True)
    table = dialog.table.model()
    shown = [table.data(table.index(row, SOURCE)) for row in range(table.rowCount())]
    assert shown == ["题库.docx:7", "题库.docx:13"]  # the error and the note
    dialog.table.setCurrentIndex(table.index(1, 0))
    assert dialog.current_row() == 3
    dialog.only_problems.setChecked(False)
    assert dialog.table.model().rowCount() == 4
    dialog.model.set_all(False)
    assert _checked(dialog) == [False, False, False, False]
    assert not dialog.import_button.isEnabled()
    dialog.model.set_all(True)
    assert _checked(dialog) == [True, False, True, True]  # the error row stays out
