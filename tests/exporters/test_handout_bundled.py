"""The bundled course's handouts, read back with pypdf and poppler."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition, PaperSize
from tests.conftest import BUNDLED_COURSE
from tests.exporters.pdfcheck import (
    flat_titles,
    font_rows,
    outline_tree,
    page_count,
    page_size,
    pdf_text,
    squeezed,
)

TRAINER_BLOCK_SENTENCE = "第三位学员作为观察者"  # m1-l2 ::: trainer block
ANALYSIS_SENTENCE = "银行不需要“不满意就退”"  # m1-c1 ::: analysis
FACILITATION_SENTENCE = "这是新员工最常见的错误"  # m1-c1 ::: facilitation
LESSON_SENTENCE = "它们不是做完一步就可以丢掉的“流程”，而是层层叠加的地基"  # m1-l2 body


def test_trainer_only_text_is_in_the_trainer_edition_only(handouts: dict[str, Path]) -> None:
    participant = squeezed(pdf_text(handouts["participant"]))
    trainer = squeezed(pdf_text(handouts["trainer"]))
    for sentence in (TRAINER_BLOCK_SENTENCE, ANALYSIS_SENTENCE, FACILITATION_SENTENCE,
                     "讲师提示", "参考答案"):
        assert sentence in trainer
        assert sentence not in participant
    assert "学员版" in participant and "讲师版" in trainer


def test_chinese_text_extracts_identically(handouts: dict[str, Path]) -> None:
    for path in handouts.values():
        assert LESSON_SENTENCE in squeezed(pdf_text(path))


def test_every_font_is_embedded(handouts: dict[str, Path]) -> None:
    for path in handouts.values():
        rows = font_rows(path)
        assert rows and all(row["emb"] == "yes" for row in rows), rows


def test_table_of_contents_and_footer(handouts: dict[str, Path]) -> None:
    path = handouts["participant"]
    total = page_count(path)
    contents = pdf_text(path, 2, 2)
    assert "目录" in contents
    assert "建立信任的四个步骤" in contents
    assert f"第 2 页 / 共 {total} 页" in contents
    assert "第 1 页" not in pdf_text(path, 1, 1)  # no footer on the cover


def test_bookmarks_mirror_course_modules_items(handouts: dict[str, Path],
                                               bundled_course: m.Course) -> None:
    tree = outline_tree(handouts["trainer"])
    assert tree[0] == bundled_course.title
    titles = flat_titles(tree)
    for module in bundled_course.modules:
        assert any(module.title in title for title in titles)
        for item in module.items:
            assert item.title in titles
    assert isinstance(tree[1], list)  # modules nest under the course


def test_metadata(handouts: dict[str, Path]) -> None:
    from pypdf import PdfReader

    info = PdfReader(str(handouts["trainer"])).metadata
    assert info is not None and info.title is not None
    assert "银行客户服务" in info.title and "讲师版" in info.title


def test_participant_case_has_writing_space_and_no_analysis(handouts: dict[str, Path]) -> None:
    text = squeezed(pdf_text(handouts["participant"]))
    assert "讨论问题" in text and "参考分析" not in text


def test_one_module_on_letter_paper(bundled_course: m.Course, tmp_path: Path) -> None:
    output = export_handout(bundled_course, BUNDLED_COURSE, tmp_path / "m2.pdf",
                            HandoutOptions(module_id="m2", paper=PaperSize.LETTER,
                                           duplex=True))
    width, height = page_size(output)
    assert (round(width), round(height)) == (612, 792)
    text = squeezed(pdf_text(output))
    assert "积极回应公式" in text
    assert "建立信任的四个步骤" not in text  # module 1 is not included
    assert page_count(output) < 60


def test_edition_enum_values() -> None:
    assert {e.value for e in Edition} == {"participant", "trainer"}
