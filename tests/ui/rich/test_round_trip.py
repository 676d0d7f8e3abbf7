"""Opening a lesson or case study in the visual editor and saving it changes no byte, for the
bundled course and for a course that uses every construct of docs/format.md; and the bytes
come from the serialiser walking the document, not from a copy of the original text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from courseware import model as m
from courseware.format.course_reader import load_course
from courseware.format.writer import save_course
from tests.ui.rich.helpers import build, round_trip, source_blocks
from ui.editors.rich import props as p
from ui.editors.rich.to_markdown import document_to_markdown

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "content" / "bank-service-trust"
EVERY = ROOT / "tests" / "fixtures" / "every_construct"


def _texts(course: m.Course) -> list[tuple[object, str, tuple[str, ...]]]:
    """(holder, key, canonical ending) of every Markdown text a visual editor opens."""
    found: list[tuple[object, str, tuple[str, ...]]] = []
    if course.introduction is not None:
        found.append((course.introduction, "body", ("",)))
    for module in course.modules:
        for item in module.items:
            if isinstance(item, m.Lesson):
                found.append((item, "body", ("",)))
            elif isinstance(item, m.CaseStudy):
                found += [(item.sections, name, ()) for name in item.sections]
    return found


def _read(holder: object, key: str) -> str:
    return holder[key] if isinstance(holder, dict) else getattr(holder, key)


def _write(holder: object, key: str, value: str) -> None:
    if isinstance(holder, dict):
        holder[key] = value
    else:
        setattr(holder, key, value)


@pytest.mark.parametrize("folder", [BUNDLED, EVERY], ids=["bundled", "every-construct"])
def test_open_and_save_without_edits_writes_the_same_bytes(qapp, folder: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    course_folder = tmp_path / "course"
    shutil.copytree(folder, course_folder)
    before = {path: path.read_bytes() for path in course_folder.rglob("*.md")}
    course = load_course(course_folder).course
    assert course is not None
    texts = _texts(course)
    assert len(texts) > 5
    for holder, key, tail in texts:
        _write(holder, key, round_trip(_read(holder, key), tail))
    written = save_course(course, course_folder)
    assert [name for name in written if name.endswith(".md")] == []
    assert {path: path.read_bytes() for path in course_folder.rglob("*.md")} == before


def test_bundled_course_is_shown_formatted_with_no_source_block(qapp) -> None:  # type: ignore[no-untyped-def]
    course = load_course(BUNDLED).course
    assert course is not None
    for holder, key, tail in _texts(course):
        text = _read(holder, key)
        document = build(text, tail)
        assert source_blocks(document) == [], f"{holder!r}:{key}"
        shown = document.toPlainText()
        assert "**" not in shown and "|---" not in shown and ":::" not in shown


def test_every_visual_construct_is_formatted_and_the_unusual_ones_are_protected(qapp) -> None:  # type: ignore[no-untyped-def]
    course = load_course(EVERY).course
    assert course is not None
    lessons = {lesson.id: lesson for lesson in course.all_lessons()} if hasattr(
        course, "all_lessons") else {i.id: i for mod in course.modules for i in mod.lessons}
    visual = build(lessons["m1-l1"].body)
    assert source_blocks(visual) == []
    unusual = build(lessons["m1-l2"].body)
    kept = source_blocks(unusual)
    for start in ("Setext", "<div", "脚注引用", "[^1]", "[ref]", "```python", "    缩进",
                  "---", "<!--", "1. 一", "- 多段落", "> 懒惰"):
        assert any(block.startswith(start) for block in kept), start


def test_the_serialiser_writes_what_the_document_holds(qapp) -> None:  # type: ignore[no-untyped-def]
    """Change the document and the Markdown follows: nothing returns the original text."""
    text = "## 标题\n\n正文**加粗**。\n\n- 一\n- 二\n"
    document = build(text)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("三")
    heading = QTextCursor(document.firstBlock())
    heading.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    heading.insertText("二")
    assert document_to_markdown(document) == "## 标题二\n\n正文**加粗**。\n\n- 一\n- 二三\n"


@pytest.mark.parametrize("text", [
    "a\n\n\n\nb\n", "\n\n## h\n", "x", "- a\n- b\n\n\n", "::: tip\n\n\nx\n\n:::\n",
    "| a |\n|---|\n| 1 |\n", "> q\n>\n> r\n", "1. a\n1. b\n", "*x*\n_y_\n__z__\n",
])
def test_spellings_round_trip(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert round_trip(text) == text


def test_properties_carry_the_spelling(qapp) -> None:  # type: ignore[no-untyped-def]
    document = build("__粗__ _斜_\n")
    formats = []
    block = document.firstBlock()
    it = block.begin()
    while not it.atEnd():
        formats.append(it.fragment().charFormat())
        it += 1
    assert formats[0].property(p.BOLD) == "__"
    assert formats[-1].property(p.ITALIC) == "_"


def test_an_unknown_box_kind_is_kept_and_labelled_by_its_name(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.editors.rich.view import all_frames, frame_label

    text = "::: checklist\n- one\n:::\n"
    document = build(text)
    assert document_to_markdown(document) == text
    (frame,) = all_frames(document.rootFrame())
    label = frame_label(frame)
    assert label is not None and label[0] == "checklist"


def test_a_file_with_windows_line_ends_is_shown_formatted_and_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    text = "## 标题\r\n\r\n正文**加粗**。\r\n\r\n- 一\r\n- 二\r\n"
    document = build(text)
    assert source_blocks(document) == []
    assert document_to_markdown(document) == text
    again = build("plain\n")  # a fresh load forgets the previous file's line ends
    assert document_to_markdown(again) == "plain\n"


def test_reloading_the_same_document_forgets_the_old_ending(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from ui.editors.rich.to_document import markdown_to_document

    document = QTextDocument()
    markdown_to_document("a\r\n\r\n\r\n", document)
    markdown_to_document("b\n", document)
    assert document_to_markdown(document) == "b\n"
