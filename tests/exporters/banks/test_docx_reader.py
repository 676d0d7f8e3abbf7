"""Word 题库: Word's automatic numbering, red-only answers, tables, text boxes, images."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from exporters.banks.formats.docx import read
from exporters.banks.word_numbering import chinese_number, format_number
from tests.exporters.banks import wordgen as g
from tests.exporters.banks.conftest import tiku

NUMBERING = g.numbering({
    0: [("chineseCounting", "%1、")],          # numId 1: section headings 一、二、
    1: [("decimal", "%1."), ("upperLetter", "%2.")],  # numId 2: questions 1. and options A.
    2: [("decimalEnclosedCircle", "%1")],      # numId 3: ① ② questions
})


def test_auto_numbering_red_answers_and_sections(tmp_path: Path) -> None:
    body = (
        g.para("单选题", num=(1, 0))
        + g.para("客户抱怨年费时，首先应该？", num=(2, 0))
        + g.para("解释政策", num=(2, 1))
        + g.para(g.run("倾听并认同", color="FF0000"), num=(2, 1))
        + g.para("转接同事", num=(2, 1))
        + g.para("信任建立在哪些方面？", num=(2, 0))
        + g.para(g.run("能力", highlight="yellow"), num=(2, 1))
        + g.para(g.run("诚信", color="C00000"), num=(2, 1))
        + g.para("价格", num=(2, 1))
        + g.para("判断题", num=(1, 0))
        + g.para("同理心就是同意客户所有要求。", num=(3, 0))
        + g.para("正确", g.run("错误", color="FF0000"))
    )
    path = g.write_docx(tmp_path / "题库.docx", body, NUMBERING)
    result = read(path)
    assert result.categories == ["单选题", "判断题"]
    first, second, third = (e.question for e in result.entries)
    assert isinstance(first, m.SingleChoiceQuestion)
    assert [o.correct for o in first.options] == [False, True, False]
    assert first.options[1].text == "倾听并认同"
    # several red answers under a 单选 heading: multiple choice, with a warning
    assert isinstance(second, m.MultipleChoiceQuestion)
    assert [o.correct for o in second.options] == [True, True, False]
    assert any("多选" in p.message for p in result.entries[1].problems)
    # option numbering restarts under the next question: A. again, not D.
    assert [o.id for o in second.options] == ["a", "b", "c"]
    assert isinstance(third, m.TrueFalseQuestion) and third.answer is False
    assert [e.source for e in result.entries] == ["题库.docx:2", "题库.docx:6", "题库.docx:11"]


def test_table_question_content_control_text_box_and_image(tmp_path: Path) -> None:
    body = (
        g.table([["题型", "单选题"], ["题干", "积极回应的第一步是？"], ["A", "倾听"],
                 ["B", "解释"], ["答案", "A"], ["解析", "先听完客户的话。"], ["分值", "3"]])
        + g.content_control(g.para("2. 信用卡分期的年化利率计算见下图"))
        + g.para(g.image())
        + g.para("A. 正确 B. 错误 C. 不确定")
        + g.para("答案：B")
        + g.para("3、", g.text_box(g.para("文本框里的题干（A）"), g.para("A．甲方"),
                                  g.para("B．乙方")))
        + g.para("4. 服务意识的核心是____。\n（软换行后的第二行）")
        + g.para("答案：以客户为中心；客户至上")
    )
    path = g.write_docx(tmp_path / "bank.docx", body, media=True)
    result = read(path)
    questions = [e.question for e in result.entries]
    assert [e.has_error for e in result.entries] == [False] * 4, \
        [p.message for e in result.entries for p in e.problems]
    table_q, image_q, box_q, fill_q = questions
    assert isinstance(table_q, m.SingleChoiceQuestion)
    assert table_q.points == 3 and table_q.feedback == "先听完客户的话。"
    assert [o.correct for o in table_q.options] == [True, False]
    assert isinstance(image_q, m.SingleChoiceQuestion)
    assert "![](media/image1.png)" in image_q.prompt
    assert [o.text for o in image_q.options] == ["正确", "错误", "不确定"]
    assert result.media == {"image1.png": g.PNG}
    # the text box is read once (its VML fallback copy is ignored)
    assert isinstance(box_q, m.SingleChoiceQuestion)
    assert len(box_q.options) == 2 and box_q.options[0].correct
    assert isinstance(fill_q, m.FillBlankQuestion)
    assert fill_q.blanks[0].accepted == ["以客户为中心", "客户至上"]
    assert "软换行后的第二行" in fill_q.prompt


def test_answer_key_at_the_end(tmp_path: Path) -> None:
    body = "".join(g.para(f"{n}. 第{n}题题干") + g.para("A. 甲 B. 乙 C. 丙 D. 丁")
                   for n in range(1, 7))
    body += g.para("参考答案") + g.para("1-5 ABCDA") + g.para("6. BD")
    result = read(g.write_docx(tmp_path / "key.docx", body))
    letters = ["".join(o.id for o in e.question.options if o.correct)  # type: ignore[union-attr]
               for e in result.entries]
    assert letters == ["a", "b", "c", "d", "a", "bd"]


def test_number_formats() -> None:
    assert [format_number(n, "upperLetter") for n in (1, 26, 27)] == ["A", "Z", "AA"]
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 105)] == \
        ["一", "十", "十一", "二十", "二十三", "一百零五"]
    assert format_number(3, "decimalEnclosedCircle") == "③"


def test_real_bank_with_red_only_answers() -> None:
    result = read(tiku("ai_learnhub/sample_docx.docx"))
    assert not result.problems
    types = [e.question.type_name for e in result.entries if e.question]
    assert types == ["single_choice"] * 5 + ["multiple_choice"] * 2 + ["true_false"] * 3
    assert all(not e.has_error for e in result.entries)
    first = result.entries[0].question
    assert isinstance(first, m.SingleChoiceQuestion)
    assert [o.correct for o in first.options] == [False, False, True, False]
    assert first.options[2].text.startswith("提示词工程")


def test_matching_from_a_two_column_table(tmp_path: Path) -> None:
    body = (g.para("1.【匹配题】请将理论与要点配对：")
            + g.table([["社会交换理论", "付出与回报的权衡"], ["心理契约理论", "未写明的相互期望"]])
            + g.para("2. 下一题") + g.para("A. 甲 B. 乙") + g.para("答案：B"))
    result = read(g.write_docx(tmp_path / "match.docx", body))
    matching, single = (e.question for e in result.entries)
    assert isinstance(matching, m.MatchingQuestion)
    assert [(p.left, p.right) for p in matching.pairs] == [
        ("社会交换理论", "付出与回报的权衡"), ("心理契约理论", "未写明的相互期望")]
    assert isinstance(single, m.SingleChoiceQuestion)


def test_fill_in_answers_shown_in_red_in_the_stem(tmp_path: Path) -> None:
    body = (g.para("1. 积极回应公式的四个环节依次是倾听、", g.run("认同", color="FF0000"),
                   "、回应和", g.run("跟", color="FF0000"), g.run("进", color="FF0000"), "。")
            + g.para("2. 同理心是理解客户的感受。") + g.para(g.run("正确", color="FF0000"), "错误"))
    fill, tf = (e.question for e in read(g.write_docx(tmp_path / "red.docx", body)).entries)
    assert isinstance(fill, m.FillBlankQuestion)
    assert fill.prompt == "积极回应公式的四个环节依次是倾听、___、回应和___。"
    assert [b.accepted for b in fill.blanks] == [["认同"], ["跟进"]]
    assert isinstance(tf, m.TrueFalseQuestion) and tf.answer is True


def test_tracked_changes_hyperlinks_and_highlight_only(tmp_path: Path) -> None:
    deleted = '<w:del w:id="1" w:author="x"><w:r><w:delText>旧题干</w:delText></w:r></w:del>'
    inserted = f'<w:ins w:id="2" w:author="x">{g.run("新题干")}</w:ins>'
    link = f'<w:hyperlink r:id="rIdX">{g.run("（见手册）")}</w:hyperlink>'
    body = (g.para("1. ", deleted, inserted, link)
            + g.para("A. 甲") + g.para(g.run("B. 乙", highlight="yellow")))
    (entry,) = read(g.write_docx(tmp_path / "track.docx", body)).entries
    question = entry.question
    assert isinstance(question, m.SingleChoiceQuestion)
    assert question.prompt == "新题干（见手册）"
    assert [o.correct for o in question.options] == [False, True]
