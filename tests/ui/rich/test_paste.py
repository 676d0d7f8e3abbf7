"""Paste from Word, WPS and a web page gives clean Markdown; pictures pasted, embedded in the
HTML or dropped are copied into the course's media folder and linked relatively."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from courseware import model as m
from ui.editors.rich.field import MarkdownField
from ui.editors.rich.paste import html_to_markdown, strip_cf_html
from ui.editors.rich.view import MARKDOWN_MIME

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "clipboard"
WORD_PICTURE = "file:///C:/Users/trainer/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"
WPS_PICTURE = "file:///C:/Users/trainer/AppData/Local/Temp/ksohtml12345/wps1.png"

WORD = """# 积极回应公式

回应客户时，先**倾听**，再*认同*情绪。详见[公式说明](https://training.example.com/formula)。

## 四个环节

- 倾听
- **认同**情绪
  - 说出客户的感受
- 回应与跟进

1. 先处理情绪
2. 再处理事情

| 环节 | 话术 |
|---|---|
| 认同 | “换成谁都会着急。” |

![积极回应流程图](PICTURE)"""

WPS = """**同理心三步法**

客户来电时，先**看见情绪**，再*说出感受*。

1. 看见情绪
2. 说出感受
3. 给出办法

| 客户说 | 我们回应 |
|---|---|
| 卡被锁了 | 您别急，我马上帮您查 |

![](PICTURE)"""

WEB = """## 电话里的同理心

电话里看不到表情，客户只能从**语气**和*用词*判断你是否在听。参考[电话礼仪指南](https://training.example.com/phone)。**语速放慢**也有帮助。

- 用“嗯”“好的”回应
- 复述客户的关键信息

1. 先道歉
2. 再解释

| 情境 | 说法 |
|---|---|
| 客户着急 | “我理解您很着急。” |

![示意图](PICTURE)"""


def _clipboard(name: str, picture: Path) -> str:
    raw = (FIXTURES / name).read_bytes().decode("utf-8")
    return raw.replace(WORD_PICTURE, picture.as_uri()).replace(WPS_PICTURE, picture.as_uri())


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "clip.png"
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E7D32"))
    assert image.save(str(path))
    return path


def test_cf_html_header_is_read_by_its_byte_offsets() -> None:
    raw = (FIXTURES / "word-2016-windows.cfhtml").read_bytes().decode("utf-8")
    html = strip_cf_html(raw)
    assert html.startswith("<html") and html.rstrip().endswith("</html>")
    assert strip_cf_html("<p>plain</p>") == "<p>plain</p>"


@pytest.mark.parametrize(("name", "expected"), [
    ("word-2016-windows.cfhtml", WORD), ("wps-2019-windows.cfhtml", WPS),
    ("chrome-web-page.cfhtml", WEB)])
def test_clipboard_html_becomes_clean_markdown(name: str, expected: str, picture: Path) -> None:
    saved: list[tuple[bytes, str]] = []

    def save(data: bytes, suffix: str) -> str:
        saved.append((data, suffix))
        return "PICTURE"

    markdown = html_to_markdown(_clipboard(name, picture), save)
    assert markdown == expected
    for junk in ("mso", "<o:p>", "宋体", "font", "color", "onclick", "script", "alert",
                 "tracker", "supportLists", "&nbsp;"):
        assert junk not in markdown
    assert len(saved) == 1  # the web page's tracking pixel is not fetched
    if name != "chrome-web-page.cfhtml":
        assert saved[0][0] == picture.read_bytes()


def test_pasting_word_into_the_editor(field: MarkdownField, lesson: m.Lesson, picture: Path,  # type: ignore[no-untyped-def]
                                      course_document) -> None:
    field.visual.setFocus()
    field.visual.insertPlainText("Intro")
    steps = field.document.undo_stack.count()
    mime = QMimeData()
    mime.setHtml(_clipboard("word-2016-windows.cfhtml", picture))
    mime.setText("plain text version")
    field.visual.insertFromMimeData(mime)
    assert field.document.undo_stack.count() == steps + 1  # the paste is one step of its own
    body = lesson.body
    assert body.startswith("Intro\n\n# 积极回应公式\n\n回应客户时，先**倾听**")
    assert "- **认同**情绪\n  - 说出客户的感受\n" in body
    assert "| 环节 | 话术 |\n|---|---|\n| 认同 | “换成谁都会着急。” |\n" in body
    assert body.endswith("![积极回应流程图](../../../media/pasted-image.png)\n")
    stored = course_document.root / "media" / "pasted-image.png"
    assert stored.read_bytes() == picture.read_bytes()


def test_pasting_inline_text_keeps_the_paragraph(field: MarkdownField, lesson: m.Lesson) -> None:  # type: ignore[no-untyped-def]
    field.visual.insertPlainText("Say  now")
    cursor = field.visual.textCursor()
    cursor.setPosition(4)
    field.visual.setTextCursor(cursor)
    mime = QMimeData()
    mime.setHtml('<span style="color:red">hello <b>there</b></span>')
    field.visual.insertFromMimeData(mime)
    assert lesson.body == "Say hello **there** now\n"


def test_pasting_a_clipboard_picture(field: MarkdownField, lesson: m.Lesson,
                                    course_document) -> None:  # type: ignore[no-untyped-def]
    image = QImage(5, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565C0"))
    mime = QMimeData()
    mime.setImageData(image)
    field.visual.insertFromMimeData(mime)
    assert lesson.body == "![](../../../media/pasted-image.png)\n"
    stored = QImage(str(course_document.root / "media" / "pasted-image.png"))
    assert stored.size() == image.size()


def test_dropping_picture_files(field: MarkdownField, lesson: m.Lesson, picture: Path,  # type: ignore[no-untyped-def]
                                course_document, qtbot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    viewport = field.visual.viewport()
    point = QPoint(20, 20)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert lesson.body == "![clip](../../../media/clip.png)\n"
    assert (course_document.root / "media" / "clip.png").read_bytes() == picture.read_bytes()


def test_copy_and_paste_inside_the_editor_keeps_callouts(field: MarkdownField,  # type: ignore[no-untyped-def]
                                                         lesson: m.Lesson) -> None:
    lesson.body = "Intro\n\n::: warning\nMind **this**.\n:::\n"
    course_changed = field.document.changed
    course_changed.emit(lesson)
    field.visual.selectAll()
    mime = field.visual.createMimeDataFromSelection()
    assert mime.hasHtml() and mime.hasText()
    cursor = field.visual.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.visual.setTextCursor(cursor)
    field.visual.insertFromMimeData(mime)
    assert lesson.body.count("::: warning\nMind **this**.\n:::") == 2


def test_copying_part_of_a_paragraph_copies_its_marks(field: MarkdownField,  # type: ignore[no-untyped-def]
                                                      lesson: m.Lesson) -> None:
    lesson.body = "One **bold word** here\n\n- item\n"
    field.document.changed.emit(lesson)
    cursor = field.visual.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    field.visual.setTextCursor(cursor)
    mime = field.visual.createMimeDataFromSelection()
    assert bytes(mime.data(MARKDOWN_MIME).data()).decode() == "**bold**"
