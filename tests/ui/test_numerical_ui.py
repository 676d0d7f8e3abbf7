"""The numerical answer box (preview and kiosk) and the editor's answer and unit tables."""

from __future__ import annotations

from courseware import model as m
from courseware.i18n import set_language
from ui.editors.list_table import ListTable
from ui.quiz_preview.answer_widgets import NumberAnswer, answer_widget


def _question() -> m.NumericalQuestion:
    return m.NumericalQuestion(id="fee", prompt="手续费？", answers=[m.NumericalAnswer(1200)],
                               units=[m.NumericalUnit("元"), m.NumericalUnit("万元", 0.0001)])


def test_answer_box_reads_chinese_input_and_says_how(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language("zh")
    try:
        widget = answer_widget(_question(), None)
        qtbot.addWidget(widget)
        assert isinstance(widget, NumberAnswer)
        with qtbot.waitSignal(widget.answered) as emitted:
            widget.edit.setText("１，２００ 元")
            widget.edit.editingFinished.emit()
        assert emitted.args == ["１，２００ 元"]  # the text as typed: grading reads it
        assert widget.reading.text() == "读作 1200 元"
        widget.edit.setText("0.12万元")
        assert widget.reading.text() == "读作 1200 元"
        widget.edit.setText("1200 美元")
        assert widget.reading.text() == "不认识的单位“美元”，请用 元 / 万元"
        widget.edit.setText("一千二")
        assert widget.reading.text().startswith("还不是数字")
        widget.edit.setText("")
        assert widget.reading.text() == "" and widget.value() is None
        widget.set_value("13.5")
        assert widget.value() == "13.5"
    finally:
        set_language("en")


def test_without_units_a_percent_sign_is_fine(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = NumberAnswer([])
    qtbot.addWidget(widget)
    widget.edit.setText("13.5%")
    assert widget.reading.text() == "Read as 13.5"


def test_editor_tables_edit_answers_and_units_undoably(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace.window.action("add_question.numerical").trigger()
    question = workspace.editor.obj
    assert isinstance(question, m.NumericalQuestion)
    answers = workspace.editor.fields["answers"]
    assert isinstance(answers, ListTable)
    answers.table.item(0, 0).setText("13.5")
    answers.table.item(0, 1).setText("0.1")
    assert question.answers[0].value == 13.5 and question.answers[0].tolerance == 0.1
    answers.table.item(0, 1).setText("abc")  # not a number: the cell goes back
    assert question.answers[0].tolerance == 0.1 and answers.table.item(0, 1).text() == "0.1"
    workspace.document.undo_stack.undo()
    assert question.answers[0].tolerance == 0
    units = workspace.editor.fields["units"]
    assert isinstance(units, ListTable) and units.table.rowCount() == 0
