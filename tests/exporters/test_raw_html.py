"""Raw HTML in lessons: sanitised in every HTML output, its images confined to the course."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader

from courseware import model as m
from courseware.classroom import build_package
from courseware.format import load_course
from courseware.format.writer import save_course
from exporters.html.documents import render_lesson_html
from exporters.pdf.handout import HandoutOptions, export_handout
from tests.courseware.course_builder import sample_course


def png_bytes(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return buffer.getvalue()


PNG = png_bytes()
HOSTILE = """正文。

<p onclick="steal()">点我</p><script>alert("x")</script>
<a href="javascript:alert(1)">链接</a>
<iframe src="https://evil.example/"></iframe>
<img src="https://evil.example/track.png" onerror="steal()">
<img src="file:///etc/passwd">
<td style="background:url(https://evil.example/x)">格</td>
"""


def lesson(body: str) -> m.Lesson:
    return m.Lesson(id="l1", title="课", body=body, path="modules/m1/lessons/l1.md")


def test_html_output_keeps_nothing_active_or_external(tmp_path: Path) -> None:
    html = render_lesson_html(lesson(HOSTILE), course_root=tmp_path)
    for forbidden in ("<script", "alert(", "onclick", "onerror", "javascript:", "<iframe",
                      "evil.example", "file:///etc", "url("):
        assert forbidden not in html, forbidden
    assert "点我" in html and "链接" in html


def test_html_images_outside_the_course_are_not_loaded(tmp_path: Path) -> None:
    course = tmp_path / "course"
    (course / "media").mkdir(parents=True)
    (course / "media" / "in.png").write_bytes(PNG)
    (tmp_path / "outside.png").write_bytes(PNG)
    body = ('<img src="../../../media/in.png"> <img src="../../../../outside.png"> '
            f'<img src="{tmp_path / "outside.png"}">')
    html = render_lesson_html(lesson(body), course_root=course)
    assert (course / "media" / "in.png").resolve().as_uri() in html
    assert "outside.png" not in html


def _course_with_raw_images(tmp_path: Path) -> tuple[m.Course, Path, Path]:
    root = tmp_path / "course"
    course = sample_course()
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes((30, 30, 200)))  # not the same picture: PDFs share those
    first = course.modules[0].items[0]
    assert isinstance(first, m.Lesson)
    first.body = ('正文。\n\n<img src="../../../media/inside.png">\n\n'
                  f'<img src="{outside}">\n\n<img src="../../../../outside.png">\n')
    save_course(course, root)
    (root / "media").mkdir()
    (root / "media" / "inside.png").write_bytes(PNG)
    return course, root, outside


def _images(pdf: Path) -> int:
    return sum(len(page.images) for page in PdfReader(pdf).pages)


def test_pdf_never_embeds_a_file_from_outside_the_course(tmp_path: Path) -> None:
    course, root, _outside = _course_with_raw_images(tmp_path)
    output = tmp_path / "handout.pdf"
    export_handout(course, root, output, HandoutOptions())
    assert _images(output) == 1  # the image inside the course, and only it


def test_validate_checks_raw_html_images_like_markdown_ones(tmp_path: Path) -> None:
    _course, root, _outside = _course_with_raw_images(tmp_path)
    result = load_course(root)
    escaping = [p for p in result.problems if "outside the course folder" in p.message]
    assert len(escaping) == 2
    assert all(p.path == "modules/01-m1/lessons/m1-l1.md" and p.line > 1 for p in escaping)


def test_raw_html_images_inside_the_course_are_packaged(tmp_path: Path) -> None:
    course, root, _outside = _course_with_raw_images(tmp_path)
    first = course.modules[0].items[0]
    assert isinstance(first, m.Lesson)
    first.body = '正文。\n\n<img src="../../../media/inside.png" alt="图">\n'
    save_course(course, root)
    loaded = load_course(root)
    assert loaded.course is not None and not loaded.problems
    build_package(loaded.course, root, tmp_path / "c.cwpkg", "春季班 信任服务 第三期")
    with zipfile.ZipFile(tmp_path / "c.cwpkg") as archive:
        assert "course/media/inside.png" in archive.namelist()
