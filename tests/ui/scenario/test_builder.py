"""The scenario builder as a trainer uses it: steps by their text, next steps from a list,
新建分支, deleting with links, the map beside the form, problem marks, undo."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QSplitter
from pytestqt.qtbot import QtBot

from courseware import model as m
from courseware.placeholders import placeholder
from ui.document import CourseDocument
from ui.editors.scenario.delete_dialog import DeleteDecision, DeleteDialog
from ui.editors.scenario.node_form import ChoiceCard
from ui.editors.scenario_editor import ScenarioEditor


def state(question: m.ScenarioQuestion) -> tuple[str, list[m.ScenarioNode]]:
    return question.start, copy.deepcopy(question.nodes)


def list_texts(editor: ScenarioEditor) -> list[str]:
    return [editor.node_list.item(row).text() for row in range(editor.node_list.count())]


def choose_next(card: ChoiceCard, node_id: str) -> None:
    row = card.next.findData(node_id)
    assert row >= 0, node_id
    card.next.setCurrentIndex(row)
    card.next.activated.emit(row)


def test_steps_are_listed_by_their_text_with_start_and_endings_marked(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    texts = list_texts(editor)
    assert len(texts) == len(question.nodes)
    assert texts[0].startswith("Start · 王先生在电话里")
    ending = next(i for i, n in enumerate(question.nodes) if n.ending is not None)
    score = question.nodes[ending].ending.score_percent  # type: ignore[union-attr]
    assert texts[ending].startswith(f"Ending {score:g}%")
    assert not any(text in {node.id for node in question.nodes} for text in texts)
    assert all(node.id not in text for node, text in zip(question.nodes, texts, strict=True))
    card = editor.form.cards[0]
    assert all(card.next.itemText(i) not in {n.id for n in question.nodes}
               for i in range(card.next.count()))


def test_choosing_the_next_step_from_the_list_stores_its_id(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    card = editor.form.cards[0]
    original = question.nodes[0].choices[0].next
    choose_next(card, "n7")
    assert question.nodes[0].choices[0].next == "n7"
    assert card.next.currentData() == "n7"
    assert card.next.currentText().startswith(editor.map.nodes["n7"].text[:10])
    editor.document.undo_stack.undo()
    assert question.nodes[0].choices[0].next == original


def test_new_branch_creates_a_step_links_the_choice_and_opens_it(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    before = state(question)
    editor.form.cards[1].branch.click()
    new_id = question.nodes[0].choices[1].next
    assert new_id not in {node.id for node in before[1]}
    assert question.node(new_id) is not None
    assert editor.current_id == new_id
    assert editor.form.situation.toPlainText() == placeholder("node_text")
    assert editor.form.situation.hasFocus() or not editor.isActiveWindow()
    assert editor.map.selected_id() == new_id
    assert editor.document.undo_stack.count() == 1  # one step for the trainer to undo
    editor.document.undo_stack.undo()
    assert state(question) == before


def test_delete_with_incoming_links_redirects_them(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    editor.select_node("n3")  # n1 and n2 lead to n3
    leading = [(n.id, i) for n in question.nodes for i, c in enumerate(n.choices)
               if c.next == "n3"]
    assert leading
    asked: list[str] = []

    def answer(node: m.ScenarioNode) -> DeleteDecision:
        asked.append(node.id)
        return DeleteDecision("n7")

    editor.ask_delete = answer
    editor.delete_node()
    assert asked == ["n3"]
    assert question.node("n3") is None
    assert all(question.node(node).choices[index].next == "n7"  # type: ignore[union-attr]
               for node, index in leading)
    assert all(c.next != "n3" for n in question.nodes for c in n.choices)


def test_delete_with_incoming_links_can_delete_them_or_be_cancelled(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    before = state(question)
    editor.select_node("n3")
    editor.ask_delete = lambda node: None
    editor.delete_node()
    assert state(question) == before
    editor.ask_delete = lambda node: DeleteDecision(None)
    editor.delete_node()
    assert [c.next for c in question.nodes[0].choices] == ["n2", "n4"]
    assert "n3" not in [c.next for c in question.node("n2").choices]  # type: ignore[union-attr]
    editor.document.undo_stack.undo()
    assert state(question) == before


def test_deleting_the_start_makes_the_redirect_target_the_start(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    editor.select_node("n1")
    editor.ask_delete = lambda node: DeleteDecision("n2")
    editor.delete_node()
    assert question.start == "n2"
    assert editor.node_list.item(0).text().startswith("Start · ")


def test_the_delete_dialog_offers_redirect_or_delete(
        qtbot: object, editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    deleted = question.node("n3")
    assert deleted is not None
    dialog = DeleteDialog(editor, question, deleted)
    assert dialog.redirect_button.isChecked()
    assert dialog.target.currentData() == deleted.choices[0].next  # where the deleted step led
    dialog.target.setCurrentIndex(dialog.target.findData("n7"))
    assert dialog.decision() == DeleteDecision("n7")
    dialog.drop_button.setChecked(True)
    assert dialog.decision() == DeleteDecision(None)
    assert dialog.target.findData("n3") == -1  # not into itself
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def test_map_selection_edits_the_step_and_list_selection_shows_on_the_map(
        editor: ScenarioEditor, question: m.ScenarioQuestion, qtbot: QtBot) -> None:
    view = editor.map
    view.fit()
    where = view.mapFromScene(view.nodes["n4"].scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    n4 = question.node("n4")
    assert n4 is not None
    assert editor.current_id == "n4"
    assert editor.form.situation.toPlainText() == n4.text
    assert editor.node_list.currentRow() == question.nodes.index(n4)
    editor.node_list.setCurrentRow(5)
    assert editor.map.selected_id() == question.nodes[5].id
    assert editor.form.situation.toPlainText() == question.nodes[5].text
    lit = [edge for edge in editor.map.edges if edge.pen().widthF() > 2]
    assert lit and all(edge.source.node_id == question.nodes[5].id for edge in lit)


def test_an_arrow_shows_its_choice_text_on_hover(editor: ScenarioEditor, qtbot: QtBot) -> None:
    view = editor.map
    edge = next(e for e in view.edges if e.source.node_id == "n1" and e.target.node_id == "n2")
    choice = next(c for c in editor.question.node("n1").choices  # type: ignore[union-attr]
                  if c.next == "n2")
    assert "王先生" in edge.toolTip() and not edge.label.isVisible()
    view.fit()
    point = view.mapFromScene(edge.path().pointAtPercent(0.5))
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(edge.label.isVisible, timeout=2000)
    assert edge.label.text().startswith(choice.text.strip()[:4])


def test_map_is_beside_the_form(editor: ScenarioEditor) -> None:
    splitter = editor.findChild(QSplitter, "scenario-splitter")
    assert splitter is not None and splitter.orientation() == Qt.Orientation.Horizontal
    form_left = editor.form_area.mapTo(editor, QPoint(0, 0))
    map_left = editor.map.mapTo(editor, QPoint(0, 0))
    assert map_left.x() > form_left.x() + editor.form_area.width() - 5
    assert abs(map_left.y() - form_left.y()) < editor.height() / 2
    room = editor.form_area.viewport().width()
    assert editor.form.minimumSizeHint().width() <= room  # nothing cut off at the right
    assert editor.map.width() >= 450 and editor.map.height() >= 300


def test_dead_ends_and_unreachable_steps_are_marked(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    editor.add_node()  # no choices, nothing leads to it
    new_id = editor.current_id
    assert new_id is not None
    item = editor.map.nodes[new_id]
    assert item.kind == "problem"
    assert {issue.kind for issue in item.issues} == {"dead_end", "unreachable"}
    assert "Dead end" in item.toolTip() and "Unreachable" in item.toolTip()
    row = editor.node_list.item(question.nodes.index(question.node(new_id)))  # type: ignore[arg-type]
    assert "Dead end" in row.toolTip() and not row.icon().isNull()
    assert editor.map.nodes["n2"].kind == "normal" and not editor.map.nodes["n2"].issues
    assert editor.map.nodes["n1"].kind == "start"


def test_dragging_a_step_moves_its_arrows_and_is_remembered(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    item = editor.map.nodes["n2"]
    edge = next(e for e in editor.map.edges if e.source is item)
    before = edge.path().pointAtPercent(0)
    item.setPos(item.pos() + QPointF(0, 200))
    assert edge.path().pointAtPercent(0).y() > before.y() + 100
    moved = item.pos()
    editor.form.situation.setPlainText("新的情境")  # any edit draws the map again
    assert editor.map.nodes["n2"].pos() == moved
    editor.map.relayout()
    assert editor.map.nodes["n2"].pos() != moved


def test_zoom_and_fit(editor: ScenarioEditor) -> None:
    view = editor.map
    view.fit()
    fitted = view.zoom()
    view.zoom_in()
    assert view.zoom() > fitted
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < fitted
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() >= 0.15 - 1e-9
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    zoom = view.zoom()
    view.wheelEvent(wheel)
    assert view.zoom() > zoom
    view.fit()
    scene = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(scene)
    view.zoom_in()
    zoomed = view.zoom()
    editor.resize(editor.width() - 40, editor.height())  # a resize keeps a hand-set zoom
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(zoomed)
    view.fit()
    editor.resize(editor.width() - 200, editor.height())  # … and refits a fitted map
    QApplication.processEvents()
    scene = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(scene)


def test_typing_is_one_undo_step_per_field(
        editor: ScenarioEditor, question: m.ScenarioQuestion, qtbot: object) -> None:
    before = state(question)
    editor.form.situation.setFocus()
    editor.form.situation.moveCursor(editor.form.situation.textCursor().MoveOperation.End)
    editor.form.situation.insertPlainText("再")
    editor.form.situation.insertPlainText("说")
    assert question.nodes[0].text.endswith("再说")
    assert editor.document.undo_stack.count() == 1
    editor.document.undo_stack.undo()
    assert state(question) == before


def _each_edit(editor: ScenarioEditor) -> list[tuple[str, object]]:
    form = editor.form
    return [
        ("choice text", lambda: form.cards[0].text.setPlainText("新的做法")),
        ("choice feedback", lambda: form.cards[0].feedback.textEdited.emit("新的反馈")),
        ("next step", lambda: choose_next(form.cards[0], "n5")),
        ("add choice", form.add_choice.click),
        ("remove choice", form.cards[2].remove.click),
        ("move choice", form.cards[0].down.click),
        ("make ending", lambda: form.kind_ending.setChecked(True)),
        ("add step", editor.add_button.click),
        ("duplicate step", editor.duplicate_button.click),
        ("make start", lambda: make_start_of(editor, "n2")),
        ("rename", lambda: editor.rename_node("first")),
        ("new branch", form.cards[1].branch.click),
        ("delete", lambda: delete_dropping_links(editor)),
    ]


def make_start_of(editor: ScenarioEditor, node_id: str) -> None:
    editor.select_node(node_id)
    editor.start_button.click()


def delete_dropping_links(editor: ScenarioEditor) -> None:
    editor.ask_delete = lambda node: DeleteDecision(None)
    editor.delete_node()


def test_every_edit_is_undone_in_one_step(editor: ScenarioEditor,
                                          question: m.ScenarioQuestion) -> None:
    stack = editor.document.undo_stack
    for name, edit in _each_edit(editor):
        editor.select_node("n1")
        before = state(question)
        edit()  # type: ignore[operator]
        assert state(question) != before, name
        stack.undo()
        assert state(question) == before, name
        editor.select_node("n1")
        assert editor.form.situation.toPlainText() == question.nodes[0].text, name


def test_ending_fields_are_edited(editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    ending = next(n for n in question.nodes if n.ending is not None)
    editor.select_node(ending.id)
    assert editor.form.ending_box.isVisible() and not editor.form.choices_box.isVisible()
    before = state(question)
    editor.form.score.setValue(35)
    editor.form.ending_feedback.setPlainText("说明原因")
    assert ending_of(question, ending.id) == (35, "说明原因")
    stack = editor.document.undo_stack
    stack.undo()
    stack.undo()
    assert state(question) == before
    assert editor.form.score.value() == ending.ending.score_percent  # type: ignore[union-attr]
    stack.redo()
    stack.redo()
    editor.form.kind_choices.setChecked(True)
    node = question.node(ending.id)
    assert node is not None and node.ending is None and len(node.choices) == 1
    assert editor.form.cards and editor.form.cards[0].next.currentData() == ""


def ending_of(question: m.ScenarioQuestion, node_id: str) -> tuple[float, str]:
    node = question.node(node_id)
    assert node is not None and node.ending is not None
    return node.ending.score_percent, node.ending.feedback


def test_the_builder_sits_in_the_question_editor(qtbot: object,
                                                document: CourseDocument,
                                                question: m.ScenarioQuestion) -> None:
    from ui.editors.question_editor import QuestionEditor

    editor = QuestionEditor(document, question)
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    assert editor.fields["nodes"] is editor.scenario.node_list


def test_right_click_menus_and_delete_key(editor: ScenarioEditor, question: m.ScenarioQuestion,
                                          qtbot: QtBot) -> None:
    menu = editor.step_menu()
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Add step", "Duplicate", "Make it the start", "Delete"]
    count = len(question.nodes)
    menu.actions()[1].trigger()
    assert len(question.nodes) == count + 1
    menu.deleteLater()
    asked: list[str] = []
    editor.ask_delete = lambda node: asked.append(node.id)  # type: ignore[func-returns-value]
    editor.select_node("n3")  # choices lead to it: the trainer is asked about them
    editor.node_list.setFocus()
    qtbot.keyClick(editor.node_list, Qt.Key.Key_Delete)
    assert asked == ["n3"]


def test_right_clicking_a_box_on_the_map_asks_for_its_menu(
        question: m.ScenarioQuestion, qtbot: QtBot) -> None:
    from PySide6.QtGui import QContextMenuEvent

    from ui.editors.scenario_graph import ScenarioMap

    view = ScenarioMap()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.show_question(question)
    view.fit()
    asked: list[str] = []
    view.menu_requested.connect(lambda node_id, _where: asked.append(node_id))
    where = view.mapFromScene(view.nodes["n5"].scenePos())
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                            view.viewport().mapToGlobal(where)))
    assert asked == ["n5"]


def test_dragged_positions_are_kept_in_the_settings(
        qtbot: QtBot, editor: ScenarioEditor, document: CourseDocument,
        question: m.ScenarioQuestion) -> None:
    from ui.editors.scenario import positions

    view = editor.map
    view.fit()
    item = view.nodes["n5"]
    start = view.mapFromScene(item.scenePos())
    end = start + QPoint(0, 60)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(view.viewport(), start + QPoint(0, step * 10))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = (item.x(), item.y())
    assert moved[1] > view.layout_used.positions["n5"][1] + 20
    positions._cache.clear()  # as after a restart: read back from the settings
    again = ScenarioEditor(document, question)
    qtbot.addWidget(again)
    assert (again.map.nodes["n5"].x(), again.map.nodes["n5"].y()) == pytest.approx(moved)
    again.map.relayout()
    positions._cache.clear()
    third = ScenarioEditor(document, question)
    qtbot.addWidget(third)
    assert third.map.nodes["n5"].y() == pytest.approx(view.layout_used.positions["n5"][1])


def test_a_step_nothing_leads_to_is_deleted_without_asking(
        editor: ScenarioEditor, question: m.ScenarioQuestion) -> None:
    editor.add_node()
    new_id = editor.current_id
    editor.ask_delete = lambda node: pytest.fail("asked")  # type: ignore[assignment]
    editor.delete_node()
    assert question.node(new_id or "") is None


def test_an_empty_scenario_gets_its_first_step_as_start(qtbot: QtBot,
                                                       document: CourseDocument) -> None:
    question = m.ScenarioQuestion(id="empty", prompt="p", start="", nodes=[])
    editor = ScenarioEditor(document, question)
    qtbot.addWidget(editor)
    assert editor.node_list.count() == 0 and not editor.form.isEnabled()
    assert not editor.delete_button.isEnabled()
    editor.add_button.click()
    assert len(question.nodes) == 1 and question.start == question.nodes[0].id
    assert editor.node_list.item(0).text().startswith("Start · ")
    assert editor.form.isEnabled()
    assert {i.kind for i in editor.map.nodes[question.start].issues} == {"dead_end"}


def test_a_fixed_step_loses_its_mark_in_the_list(editor: ScenarioEditor,
                                                 question: m.ScenarioQuestion) -> None:
    editor.add_node()
    new_id = editor.current_id
    row = question.nodes.index(question.node(new_id or ""))  # type: ignore[arg-type]
    assert editor.node_list.item(row).data(Qt.ItemDataRole.ForegroundRole) is not None
    editor.ask_delete = lambda node: DeleteDecision(None)
    editor.delete_node()
    assert all(editor.node_list.item(r).data(Qt.ItemDataRole.ForegroundRole) is None
               and editor.node_list.item(r).icon().isNull()
               for r in range(editor.node_list.count()))


def test_the_map_follows_typing_a_moment_later(editor: ScenarioEditor, qtbot: QtBot) -> None:
    editor.form.situation.setPlainText("客户打来电话")
    assert editor.node_list.item(0).text() == "Start · 客户打来电话"  # the list at once
    qtbot.waitUntil(lambda: editor.map.nodes["n1"].text == "客户打来电话", timeout=3000)
    editor.form.cards[0].text.setPlainText("先道歉")
    qtbot.waitUntil(lambda: any("先道歉" in edge.toolTip() for edge in editor.map.edges),
                    timeout=3000)


def test_double_clicking_a_box_opens_its_text(editor: ScenarioEditor, qtbot: QtBot) -> None:
    view = editor.map
    view.fit()
    where = view.mapFromScene(view.nodes["n6"].scenePos())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert editor.current_id == "n6"
    assert editor.form.situation.hasFocus() or not editor.isActiveWindow()
