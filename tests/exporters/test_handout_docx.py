"""The Word edition of the handout, read back with python-docx and converted by LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from courseware import model as m
from courseware.tasks import Cancelled
from exporters.docx.handout import export_handout_docx
from exporters.fonts import BUNDLED_CJK_FONT_FAMILY, FONT_DIR
from exporters.handout_outline import UnknownModuleError
from exporters.pdf.handout import HandoutOptions
from exporters.pdf.options import Edition
from tests.conftest import BUNDLED_COURSE, REPO_ROOT
from tests.exporters.conftest import synthetic_course
from tests.exporters.pdfcheck import page_count, pdf_text, squeezed

BODY = """## 小节标题

正文里有 **重点** 和 *强调*，还有 `代码`。

1. 第一步
2. 第二步
    - 嵌套要点

| 环节 | 做法 |
|---|---|
| 倾听 | 先让客户把话说完 |

::: tip
先听后说。
:::

::: trainer
这是讲师提示，学员版不出现。
:::

![图片说明](wide.png)

![缺失图片](nothere.png)
"""


def course_with_everything(tmp_path: Path) -> m.Course:
    media = tmp_path / "modules" / "m1" / "lessons"
    media.mkdir(parents=True)
    Image.new("RGB", (1200, 400), "steelblue").save(media / "wide.png")
    case = m.CaseStudy(id="c1", title="案例一", path="modules/m1/cases/c1.md", sections={
        "background": "背景文字。", "questions": "- 你会怎么做？\n- 为什么？",
        "analysis": "参考分析文字。"})
    quiz = m.Quiz(id="qz", title="小测验", path="modules/m1/quiz.yaml", questions=[
        m.SingleChoiceQuestion(id="q1", prompt="哪一项正确？", options=[
            m.Option("a", "甲", False), m.Option("b", "乙", True, "乙对")], feedback="解析")])
    return synthetic_course(body=BODY, case=case, quiz=quiz)


def export(course: m.Course, root: Path, edition: Edition, **options: object) -> docx.Document:
    path = export_handout_docx(course, root, root / f"{edition.value}.docx",
                               HandoutOptions(edition=edition, **options))  # type: ignore[arg-type]
    return docx.Document(str(path))


def texts(document: docx.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def headings(document: docx.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_structure_headings_lists_tables_and_editions(tmp_path: Path) -> None:
    course = course_with_everything(tmp_path)
    participant = export(course, tmp_path, Edition.PARTICIPANT)
    trainer = export(course, tmp_path, Edition.TRAINER)
    for document in (participant, trainer):
        assert headings(document, 1) == ["模块一　模块标题"]
        assert headings(document, 2)[:3] == ["第一课", "案例一", "小测验"]
        assert "小节标题" in headings(document, 3)
        styles = [p.style.name for p in document.paragraphs]
        assert "List Number" in styles and "List Bullet 2" in styles
        assert len(document.inline_shapes) == 1  # the picture; the missing one is a placeholder
        assert "［图片缺失：nothere.png］" in texts(document)
    assert "讲师提示" not in texts(participant) and "这是讲师提示" in texts(trainer)
    assert "参考分析文字" not in texts(participant) and "参考分析文字" in texts(trainer)
    assert "参考答案" in headings(trainer, 3) and "参考答案" not in headings(participant, 3)
    ruled = [p for p in participant.paragraphs
             if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    assert len(ruled) >= 10  # five ruled lines under each discussion question
    table = next(t for t in participant.tables if t.cell(0, 0).text == "环节")
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_fields_fonts_and_callouts(tmp_path: Path) -> None:
    document = export(course_with_everything(tmp_path), tmp_path, Edition.PARTICIPANT)
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body
    footer = document.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    for name in ("Normal", "Heading 1", "Heading 2", "List Bullet"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == BUNDLED_CJK_FONT_FAMILY, name
        assert fonts.get(qn("w:asciiTheme")) is None
    tip = next(t for t in document.tables if t.cell(0, 0).paragraphs[0].text == "提示")
    cell_xml = tip.cell(0, 0)._tc.xml
    assert 'w:fill="EEF6EE"' in cell_xml and "先听后说" in tip.cell(0, 0).text


def test_module_option_duplex_and_errors(tmp_path: Path, bundled_course: m.Course) -> None:
    document = export(bundled_course, tmp_path, Edition.TRAINER, module_id="m2", duplex=True)
    assert len(headings(document, 1)) == 1 and headings(document, 1)[0].startswith("模块二")
    assert document.settings.odd_and_even_pages_header_footer
    assert document.settings.element.find(qn("w:mirrorMargins")) is not None
    with pytest.raises(UnknownModuleError):
        export(bundled_course, tmp_path, Edition.TRAINER, module_id="nope")

    def cancel(done: int, total: int) -> bool:
        return done < 3

    target = tmp_path / "cancelled.docx"
    with pytest.raises(Cancelled):
        export_handout_docx(bundled_course, BUNDLED_COURSE, target, HandoutOptions(), cancel)
    assert not target.exists()


def test_cli_writes_word_for_a_docx_output(tmp_path: Path) -> None:
    target = tmp_path / "讲师手册.docx"
    result = subprocess.run([sys.executable, "main.py", "--lang", "en", "export", "handout",
                             str(BUNDLED_COURSE), "-o", str(target), "--edition", "trainer",
                             "--module", "m1"], cwd=REPO_ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(target))
    assert headings(document, 1)[0].startswith("模块一")
    bad = subprocess.run([sys.executable, "main.py", "--lang", "en", "export", "handout",
                          str(BUNDLED_COURSE), "-o", str(tmp_path / "x.docx"), "--module", "zz"],
                         cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.docx").exists()


SOFFICE = shutil.which("soffice")


def to_pdf(path: Path, folder: Path) -> Path:
    """LibreOffice headless, with the bundled font visible to it (as when installed)."""
    config = folder / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{FONT_DIR}</dir><cachedir>{folder / "fc-cache"}</cachedir></fontconfig>""")
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    subprocess.run([SOFFICE or "soffice", "--headless",
                    f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(path)],
                   check=True, capture_output=True, env=env, timeout=300)
    return folder / f"{path.stem}.pdf"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (libreoffice-writer) not installed: "
                    "scripts/install-system-packages.sh installs it")
def test_libreoffice_prints_it_with_all_its_text(tmp_path: Path,
                                                 bundled_course: m.Course) -> None:
    rare = "𠮷野家与䶮、“全角”（标点）！"
    course = course_with_everything(tmp_path)
    course.modules[0].items[0].body += f"\n\n{rare}\n"  # type: ignore[union-attr]
    document_path = export_handout_docx(course, tmp_path, tmp_path / "h.docx",
                                        HandoutOptions(edition=Edition.PARTICIPANT))
    pdf = to_pdf(document_path, tmp_path)
    text = squeezed(pdf_text(pdf))
    for expected in ("测试课程", "模块一　模块标题", "小节标题", "先听后说", "哪一项正确",
                     "第2页/共7页", rare):
        assert squeezed(expected) in text, expected
    assert 6 <= page_count(pdf) <= 12  # cover, contents, lesson, case, quiz, glossary …

    bundled = export_handout_docx(bundled_course, BUNDLED_COURSE, tmp_path / "b.docx",
                                  HandoutOptions(edition=Edition.PARTICIPANT))
    bundled_pdf = to_pdf(bundled, tmp_path)
    assert 100 <= page_count(bundled_pdf) <= 180
    assert all(squeezed(title) in squeezed(pdf_text(bundled_pdf))
               for module in bundled_course.modules for title in [module.title])


def test_english_course_labels(tmp_path: Path) -> None:
    course = synthetic_course(language="en", body="Plain *text*.", title="Trust")
    document = export(course, tmp_path, Edition.PARTICIPANT)
    footer = "".join(p.text for p in document.sections[0].footer.paragraphs)
    assert footer.startswith("Page ") and " of " in footer
    assert headings(document, 1) == ["Module 1: 模块标题"]
    assert "Learning objectives" in headings(document, 3)
