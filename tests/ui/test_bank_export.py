"""文件 › 导出题目… and 导出题目模板…: the warnings before writing, files that import back."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from exporters.banks.importer import read_files


def _run(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.start()
    assert dialog.operation is not None, dialog.status.text()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.error is not None,
                    timeout=60000)
    assert dialog.error is None, dialog.error
    assert dialog.open_file.isVisibleTo(dialog) and dialog.open_folder.isVisibleTo(dialog)


def _scenario_quiz(course: m.Course) -> m.Quiz:
    return next(quiz for quiz in course.all_quizzes()
                if any(isinstance(q, m.ScenarioQuestion) for q in quiz.questions))


def test_gift_export_warns_about_scenarios_and_imports_back(workspace, qtbot,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    from ui.banks.export_dialogs import QuestionExportDialog
    from ui.banks.import_dialog import ImportQuestionsDialog

    course = workspace.document.course
    quiz = _scenario_quiz(course)
    dialog = QuestionExportDialog(workspace.window, workspace.document, workspace.settings, quiz)
    assert dialog.scope.currentData() == quiz.id
    dialog.format.setCurrentIndex(dialog.format.findData("gift"))
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=30000)
    scenarios = [q for q in quiz.questions if isinstance(q, m.ScenarioQuestion)]
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any(first_words(q) in note for q in scenarios for note in notes), notes
    assert "cannot be kept whole in GIFT" in dialog.notes_label.text()
    quiz = course.modules[0].quizzes[0]  # choice, true/false, fill-in …
    dialog.scope.setCurrentIndex(dialog.scope.findData(quiz.id))
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=30000)
    output = tmp_path / "bank.gift"
    dialog.output.setText(str(output))
    _run(dialog, qtbot)
    back = ImportQuestionsDialog(workspace.window, workspace.document, workspace.settings)
    back.add_files([output])  # the format is recognised from the file, as a trainer would
    qtbot.waitUntil(lambda: bool(back.file_reads), timeout=30000)
    assert not back.file_reads[0].result.problems
    assert all(row.importable for row in back.model.rows)
    prompts = [row.entry.question.prompt for row in back.model.rows]
    back.deleteLater()
    unheld = [q for q in quiz.questions if isinstance(q, m.OrderingQuestion)]  # not in GIFT
    assert unheld and {q.id for q in unheld} <= {p.source for p in dialog.checked}
    assert prompts == [q.prompt for q in quiz.questions if q not in unheld] and prompts
    dialog.deleteLater()


def first_words(question: m.Question) -> str:
    from ui.labels import first_line

    return first_line(question.prompt)[:10]


def test_format_choice_sets_the_extension_and_is_remembered(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.banks.export_dialogs import QuestionExportDialog

    dialog = QuestionExportDialog(workspace.window, workspace.document, workspace.settings)
    assert dialog.output.text().endswith(".gift")
    assert Path(dialog.output.text()).parent == workspace.document.root / "exports"
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.output.text().endswith(".xlsx")
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=30000)
    dialog.memory.save(dialog.remembered)
    again = QuestionExportDialog(workspace.window, workspace.document, workspace.settings)
    assert again.format.currentData() == "xlsx" and again.output.text().endswith(".xlsx")
    qtbot.waitUntil(lambda: again.checked is not None, timeout=30000)
    dialog.deleteLater()
    again.deleteLater()


@pytest.mark.parametrize("name", ["xlsx", "docx", "txt", "csv"])
def test_template_is_read_back_by_the_importer(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               name: str) -> None:
    from ui.banks.export_dialogs import TemplateExportDialog

    dialog = TemplateExportDialog(workspace.window, workspace.document, workspace.settings)
    dialog.format.setCurrentIndex(dialog.format.findData(name))
    assert dialog.output.text().endswith(f".{name}")
    output = tmp_path / f"template.{name}"
    dialog.output.setText(str(output))
    _run(dialog, qtbot)
    read = read_files([output], "auto")[0]
    assert not read.result.problems
    types = {e.question.type_name for e in read.result.entries if e.question is not None}
    assert len(read.result.entries) == 7 and not any(e.has_error for e in read.result.entries)
    assert {"single_choice", "multiple_choice", "true_false", "fill_blank", "ordering",
            "matching", "essay"} == types
    dialog.deleteLater()
