"""Precise handout cases on small courses built with courseware.model."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware import model as m
from courseware.tasks import Cancelled
from exporters.pdf.handout import HandoutOptions, UnknownModuleError, export_handout
from exporters.pdf.options import Edition
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import (
    CLOSING_PUNCTUATION,
    font_rows,
    page_count,
    pdf_text,
    squeezed,
)

LONG_CHINESE = ("客户说：“你们扣钱的时候倒是挺快，退钱就要等？”我们应当先倾听，再认同，然后回应，"
                "最后跟进；每一步都要说到做到！客户经理（含大堂经理）应当记住：透明、一致、专业。"
                "遇到问题时，不推诿、不拖延、不敷衍……这样，客户才会放心。") * 12


def export(course: m.Course, folder: Path, **options: object) -> Path:
    return export_handout(course, folder, folder / "out.pdf",
                          HandoutOptions(**options))  # type: ignore[arg-type]


def test_no_line_starts_with_closing_punctuation(tmp_path: Path) -> None:
    output = export(synthetic_course(body=LONG_CHINESE), tmp_path)
    lines = [line.strip() for line in pdf_text(output).splitlines() if line.strip()]
    assert len(lines) > 30
    offending = [line for line in lines if line[0] in CLOSING_PUNCTUATION]
    assert offending == []
    assert squeezed(LONG_CHINESE) in squeezed(pdf_text(output))


def test_special_characters_print_literally(tmp_path: Path) -> None:
    body = ('Names: <b>Tom & "Jerry"</b> and `a < b && c > "d"`\n\n'
            '| 列 <1> | "引号" & |\n|---|---|\n| a<b | x&y |\n')
    course = synthetic_course(body=body, title='课程 <A&B> "引号"')
    text = pdf_text(export(course, tmp_path))
    assert 'Tom & "Jerry"' in text
    assert 'a < b && c > "d"' in text
    assert '课程 <A&B> "引号"' in text
    assert "a<b" in text and "x&y" in text


def test_markdown_elements_render(tmp_path: Path) -> None:
    body = (
        "## 小节标题\n\n段落，带**强调**和*斜体*。\n\n"
        "- 第一项\n  - 嵌套项\n- 第二项\n\n1. 步骤一\n2. 步骤二\n\n"
        "> 引用的话\n\n```\ncode_line = 1\n```\n\n"
        "::: tip\n提示框内容\n:::\n\n::: warning\n注意框内容\n:::\n\n"
        "::: trainer\n只给讲师看的句子\n:::\n"
    )
    course = synthetic_course(body=body)
    participant = squeezed(pdf_text(export(course, tmp_path)))
    for text in ("小节标题", "强调", "嵌套项", "步骤二", "引用的话", "code_line=1",
                 "提示", "提示框内容", "注意", "注意框内容"):
        assert text in participant
    assert "只给讲师看的句子" not in participant and "讲师提示" not in participant
    trainer = squeezed(pdf_text(export(course, tmp_path, edition=Edition.TRAINER)))
    assert "只给讲师看的句子" in trainer and "讲师提示" in trainer
    assert "讲师备课：先热身十分钟" in trainer and "讲师备课" not in participant


def test_long_table_repeats_its_header(tmp_path: Path) -> None:
    rows = "".join(f"| 第 {n} 行 | 内容 {n} 需要换行的比较长的单元格文字，" * 1 + " |\n"
                   for n in range(1, 120))
    body = "| 表头甲 | 表头乙 |\n|---|---|\n" + rows
    output = export(synthetic_course(body=body), tmp_path)
    table_pages = [n for n in range(1, page_count(output) + 1)
                   if "第 60 行" in pdf_text(output, n, n) or "第 119 行" in pdf_text(output, n, n)]
    assert table_pages
    for number in table_pages:
        assert "表头甲" in pdf_text(output, number, number)


def test_images_scaled_with_caption_and_missing_placeholder(tmp_path: Path) -> None:
    from PIL import Image

    media = tmp_path / "modules" / "m1" / "lessons"
    media.mkdir(parents=True)
    Image.new("RGB", (3000, 800), "steelblue").save(media / "wide.png")
    body = "![宽图的说明](wide.png)\n\n![缺失图片的说明](nothere.png)\n"
    text = squeezed(pdf_text(export(synthetic_course(body=body), tmp_path)))
    assert "宽图的说明" in text
    assert "图片缺失" in text and "nothere.png" in text


def test_participant_case_has_lines_trainer_has_analysis(tmp_path: Path) -> None:
    case = m.CaseStudy(id="c1", title="案例一", path="modules/m1/cases/c1.md", sections={
        "background": "背景文字。", "situation": "情境文字。",
        "questions": "1. 第一个讨论问题？\n2. 第二个讨论问题？",
        "analysis": "参考分析的独有句子。", "facilitation": "引导要点的独有句子。",
        "takeaways": "- 要点一"})
    course = synthetic_course(case=case)
    participant = squeezed(pdf_text(export(course, tmp_path)))
    trainer = squeezed(pdf_text(export(course, tmp_path, edition=Edition.TRAINER)))
    for text in ("第一个讨论问题", "第二个讨论问题", "背景文字", "要点一"):
        assert text in participant and text in trainer
    for text in ("参考分析的独有句子", "引导要点的独有句子"):
        assert text in trainer and text not in participant


def test_english_course_labels_and_footer(tmp_path: Path) -> None:
    course = synthetic_course(language="en", body="Plain English text. " * 400,
                              title="Customer trust")
    output = export(course, tmp_path, notes_pages=True)
    text = pdf_text(output)
    total = page_count(output)
    assert f"Page 2 of {total}" in text
    assert "Contents" in text and "Participant edition" in text and "Notes" in text
    assert all(row["emb"] == "yes" for row in font_rows(output))


def test_traditional_chinese_course_prints_traditional_labels(tmp_path: Path) -> None:
    course = synthetic_course(language="zh-TW", body="客戶說：請先傾聽，再回應。" * 200)
    output = export(course, tmp_path, notes_pages=True)
    text = squeezed(pdf_text(output))
    total = page_count(output)
    assert f"第2頁/共{total}頁" in text
    assert "目錄" in text and "學員版" in text and "筆記" in text and "模組一" in text
    assert "目录" not in text and "学员版" not in text
    assert all(row["emb"] == "yes" for row in font_rows(output))


def test_cancelling_leaves_no_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 4

    with pytest.raises(Cancelled):
        export_handout(synthetic_course(body=LONG_CHINESE * 3), tmp_path, tmp_path / "x.pdf",
                       HandoutOptions(), progress)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_handout(synthetic_course(), tmp_path, tmp_path / "x.pdf", HandoutOptions(),
                   lambda done, total: seen.append((done, total)) is None)
    assert seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_unknown_module_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnknownModuleError):
        export(synthetic_course(), tmp_path, module_id="nope")
    assert not (tmp_path / "out.pdf").exists()


def test_list_right_under_a_paragraph_line_is_a_list() -> None:
    from exporters.pdf.markdown_source import markdown_to_html

    html = markdown_to_html("**要点**\n- 第一\n- 第二\n\n```\ntext\n- not a list\n```\n")
    assert "<ul>" in html and "<li>第一</li>" in html
    assert "- not a list" in html


def _bold_switches(path: Path) -> tuple[int, bool]:
    """How often text switches to fill-and-stroke (synthetic bold), and whether every such
    switch sits inside a q … Q pair so that the stroke never leaks into later drawing."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    switches, contained = 0, True
    for page in reader.pages:
        depth = 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            depth += {b"q": 1, b"Q": -1}.get(operator, 0)
            if operator == b"Tr" and operands[0] == 2:
                switches += 1
                contained = contained and depth > 0
        contained = contained and depth == 0
    return switches, contained


def test_bold_text_is_emboldened_not_just_coloured(tmp_path: Path) -> None:
    plain = export(synthetic_course(body="客户最在意的是放心。" * 3), tmp_path / "plain")
    bold = export(synthetic_course(body="客户最在意的是**放心**。" * 3), tmp_path / "bold")
    plain_switches, plain_contained = _bold_switches(plain)
    bold_switches, bold_contained = _bold_switches(bold)
    assert bold_switches >= plain_switches + 3  # one per bold run, on top of the headings
    assert plain_contained and bold_contained
    assert squeezed("客户最在意的是放心。") in squeezed(pdf_text(bold))
    assert all(row["emb"] == "yes" for row in font_rows(bold))


def _leftmost_text_x(path: Path, page: int) -> float:
    """The smallest x (points) of any word on a page, from poppler's word boxes."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    return min(float(x) for x in re.findall(r'<word xMin="([\d.]+)"', html))


def test_duplex_mirrors_the_binding_margin(tmp_path: Path) -> None:
    course = synthetic_course(body=LONG_CHINESE * 3)
    single = export(course, tmp_path / "single")
    duplex = export(course, tmp_path / "duplex", duplex=True)
    assert page_count(duplex) == page_count(single) >= 4  # same text width: same pages
    mm = 72 / 25.4
    odd, even = _leftmost_text_x(duplex, 3), _leftmost_text_x(duplex, 4)
    assert odd - even == pytest.approx(8 * mm, abs=0.5)  # inner margin moves with the page
    assert _leftmost_text_x(single, 3) == pytest.approx(_leftmost_text_x(single, 4), abs=0.5)
