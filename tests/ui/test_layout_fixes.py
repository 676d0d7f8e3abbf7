"""Small fixes: the problems dock's height, scenario node text undo, the whole scenario map."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from courseware import model as m


def _scenario(workspace) -> m.ScenarioQuestion:  # type: ignore[no-untyped-def]
    return next(q for q in workspace.document.course.all_questions()
                if isinstance(q, m.ScenarioQuestion))


def test_problems_dock_is_sized_by_its_content(workspace) -> None:  # type: ignore[no-untyped-def]
    window = workspace.window
    QApplication.processEvents()
    assert window.problems_dock.isHidden()  # opened on demand
    window.problems_badge.click()
    QApplication.processEvents()
    line = window.fontMetrics().lineSpacing()
    assert window.problems_dock.height() <= window.problems.preferred_height() + 3 * line
    assert window.problems_dock.height() < window.height() / 4
    assert window.problems.list.isVisible()


def test_typing_in_a_scenario_node_text_is_one_undo_step(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question = _scenario(workspace)
    workspace.select_object(question)
    editor = workspace.editor.scenario
    stack = workspace.document.undo_stack
    before, count = question.nodes[0].text, stack.count()
    editor.form.situation.setFocus()
    qtbot.keyClicks(editor.form.situation, "abc")
    assert question.nodes[0].text == "abc" + before
    assert stack.count() == count + 1
    workspace.window.action("undo").trigger()
    assert question.nodes[0].text == before


def test_scenario_map_shows_every_node(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.select_object(_scenario(workspace))
    graph = workspace.editor.scenario.map
    QApplication.processEvents()
    shown = graph.mapFromScene(graph.sceneRect()).boundingRect()
    assert graph.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)
