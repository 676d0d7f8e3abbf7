"""Problems as the trainer meets them: a click lands on the exact field for every kind of
problem; the badge, the tree markers, F8 and the panel that opens on demand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from courseware import model as m
from tests.courseware.course_builder import write_sample_course
from tests.courseware.problem_kinds import KINDS


@pytest.fixture
def sample_workspace(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.app import create_workspace

    ws = create_workspace(write_sample_course(tmp_path / "course"))
    ws.files.ask_restore = lambda snapshot: False
    ws.files.may_discard_changes = lambda: True
    ws.window.show()
    qtbot.waitExposed(ws.window)
    ws.window.activateWindow()
    yield ws
    ws.window.close()
    ws.window.deleteLater()
    ws.deleteLater()


def _card_editor(cards: QWidget, row: int, attr: str = "") -> QWidget:
    editors = cards.cards[row].editors  # type: ignore[attr-defined]
    return next((w for f, w in editors.items() if f.attr == attr), next(iter(editors.values())))


def _expected(editor: QWidget, field: str) -> QWidget:
    """The widget a trainer expects to land in, named independently of ui.field_focus."""
    head, *rest = field.split(".")
    fields = editor.fields  # type: ignore[attr-defined]
    if head == "prompt":
        return editor.prompt  # type: ignore[attr-defined,no-any-return]
    if head in ("nodes", "start"):
        scenario = editor.scenario  # type: ignore[attr-defined]
        if head == "start" or not rest:
            return scenario.node_list  # type: ignore[no-any-return]
        assert scenario.current_node().id == rest[0]
        form = scenario.form
        if rest[1:]:
            return form.cards[0].text if form.cards else form.add_choice  # type: ignore[no-any-return]
        return form.situation  # type: ignore[no-any-return]
    if head == "sections":
        assert editor.tabs.currentWidget() is fields[field]  # type: ignore[attr-defined]
        return fields[field]  # type: ignore[no-any-return]
    widget = fields[head]
    if head == "questions":  # the quiz's question list, empty: its add button
        return widget.add_button  # type: ignore[no-any-return]
    if hasattr(widget, "cards"):
        if not widget.cards:
            return widget.add_button  # type: ignore[no-any-return]
        row = int(rest[0]) if rest else 0
        return _card_editor(widget, row, rest[1] if rest[1:] else "")
    if hasattr(widget, "table"):
        if rest:
            assert widget.table.currentRow() == int(rest[0])
        return widget.table  # type: ignore[no-any-return]
    return widget  # type: ignore[no-any-return]


def _click_problem(workspace, qtbot, key: str):  # type: ignore[no-untyped-def]
    workspace.problems.validate_now()
    panel = workspace.window.problems
    row = next(i for i, p in enumerate(panel.problems) if p.key == key)
    if workspace.window.problems_dock.isHidden():
        workspace.window.problems_badge.click()
    item = panel.list.topLevelItem(row)
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return panel.problems[row]


@pytest.mark.parametrize("key", sorted(KINDS))
def test_a_click_lands_on_the_field(sample_workspace, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    target, field = KINDS[key](workspace.document.course)
    workspace.document.structure_changed.emit()  # the mistake was made behind the editors
    workspace.select_object(workspace.document.course)
    problem = _click_problem(workspace, qtbot, key)
    assert problem.ref.name == field
    editor = workspace.window.editor_area.editor
    assert editor.obj is target
    expected = _expected(editor, field)
    # a field with pictures (ui.editors.media_field) passes its focus to its text box
    landed = (expected, expected.focusProxy())
    qtbot.waitUntil(lambda: QApplication.focusWidget() in landed, timeout=2000)
    assert expected.isVisible()
    if problem.ref.find and isinstance(expected, QPlainTextEdit):
        assert expected.textCursor().selectedText() == problem.ref.find


def test_the_missing_image_opens_the_lesson_at_the_image(sample_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    lesson, _field = KINDS["media.missing"](workspace.document.course)
    problem = _click_problem(workspace, qtbot, "media.missing")
    editor = workspace.window.editor_area.editor
    assert editor.obj is lesson
    body = editor.fields["body"].focusProxy()  # the visual editor's text
    qtbot.waitUntil(lambda: body.hasFocus(), timeout=2000)
    picture = body.textCursor().charFormat()
    assert body.textCursor().hasSelection() and picture.isImageFormat()
    assert picture.toImageFormat().name().endswith(problem.ref.find)  # the picture, selected


def test_the_panel_is_hidden_until_asked_for_and_remembered(sample_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = sample_workspace.window
    assert window.problems_dock.isHidden()
    window.problems_badge.click()
    assert window.problems_dock.isVisible()
    sample_workspace.problems.remember_on_close()
    from ui.app import create_workspace

    again = create_workspace(sample_workspace.document.root)
    try:
        assert not again.window.problems_dock.isHidden()
        again.window.problems_badge.click()
        assert again.window.problems_dock.isHidden()
    finally:
        again.window.close()
        again.window.deleteLater()
        again.deleteLater()


def test_the_badge_counts_in_both_languages(sample_workspace) -> None:  # type: ignore[no-untyped-def]
    from courseware.i18n import set_language

    workspace = sample_workspace
    badge = workspace.window.problems_badge
    workspace.problems.validate_now()
    assert badge.text() == "No problems"
    KINDS["choice.no_correct"](workspace.document.course)
    workspace.problems.validate_now()
    assert badge.text() == "1 problem"
    KINDS["essay.points_mismatch"](workspace.document.course)
    workspace.problems.validate_now()
    assert badge.text() == "2 problems"
    set_language("zh")
    badge.retranslate()
    assert badge.text() == "2 个问题"


def test_tree_nodes_carry_rolled_up_counts(sample_workspace) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    course = workspace.document.course
    question, _ = KINDS["choice.no_correct"](course)
    lesson, _ = KINDS["placeholder.found.title"](course)
    workspace.problems.validate_now()
    delegate = workspace.window.tree_badges
    model = workspace.tree_model
    module = course.modules[0]
    quiz = next(i for i in module.items if isinstance(i, m.Quiz))
    assert delegate.badge_for(model.index_for(question)) == (1, True)
    assert delegate.badge_for(model.index_for(quiz)) == (1, True)
    assert delegate.badge_for(model.index_for(lesson)) == (1, False)  # a warning
    assert delegate.badge_for(model.index_for(module)) == (2, True)
    assert delegate.badge_for(model.index_for(course)) == (2, True)
    other = next(q for q in quiz.questions if q is not question)
    assert delegate.badge_for(model.index_for(other)) is None
    spoken = model.data(model.index_for(module), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("2 problems here")


def test_f8_walks_the_problems_and_opens_each(sample_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    course = workspace.document.course
    first, _ = KINDS["placeholder.found.title"](course)
    second, _ = KINDS["choice.no_correct"](course)
    workspace.problems.validate_now()
    window = workspace.window
    assert window.problems_dock.isHidden()
    window.next_problem.trigger()
    assert not window.problems_dock.isHidden()
    assert window.editor_area.editor.obj is first
    window.next_problem.trigger()
    assert window.editor_area.editor.obj is second
    window.next_problem.trigger()  # round again
    assert window.editor_area.editor.obj is first
    window.previous_problem.trigger()
    assert window.editor_area.editor.obj is second


def test_the_message_column_wraps_and_takes_the_room(sample_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    KINDS["choice.many_correct"](workspace.document.course)
    workspace.problems.validate_now()
    workspace.window.problems_badge.click()
    panel = workspace.window.problems
    QApplication.processEvents()
    assert panel.list.wordWrap()
    assert panel.list.columnWidth(0) > 2 * panel.list.columnWidth(1)
    assert panel.list.isColumnHidden(2)  # the file and line: for experts, on request
    item = panel.list.topLevelItem(0)
    assert item.text(1) == "Module 1 › Quiz 1 › Question 1 › Option B › Correct"
    assert "Switch “Correct” off" in item.text(0)
    assert "modules/" in item.toolTip(0)
    panel.show_files.setChecked(True)
    assert not panel.list.isColumnHidden(2)


def test_a_missing_case_image_opens_its_section_at_the_image(sample_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    case = next(i for i in workspace.document.course.modules[0].items
                if isinstance(i, m.CaseStudy))
    case.sections["analysis"] += "\n\n![图](images/gone.png)\n"
    problem = _click_problem(workspace, qtbot, "media.missing")
    assert problem.location == "Module 1 › Case study 1 › Model analysis"
    editor = workspace.window.editor_area.editor
    section = editor.fields["sections.analysis"]
    assert editor.tabs.currentWidget() is section
    text = section.focusProxy()  # the visual editor's text
    qtbot.waitUntil(lambda: text.hasFocus(), timeout=2000)
    picture = text.textCursor().charFormat()
    assert text.textCursor().hasSelection() and picture.isImageFormat()
    assert picture.toImageFormat().name().endswith("images/gone.png")


def test_five_mistakes_show_as_five_in_the_panel_and_the_badge(sample_workspace) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    for key in ("scenario.next_missing", "choice.no_correct", "draw.too_few",
                "placeholder.found.title", "media.missing"):
        KINDS[key](workspace.document.course)
    workspace.problems.validate_now()
    panel = workspace.window.problems
    assert len(panel.problems) == 5
    assert workspace.window.problems_badge.text() == "5 problems"
    assert "5 problems" in panel.summary.text()


def test_the_current_problem_stays_selected_after_a_re_check(sample_workspace) -> None:  # type: ignore[no-untyped-def]
    workspace = sample_workspace
    course = workspace.document.course
    KINDS["placeholder.found.title"](course)
    KINDS["choice.no_correct"](course)
    workspace.problems.validate_now()
    window = workspace.window
    window.next_problem.trigger()
    window.next_problem.trigger()
    panel = window.problems
    assert panel.current_row() == 1
    workspace.problems.validate_now()  # the live check runs again after an edit
    assert panel.current_row() == 1
    assert panel.problems[1].key == "choice.no_correct"


# domain place label → the editor's label (mnemonics dropped); the place may be the shorter
EDITOR_LABELS = {
    "where.field.title": "field.title", "where.field.id": "field.id",
    "where.field.body": "field.body", "where.field.prompt": "field.prompt",
    "where.field.points": "field.points", "where.field.feedback": "field.feedback",
    "where.field.options": "field.options", "where.field.correct": "field.correct",
    "where.field.option_text": "field.option_text", "where.field.blanks": "field.blanks",
    "where.field.accepted": "cards.accepted", "where.field.pairs": "field.pairs",
    "where.field.items": "field.items_in_order", "where.field.rubric": "field.rubric",
    "where.field.answers": "numerical.editor.answers",
    "where.field.units": "numerical.editor.units",
    "where.field.start": "scenario.start", "where.field.nodes": "scenario.nodes",
    "where.field.questions": "quizlist.heading", "where.field.draws": "editor.draws",
    "where.field.description": "field.description", "where.node_choices": "scenario.choices",
    "where.field.option": "cards.option_title", "where.field.blank": "cards.blank_title",
    "where.field.pair": "cards.pair_title", "where.field.item": "cards.item_title",
    "where.field.criterion": "cards.criterion_title",
    "where.field.distractor": "cards.distractor_title",
    **{f"where.section.{name}": f"section.{name}" for name in m.CASE_SECTIONS},
}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_places_use_the_editors_labels(language: str) -> None:
    from courseware.i18n import set_language
    from courseware.i18n import tr as domain_tr
    from ui.actions import strip_mnemonic
    from ui.i18n import tr

    set_language(language)
    values = {"n": 2, "letter": "B"}
    for place_key, editor_key in EDITOR_LABELS.items():
        place = domain_tr(place_key, **values)
        editor = strip_mnemonic(tr(editor_key, **values))
        assert editor.startswith(place), (place_key, place, editor)


def test_a_picture_in_a_rich_text_field_is_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Should the lesson text become a WYSIWYG editor, the picture itself is selected."""
    from PySide6.QtWidgets import QTextEdit

    from ui.field_focus import select_text

    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setHtml('<p>前文</p><p><img src="images/missing.png"></p><p>后文</p>')
    assert select_text(editor, "images/missing.png")
    assert editor.textCursor().selectedText() == "\ufffc"  # the picture's object character
