"""Questions with pictures (in the prompt, an option, a matching item) print their pictures in
quiz papers, PDF handouts and Word handouts, and their formatting rather than Markdown code."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from courseware import model as m
from exporters.docx.handout import export_handout_docx
from exporters.media_store import store_image
from exporters.pdf.handout import HandoutOptions, export_handout
from exporters.pdf.options import Edition
from exporters.pdf.quiz_paper import QuizPaperOptions, export_quiz_paper
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import pdf_text, squeezed

QUIZ_FILE = "modules/m1/quiz.yaml"


def _picture(root: Path, name: str, colour: tuple[int, int, int]) -> str:
    source = root.parent / "camera" / name
    source.parent.mkdir(exist_ok=True)
    Image.new("RGB", (240, 160), colour).save(source)
    return "../../" + store_image(root, source).relative  # relative to the quiz file


@pytest.fixture()
def course_with_pictures(tmp_path: Path) -> tuple[m.Course, Path]:
    root = tmp_path / "course"
    (root / QUIZ_FILE).parent.mkdir(parents=True)  # as in a real course: beside the quiz file
    counter = _picture(root, "counter.png", (200, 40, 40))
    card = _picture(root, "card.png", (40, 160, 40))
    form = _picture(root, "form.png", (40, 40, 200))
    options = [m.Option("a", f"**核对**身份\n\n![信用卡]({card})", True, "*先*核对"),
               m.Option("b", "直接办理", False)]
    quiz = m.Quiz(id="qz", title="图片测验", path=QUIZ_FILE, questions=[
        m.SingleChoiceQuestion(id="q1", prompt=f"客户递来这张卡。\n\n![柜台]({counter})\n",
                               options=options, feedback="看图作答"),
        m.MatchingQuestion(id="q2", prompt="请配对。", pairs=[
            m.MatchPair(f"申请表\n\n![申请表]({form})", "填写"), m.MatchPair("身份证", "核对")]),
    ])
    return synthetic_course(quiz=quiz), root


def _image_count(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


def test_quiz_paper_prints_every_picture(course_with_pictures: tuple[m.Course, Path],
                                         tmp_path: Path) -> None:
    course, root = course_with_pictures
    paper, _key = export_quiz_paper(course, root, "qz", tmp_path / "paper.pdf",
                                    QuizPaperOptions(with_key=True))
    assert _image_count(paper) == 3  # the prompt's, option A's and the matching item's
    text = squeezed(pdf_text(paper))
    assert "核对身份" in text and "申请表" in text
    for code in ("![", "**", "](", "media/"):
        assert code not in text, code


def test_pdf_handout_prints_the_pictures(course_with_pictures: tuple[m.Course, Path],
                                         tmp_path: Path) -> None:
    course, root = course_with_pictures
    output = export_handout(course, root, tmp_path / "handout.pdf",
                            HandoutOptions(edition=Edition.TRAINER))
    assert _image_count(output) >= 3
    text = squeezed(pdf_text(output))
    assert "先核对" in text and "*先*" not in text  # the key's option feedback, formatted


def test_word_handout_holds_the_pictures(course_with_pictures: tuple[m.Course, Path],
                                         tmp_path: Path) -> None:
    course, root = course_with_pictures
    output = export_handout_docx(course, root, tmp_path / "handout.docx",
                                 HandoutOptions(edition=Edition.PARTICIPANT))
    document = docx.Document(str(output))
    assert len(document.inline_shapes) >= 3
    body = "\n".join(p.text for p in document.paragraphs)
    assert "核对身份" in body and "![" not in body and "**" not in body


def test_a_picture_outside_the_course_is_never_embedded(tmp_path: Path) -> None:
    root = tmp_path / "course"
    (root / QUIZ_FILE).parent.mkdir(parents=True)
    secret = tmp_path / "secret.png"
    Image.new("RGB", (50, 50), "black").save(secret)
    quiz = m.Quiz(id="qz", title="图片测验", path=QUIZ_FILE, questions=[
        m.SingleChoiceQuestion(id="q1", prompt=f"题干\n\n![外部]({secret})\n", options=[
            m.Option("a", "甲 ![上级](../../../secret.png)", True), m.Option("b", "乙")])])
    course = synthetic_course(quiz=quiz)
    word_file = export_handout_docx(course, root, tmp_path / "h.docx",
                                    HandoutOptions(edition=Edition.PARTICIPANT))
    document = docx.Document(str(word_file))
    assert len(document.inline_shapes) == 0
    assert "图片缺失" in "\n".join(p.text for p in document.paragraphs)
    paper = export_quiz_paper(course, root, "qz", tmp_path / "paper.pdf", QuizPaperOptions())[0]
    assert _image_count(paper) == 0


def test_quiz_html_renders_formatting_and_pictures(course_with_pictures: tuple[m.Course, Path]
                                                   ) -> None:
    from exporters.html.documents import Edition, render_quiz_html

    course, root = course_with_pictures
    quiz = course.find_quiz("qz")
    assert quiz is not None
    html = render_quiz_html(quiz, edition=Edition.PARTICIPANT, course_root=root)
    assert "<strong>核对</strong>" in html and "![" not in html and "**" not in html
    for name in ("counter.png", "card.png"):
        assert f"{(root / 'media' / name).as_uri()}" in html, name
