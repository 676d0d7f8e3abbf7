"""Question cards: the prompt first, options/pairs/items/blanks/rubric as cards, 高级 folded;
and the done-means measurement: a four-option single-choice question in at most 3 clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QWidget

from courseware import model as m
from courseware.placeholders import placeholders_in
from ui.editors.cards import CardList
from ui.editors.question_editor import QuestionEditor
from ui.editors.quiz_editor import QuizEditor


def _first_quiz(workspace) -> m.Quiz:  # type: ignore[no-untyped-def]
    return next(q for q in workspace.document.course.modules[0].items if isinstance(q, m.Quiz))


def _open_new(workspace, type_name: str) -> tuple[m.Question, QuestionEditor]:  # type: ignore[no-untyped-def]
    workspace.select_object(_first_quiz(workspace))
    workspace.window.action(f"add_question.{type_name}").trigger()
    editor = workspace.editor
    assert isinstance(editor, QuestionEditor)
    return editor.obj, editor


def _text(card_list: CardList, row: int, label: str = "") -> QPlainTextEdit:
    edits = card_list.cards[row].findChildren(QPlainTextEdit)
    return edits[0] if not label else next(e for e in edits if label in e.accessibleName())


def test_prompt_comes_first_and_internals_are_folded(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    _question, editor = _open_new(workspace, "single_choice")
    layout = editor.main_layout
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(editor.prompt_field) < order.index(editor.fields["options"])
    assert not editor.fields["id"].isVisible() and not editor.fields["category"].isVisible()
    option_ids = [c.editors[next(f for f in c.editors if f.attr == "id")]
                  for c in editor.fields["options"].cards]
    assert not any(w.isVisible() for w in option_ids)
    qtbot.mouseClick(editor.advanced_button, Qt.MouseButton.LeftButton)
    assert editor.fields["id"].isVisible() and option_ids[0].isVisible()
    qtbot.mouseClick(editor.advanced_button, Qt.MouseButton.LeftButton)
    assert not editor.fields["id"].isVisible()
    assert editor.focus_field("id") and editor.fields["id"].isVisible()  # a jump opens it


def test_option_cards_edit_toggle_add_duplicate_delete_reorder(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_new(workspace, "single_choice")
    assert isinstance(question, m.SingleChoiceQuestion)
    cards: CardList = editor.fields["options"]
    stack = workspace.document.undo_stack
    start = stack.count()
    text = _text(cards, 1)
    text.setFocus()
    assert text.textCursor().selectedText() == "Option 2"  # a placeholder is selected on focus
    qtbot.keyClicks(text, "Apologise first")
    assert question.options[1].text == "Apologise first"
    assert stack.count() == start + 1  # typing in one field is one undo step
    cards.cards[2].findChild(QCheckBox, "card-correct").click()
    assert [o.correct for o in question.options] == [False, False, True, False]  # single
    assert [c.property("correct") for c in cards.cards] == [False, False, True, False]
    qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    assert len(question.options) == 5 and question.options[4].id == "e"
    qtbot.mouseClick(cards.cards[1].buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert question.options[2].text == "Apologise first" and question.options[2].id == "f"
    qtbot.mouseClick(cards.cards[2].buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cards.cards[1].buttons["up"], Qt.MouseButton.LeftButton)
    assert question.options[0].text == "Apologise first" and question.options[0].id == "b"
    assert _text(cards, 0).toPlainText() == "Apologise first"  # the cards follow the model
    assert stack.index() == start + 6  # type, tick, add, duplicate, delete, move: one step each
    for _ in range(6):
        stack.undo()
    assert question.options[1].text == "Option 2" and len(question.options) == 4
    assert _text(cards, 1).toPlainText() == "Option 2"


def test_matching_ordering_fill_and_essay_are_cards_too(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    matching, editor = _open_new(workspace, "matching")
    pairs: CardList = editor.fields["pairs"]
    right = _text(pairs, 0, "Right")
    right.setFocus()
    qtbot.keyClicks(right, "Refund in 3 days")
    assert isinstance(matching, m.MatchingQuestion) and matching.pairs[0].right == \
        "Refund in 3 days"
    qtbot.mouseClick(editor.fields["distractors"].add_button, Qt.MouseButton.LeftButton)
    assert matching.distractors == [""]
    ordering, editor = _open_new(workspace, "ordering")
    items: CardList = editor.fields["items"]
    qtbot.mouseClick(items.cards[2].buttons["up"], Qt.MouseButton.LeftButton)
    assert isinstance(ordering, m.OrderingQuestion)
    assert ordering.items == ["Step 1", "Step 3", "Step 2"]
    fill, editor = _open_new(workspace, "fill_blank")
    accepted = editor.fields["blanks"].cards[0].findChildren(QWidget, "")
    line = next(w for w in accepted if w.accessibleName().endswith(
        "Accepted answers (separate with commas)"))
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "debit card, savings card")  # QTest types Latin keys only
    assert isinstance(fill, m.FillBlankQuestion)
    assert fill.blanks[0].accepted == ["debit card", "savings card"]
    line.setText("储蓄卡、借记卡")  # the Chinese list separator works too
    line.textEdited.emit(line.text())
    assert fill.blanks[0].accepted == ["储蓄卡", "借记卡"]
    essay, editor = _open_new(workspace, "essay")
    qtbot.mouseClick(editor.fields["rubric"].add_button, Qt.MouseButton.LeftButton)
    assert isinstance(essay, m.EssayQuestion) and len(essay.rubric) == 2


class ClickCounter:
    """Every mouse click of the measurement goes through here."""

    def __init__(self) -> None:
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())


def test_single_choice_with_four_options_in_three_clicks(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = _first_quiz(workspace)
    count = len(quiz.questions)
    workspace.select_object(quiz)  # the trainer is looking at the quiz
    quiz_editor = workspace.editor
    assert isinstance(quiz_editor, QuizEditor)
    clicks = ClickCounter()
    menu = quiz_editor.question_list.type_menu
    action = next(a for a in menu.actions() if a.objectName() == "add-single_choice")

    def choose_type() -> None:  # the type menu is open: click its "single choice" entry
        qtbot.waitUntil(menu.isVisible)
        clicks.click(menu, menu.actionGeometry(action).center())

    QTimer.singleShot(0, choose_type)
    clicks.click(quiz_editor.question_list.add_button)  # 1: + Add question (opens the menu)
    qtbot.waitUntil(lambda: len(quiz.questions) == count + 1)  # 2: single choice
    question = quiz.questions[-1]
    editor = workspace.editor
    assert isinstance(editor, QuestionEditor) and editor.obj is question
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    workspace.window.activateWindow()  # a window manager does this when a menu closes
    qtbot.waitUntil(lambda: editor.prompt.hasFocus())  # ready to type the question

    def type_here(text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget(), text)

    def tab() -> None:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    type_here("A customer wants to repay early. What comes first?")
    answers = ("Check identity and intent", "Process it at once", "Ask to come back later",
               "Send to the lobby manager")
    for answer in answers:
        tab()  # keys, not clicks: on to the next option's text (past a toggle and a feedback)
        for _ in range(4):
            if QApplication.focusWidget().objectName() == "card-text-text":
                break
            tab()
        type_here(answer)
    third = editor.fields["options"].cards[2].findChild(QCheckBox, "card-correct")
    clicks.click(third, QPoint(8, third.height() // 2))  # 3: the right answer is C
    assert clicks.count == 3  # + Add question, single choice, C is correct
    assert question.prompt == "A customer wants to repay early. What comes first?"
    assert [o.text for o in question.options] == list(answers)
    assert [o.correct for o in question.options] == [False, False, True, False]
    assert placeholders_in(question) == []
    assert [p for p in workspace.problems.validate_now() if p.target is question] == []


def test_drag_a_card_by_its_handle(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from ui.editors.card_widgets import card_mime

    question, editor = _open_new(workspace, "ordering")
    assert isinstance(question, m.OrderingQuestion)
    items: CardList = editor.fields["items"]
    handle = items.cards[0].handle
    assert handle.isVisible() and handle.toolTip()
    below_last = items.cards[2].geometry().bottom() - 2
    assert items.drop_index(below_last) == 3
    data = card_mime(handle.payload)  # kept alive: the event does not own it
    drop = QDropEvent(QPointF(20, below_last), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    items.dropEvent(drop)
    assert question.items == ["Step 2", "Step 3", "Step 1"]
    other = editor.fields["items"]
    foreign_data = card_mime("1:0")
    foreign = QDropEvent(QPointF(20, 5), Qt.DropAction.MoveAction, foreign_data,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    other.dropEvent(foreign)  # a card of another list is refused
    assert question.items == ["Step 2", "Step 3", "Step 1"]
    workspace.document.undo_stack.undo()
    assert question.items == ["Step 1", "Step 2", "Step 3"]
