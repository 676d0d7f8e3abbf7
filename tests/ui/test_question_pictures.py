"""Pictures in question fields: inserted by button, paste and drop onto the prompt, an option
and an option's feedback; stored once in media/, kept as Markdown, shown as thumbnails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from courseware import model as m
from ui.editors.alt_text_dialog import AltTextDialog, suggested_alt
from ui.editors.media_field import MediaField
from ui.editors.media_text import join, split
from ui.editors.question_editor import QuestionEditor


def _open_choice(workspace) -> tuple[m.SingleChoiceQuestion, QuestionEditor]:  # type: ignore[no-untyped-def]
    quiz = next(q for q in workspace.document.course.modules[0].items if isinstance(q, m.Quiz))
    question = next(q for q in quiz.questions if isinstance(q, m.SingleChoiceQuestion)
                    and "![" not in q.prompt)
    assert workspace.select_object(question)
    editor = workspace.editor
    assert isinstance(editor, QuestionEditor)
    return question, editor


def _fields(editor: QuestionEditor) -> dict[str, MediaField]:
    card = editor.fields["options"].cards[0]  # type: ignore[attr-defined]
    rich = [w for w in card.editors.values() if isinstance(w, MediaField)]
    return {"prompt": editor.prompt_field, "option": rich[0], "feedback": rich[1]}


def _answer_alt(field: MediaField, alt: str) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(_parent: object, picture: QPixmap, suggestion: str, **kwargs: Any) -> str:
        asked.append({"suggestion": suggestion, "size": picture.size(), **kwargs})
        return alt

    field.ask_alt = ask
    return asked


def _photo(folder: Path, name: str = "counter-photo.png", colour: str = "#1565c0") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (320, 200), colour).save(folder / name)
    return folder / name


def _media(workspace) -> list[str]:  # type: ignore[no-untyped-def]
    media = workspace.document.root / "media"
    return sorted(p.name for p in media.iterdir()) if media.exists() else []


def _link(workspace, question: m.Question, name: str) -> str:  # type: ignore[no-untyped-def]
    quiz_file = next(q.path for q in workspace.document.course.all_quizzes()
                     if question in q.questions)
    depth = quiz_file.count("/")
    return "../" * depth + f"media/{name}"


def test_insert_button_on_the_prompt(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    before = question.prompt
    source = _photo(tmp_path / "camera")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    asked = _answer_alt(field, "柜台前的客户")
    qtbot.mouseClick(field.insert_button, Qt.MouseButton.LeftButton)
    link = _link(workspace, question, "counter-photo.png")
    assert question.prompt == f"{before.rstrip()}\n\n![柜台前的客户]({link})" + (
        "\n" if before.endswith("\n") else "")
    assert asked[0]["suggestion"] == "counter photo"  # from the file name
    assert _media(workspace).count("counter-photo.png") == 1
    # shown as a thumbnail, not as code
    assert "![" not in field.text.toPlainText()
    assert len(field.chips) == 1 and not field.chips[0].thumbnail.pixmap().isNull()
    assert field.chips[0].caption.text() == "柜台前的客户"
    # the same picture again: no second file
    qtbot.mouseClick(field.insert_button, Qt.MouseButton.LeftButton)
    assert question.prompt.count(f"]({link})") == 2
    assert _media(workspace).count("counter-photo.png") == 1
    assert not any(name.startswith("counter-photo-") for name in _media(workspace))
    workspace.document.undo_stack.undo()
    workspace.document.undo_stack.undo()
    assert question.prompt == before and not field.chips


def test_ctrl_alt_i_inserts_after_the_paragraph_being_typed(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    field.set_value("第一段\n\n第二段")
    source = _photo(tmp_path / "camera", "steps.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    _answer_alt(field, "步骤")
    cursor = field.text.textCursor()
    cursor.setPosition(1)  # in the first paragraph
    field.text.setTextCursor(cursor)
    qtbot.keyClick(field.text, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    link = _link(workspace, question, "steps.png")
    assert question.prompt == f"第一段\n\n![步骤]({link})\n\n第二段"


@pytest.mark.parametrize("which", ["prompt", "option"])
def test_each_picture_is_one_undo_step_apart_from_typing(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        which: str) -> None:
    question, editor = _open_choice(workspace)
    field = _fields(editor)[which]

    def value() -> str:
        return question.prompt if which == "prompt" else question.options[0].text

    before = value()
    field.text.moveCursor(field.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(field.text, "abc")
    typed = value()
    _answer_alt(field, "一")
    field.insert_sources([_photo(tmp_path / "in", "one.png")], None)
    _answer_alt(field, "二")
    field.insert_sources([_photo(tmp_path / "in", "two.png", "#000")], None)
    qtbot.keyClicks(field.text, "d")
    stack = workspace.document.undo_stack
    stack.undo()  # the "d"
    assert "![二](" in value() and not value().endswith("d") and "abcd" not in value()
    stack.undo()  # the second picture
    assert "![一](" in value() and "![二](" not in value()
    stack.undo()  # the first picture
    assert value() == typed
    stack.undo()  # the typing
    assert value() == before


def test_paste_picture_data_into_an_option(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_choice(workspace)
    field = _fields(editor)["option"]
    text = question.options[0].text
    _answer_alt(field, "截图")
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QMimeData()
    data.setImageData(image)
    assert field.text.canInsertFromMimeData(data)
    field.text.insertFromMimeData(data)
    field.text.insertFromMimeData(data)  # pasted twice: one file
    pasted = [name for name in _media(workspace) if name.startswith("image")]
    assert len(pasted) == 1
    link = _link(workspace, question, pasted[0])
    assert question.options[0].text == f"{text}\n\n![截图]({link})\n\n![截图]({link})"
    assert field.text.toPlainText() == text


def test_paste_a_copied_file_into_option_feedback(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_choice(workspace)
    field = _fields(editor)["feedback"]
    source = _photo(tmp_path / "explorer", "正确做法.png", "#ad1457")
    _answer_alt(field, "正确做法示意")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    data.setText(str(source))  # a file manager puts the path as text too
    field.text.insertFromMimeData(data)
    link = _link(workspace, question, "正确做法.png")
    assert question.options[0].feedback.endswith(f"![正确做法示意]({link})")
    assert (workspace.document.root / "media" / "正确做法.png").read_bytes() == \
        source.read_bytes()


def test_drop_a_picture_file_onto_the_option_text(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_choice(workspace)
    field = _fields(editor)["option"]
    source = _photo(tmp_path / "desktop", "IMG_2031.png", "#ef6c00")
    asked = _answer_alt(field, "")  # chosen as decorative
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    field.text.dropEvent(event)
    assert asked[0]["suggestion"] == ""  # a camera name describes nothing
    link = _link(workspace, question, "IMG_2031.png")
    assert question.options[0].text.endswith(f"![]({link})")
    assert field.chips[0].caption.text() in ("(decorative)", "（装饰性图片）")


def test_a_refused_file_leaves_the_text_alone(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    junk = tmp_path / "notes.png"
    junk.write_text("not a picture", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: warned.append(text)))
    before = question.prompt
    assert field.insert_sources([junk], None) == 0
    assert question.prompt == before and "notes.png" in warned[0]


def test_cancelling_the_description_stores_nothing(workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    field.ask_alt = lambda *_a, **_k: None
    before = question.prompt
    assert field.insert_sources([_photo(tmp_path / "in", "cancelled.png")], None) == 0
    assert question.prompt == before and "cancelled.png" not in _media(workspace)


def test_thumbnail_buttons_edit_the_description_and_remove(workspace, qtbot,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    before = question.prompt
    _answer_alt(field, "旧说明")
    field.insert_sources([_photo(tmp_path / "in")], None)
    asked = _answer_alt(field, "新说明")
    qtbot.mouseClick(field.chips[0].edit, Qt.MouseButton.LeftButton)
    assert asked[0]["suggestion"] == "旧说明"
    assert "![新说明](" in question.prompt and "旧说明" not in question.prompt
    qtbot.mouseClick(field.chips[0].remove, Qt.MouseButton.LeftButton)
    assert question.prompt.rstrip() == before.rstrip() and not field.strip.isVisibleTo(field)


def test_typing_keeps_pictures_in_place(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    _question, editor = _open_choice(workspace)
    field = _fields(editor)["prompt"]
    question_value = "![图](../../media/a.png)\n\n客户问：\n\n![表](../../media/b.png)\n"
    field.set_value(question_value)
    assert field.text.toPlainText() == "客户问："
    cursor = field.text.textCursor()
    cursor.setPosition(len("客户问"))
    field.text.setTextCursor(cursor)
    qtbot.keyClicks(field.text, "X")
    assert field.value() == "![图](../../media/a.png)\n\n客户问X：\n\n![表](../../media/b.png)\n"


def test_ctrl_b_and_ctrl_i_write_markdown(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    question, editor = _open_choice(workspace)
    field = _fields(editor)["option"]
    field.text.setPlainText("请先核对身份")
    field.text.selectAll()
    qtbot.keyClick(field.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert question.options[0].text == "**请先核对身份**"
    field.text.selectAll()
    qtbot.keyClick(field.text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert question.options[0].text == "***请先核对身份***"


@pytest.mark.parametrize("value", [
    "题干", "题干\n\n![a](m/a.png)\n", "![a](m/a.png)\n\n题干", "上\n\n![a](m/a.png)\n\n下",
    "行内 ![a](m/a.png) 图", "![a](m/a.png)", "", "两图\n\n![a](m/a.png)\n\n![b](m/b.png)\n",
])
def test_split_and_join_give_the_value_back(value: str) -> None:
    text, pictures = split(value)
    assert "![" not in text
    assert join(text, pictures, value.endswith("\n")) == value


def test_alt_text_dialog_needs_a_description_or_decorative(qtbot) -> None:  # type: ignore[no-untyped-def]
    pixmap = QPixmap(400, 300)
    pixmap.fill(QColor("#90caf9"))
    dialog = AltTextDialog(None, pixmap, "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.warning.isHidden()
    dialog.text.setText("客户在柜台前")
    assert ok.isEnabled() and dialog.alt_text() == "客户在柜台前"
    dialog.text.clear()
    dialog.decorative.setChecked(True)
    assert ok.isEnabled() and dialog.alt_text() == "" and not dialog.text.isEnabled()
    assert dialog.preview.pixmap().width() <= 320


def test_suggested_descriptions() -> None:
    assert suggested_alt("trust_steps-v2.png") == "trust steps v2"
    assert suggested_alt("信任步骤.jpg") == "信任步骤"
    assert suggested_alt("IMG_2031.JPG") == ""
    assert suggested_alt("Screenshot 2026-12-01 103000.png") == ""


def test_preview_shows_the_question_picture(workspace, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            ) -> None:
    from ui.quiz_preview.quiz_dialog import QuizPreviewDialog

    course, root = workspace.document.course, workspace.document.root
    quiz = next(q for q in course.modules[0].items if isinstance(q, m.Quiz))

    def first_card():  # type: ignore[no-untyped-def]
        dialog = QuizPreviewDialog(workspace.window, course, quiz, seed=1, course_root=root)
        qtbot.addWidget(dialog)
        return dialog.cards[0]

    shown_first = first_card().question.id
    question = next(q for q in quiz.questions if q.id == shown_first)
    assert workspace.select_object(question)
    editor = workspace.editor
    _answer_alt(editor.prompt_field, "柜台")
    editor.prompt_field.insert_sources([_photo(tmp_path / "in")], None)
    card = first_card()
    shown = card.prompt.text()
    assert "<img" in shown and "counter-photo.png" in shown and "![" not in shown
    assert isinstance(question, m.SingleChoiceQuestion | m.MultipleChoiceQuestion)
    option = _fields(editor)["option"]
    _answer_alt(option, "卡片")
    option.insert_sources([_photo(tmp_path / "in", "card.png", "#333")], None)
    labels = " ".join(label.text() for label in first_card().findChildren(QLabel))
    assert "card.png" in labels


def test_matching_left_items_take_pictures_answers_chosen_from_lists_do_not(workspace) -> None:  # type: ignore[no-untyped-def]
    course = workspace.document.course
    matching = next(q for q in course.all_questions() if isinstance(q, m.MatchingQuestion))
    assert workspace.select_object(matching)
    card = workspace.editor.fields["pairs"].cards[0]
    kinds = {field.attr: isinstance(widget, MediaField) for field, widget in card.editors.items()}
    assert kinds == {"left": True, "right": False}
    ordering = next(q for q in course.all_questions() if isinstance(q, m.OrderingQuestion))
    assert workspace.select_object(ordering)
    item = workspace.editor.fields["items"].cards[0]
    assert not any(isinstance(w, MediaField) for w in item.editors.values())
