"""Plain-text 题库 in the Chinese conventions, and answer normalisation."""

from __future__ import annotations

import pytest

from courseware import model as m
from exporters.banks.answers import answer_letters, split_blanks, true_false
from exporters.banks.formats.txt import read, read_text
from tests.exporters.banks.conftest import tiku


def questions(text: str) -> list[m.Question]:
    result = read_text(text, "t.txt")
    assert all(not e.has_error for e in result.entries), \
        [(p.source, p.message) for e in result.entries for p in e.problems]
    return [e.question for e in result.entries if e.question]


@pytest.mark.parametrize("raw", ["ABD", "A,B,D", "A、B、D", "ＡＢＤ", "a b d", "A;B;D"])
def test_answer_letters(raw: str) -> None:
    assert answer_letters(raw) == "ABD"


@pytest.mark.parametrize(("raw", "value"), [("对", True), ("错", False), ("正确", True),
                                            ("错误", False), ("是", True), ("否", False),
                                            ("√", True), ("×", False), ("T", True),
                                            ("F", False), ("Ｔ", True)])
def test_true_false_words(raw: str, value: bool) -> None:
    assert true_false(raw) is value


def test_blanks_and_alternatives() -> None:
    assert split_blanks("认同;认可|跟进") == [["认同", "认可"], ["跟进"]]
    assert split_blanks("水；H2O") == [["水", "H2O"]]


@pytest.mark.parametrize("number", ["1.", "1、", "1．", "（1）", "(1)", "第1题"])
def test_question_numbers(number: str) -> None:
    (q,) = questions(f"{number}客户最在意什么？\nA.态度 B.速度\n答案：A")
    assert q.prompt == "客户最在意什么？"


@pytest.mark.parametrize("option", ["A.", "A、", "A．", "A：", "A)", "Ａ．", "(A)", "A:"])
def test_option_styles(option: str) -> None:
    second = option.replace("A", "B").replace("Ａ", "Ｂ")
    (q,) = questions(f"1. 题干\n{option}甲\n{second}乙\n答案：B")
    assert isinstance(q, m.SingleChoiceQuestion)
    assert [o.text for o in q.options] == ["甲", "乙"] and q.options[1].correct


@pytest.mark.parametrize("tagged", ["【多选题】1. 题干", "1. 题干【多选题】", "1. [多选] 题干",
                                    "1. 题干（多选）"])
def test_type_tags_at_either_end(tagged: str) -> None:
    (q,) = questions(f"{tagged}\nA. 甲\nB. 乙\n答案：A")
    assert isinstance(q, m.MultipleChoiceQuestion) and q.prompt == "题干"


def test_answer_styles_and_fields() -> None:
    text = """一、单项选择题（每题2分）
1. 客户说：“你们的年费太贵了。”（A）
A. 我理解您的感受
B. 这是规定
   （续行）说明原因
解析：先认同情绪。
知识点：积极回应

2. 下列哪些属于信任的要素？（10分）
A. 能力（正确答案）
B. 诚信（正确答案）
C. 价格
难度：中

3. 根据规定，客户可以在____天内申请退款。
【答案】7;七
【解析】见服务手册。

二、判断题
4. 同理心等于同情心。（×）

5. 简述积极回应公式。
参考答案：倾听、认同、回应、跟进。
分值：5
"""
    result = read_text(text, "题库.txt")
    q1, q2, q3, q4, q5 = (e.question for e in result.entries)
    assert isinstance(q1, m.SingleChoiceQuestion) and q1.options[0].correct
    assert q1.points == 2 and q1.prompt.endswith("（ ）")
    assert q1.options[1].text == "这是规定\n（续行）说明原因"
    assert q1.feedback == "先认同情绪。" and q1.category == "积极回应"
    assert isinstance(q2, m.MultipleChoiceQuestion) and q2.points == 10
    assert [o.correct for o in q2.options] == [True, True, False]
    assert isinstance(q3, m.FillBlankQuestion) and q3.prompt.count("___") == 1
    assert q3.blanks[0].accepted == ["7", "七"] and q3.feedback == "见服务手册。"
    assert isinstance(q4, m.TrueFalseQuestion) and q4.answer is False
    assert isinstance(q5, m.EssayQuestion) and q5.points == 5
    assert q5.rubric[0].points == 5 and q5.model_answer.startswith("倾听")
    assert any("难度" in p.message for p in result.problems)
    assert [e.source for e in result.entries] == ["题库.txt:2", "题库.txt:9", "题库.txt:15",
                                                  "题库.txt:20", "题库.txt:22"]


def test_inferred_types_without_tags() -> None:
    qs = questions("1. 甲\nA. x\nB. y\n答案：B\n\n2. 乙\nA. x\nB. y\nC. z\n答案：A,C\n\n"
                   "3. 丙对吗\n答案：对\n\n4. 丁是___。\n答案：戊\n\n5. 说说己\n")
    assert [q.type_name for q in qs] == ["single_choice", "multiple_choice", "true_false",
                                         "fill_blank", "essay"]


def test_ordering_and_matching_syntax() -> None:
    text = """1.【排序题】按顺序排列：
A. 回应
B. 倾听
C. 跟进
D. 认同
答案：BDAC

2.【匹配题】概念与说明配对：
A. 信任
B. 同理心
1) 站在对方角度理解感受
2) 相信对方会为自己着想
3) 按规定办事
答案：A-2;B-1
"""
    ordering, matching = questions(text)
    assert isinstance(ordering, m.OrderingQuestion)
    assert ordering.items == ["倾听", "认同", "回应", "跟进"]
    assert isinstance(matching, m.MatchingQuestion)
    assert [(p.left, p.right) for p in matching.pairs] == [
        ("信任", "相信对方会为自己着想"), ("同理心", "站在对方角度理解感受")]
    assert matching.distractors == ["按规定办事"]


def test_errors_are_reported_per_question_with_their_line() -> None:
    result = read_text("1. 甲\nA. x\nB. y\n答案：E\n\n2. 乙\nA. x\nB. y\n答案：A\n", "b.txt")
    first, second = result.entries
    assert first.has_error and first.source == "b.txt:1"
    assert "E" in first.problems[0].message
    assert not second.has_error


def test_real_online_quiz_export() -> None:
    result = read(tiku("ai_learnhub/sample_quiz.md"))
    types = [e.question.type_name for e in result.entries if e.question]
    assert len(types) == 60 and not any(e.has_error for e in result.entries)
    assert types.count("single_choice") == 30 and "true_false" in types
    # 正确答案：C 你的答案：C — the extra field is ignored
    first = result.entries[0].question
    assert isinstance(first, m.SingleChoiceQuestion)
    assert [o.correct for o in first.options] == [False, False, True, False]


def test_surveyking_text_import_examples() -> None:
    text = tiku("surveyking/text_import_examples.txt").read_text(encoding="utf-8")
    blocks = {b.split("\n", 1)[0].strip(): b.split("\n", 1)[1] for b in text.split("### ")[1:]}
    (fill,) = questions(blocks["填空题"])
    assert isinstance(fill, m.FillBlankQuestion) and fill.blanks[0].accepted == ["疑是地上霜"]
    (tf,) = questions(blocks["判断题"])
    assert isinstance(tf, m.TrueFalseQuestion) and tf.answer is False and tf.points == 10
    for name in ("单选题（方式1）", "单选题（方式2）"):
        (single,) = questions(blocks[name])
        assert isinstance(single, m.SingleChoiceQuestion)
        assert [o.text for o in single.options] == ["1", "2"] and single.options[1].correct
        assert single.category == "简单" and single.feedback == "太简单了"
    (multi,) = questions(blocks["多选题"])
    assert isinstance(multi, m.MultipleChoiceQuestion) and multi.points == 30
    assert all(o.correct for o in multi.options)


def test_the_examples_in_the_documentation() -> None:
    from tests.conftest import REPO_ROOT

    doc = (REPO_ROOT / "docs" / "question-banks.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in doc.split("```text\n")[1:]]
    main_example, _key, ordering_matching = blocks
    result = read_text(main_example, "doc.txt")
    kinds = [(e.question.type_name if e.question else None, e.has_error) for e in result.entries]
    assert kinds == [("single_choice", False), ("multiple_choice", False),
                     ("true_false", False), ("fill_blank", False)]
    assert [q.type_name for q in questions(ordering_matching)] == ["ordering", "matching"]


def test_lists_inside_a_question_stay_inside_it() -> None:
    text = """1. 下列说法正确的是：
（1）信任需要时间
（2）信任一旦建立就不会失去
A. 只有（1）
B. 只有（2）
答案：A

2. 案例：客户因扣费投诉。
（1）请指出客户的显性需求；
（2）请写出你的回应话术。
参考答案：
1. 倾听并确认扣费事实
2. 认同客户的着急
3. 说明退款时限
分值：6

3. 简述同理心。
"""
    first, second, third = questions(text)
    assert isinstance(first, m.SingleChoiceQuestion) and "（2）信任一旦建立" in first.prompt
    assert isinstance(second, m.EssayQuestion) and second.points == 6
    assert "（2）请写出你的回应话术" in second.prompt
    assert second.model_answer.splitlines()[-1] == "3. 说明退款时限"
    assert isinstance(third, m.EssayQuestion) and third.prompt == "简述同理心。"


def test_options_run_together_without_spaces() -> None:
    (q,) = questions("1、客户最爱吃？\nA.苹果B.香蕉C.橘子D.梨\n答案：D")
    assert isinstance(q, m.SingleChoiceQuestion)
    assert [o.text for o in q.options] == ["苹果", "香蕉", "橘子", "梨"]
    (kept,) = questions("1. 题干\nA. 含B.C类\nB. 乙\n答案：A")
    assert isinstance(kept, m.SingleChoiceQuestion) and kept.options[0].text == "含B.C类"


def test_wenjuanxing_batch_text() -> None:
    (q,) = questions("80. * 信任的来源有哪些？【多选题】[多选题]\n"
                     "能力（正确答案）\n诚信（正确答案）\n价格\n")
    assert isinstance(q, m.MultipleChoiceQuestion) and q.prompt == "信任的来源有哪些？"
    assert [o.text for o in q.options] == ["能力", "诚信", "价格"]
    # a stem that ends in （多选） itself keeps it when the writer's tag follows with a space
    (kept,) = questions("1. 以下哪些做法恰当？（多选） 【多选题】\nA. 甲\nB. 乙\n答案：AB")
    assert kept.prompt == "以下哪些做法恰当？（多选）"


@pytest.mark.parametrize(("heading", "mark", "value"), [
    ("", "（√）", True), ("", "(×)", False), ("三、判断题\n", "（对）", True),
    ("三、判断题\n", "（ × ）", False)])
def test_a_true_false_answer_at_the_end_of_the_statement(heading: str, mark: str,
                                                         value: bool) -> None:
    (q,) = questions(f"{heading}1. 客户投诉时，先处理情绪再处理问题。{mark}")
    assert isinstance(q, m.TrueFalseQuestion) and q.answer is value
    assert q.prompt == "客户投诉时，先处理情绪再处理问题。"  # no empty blank left behind
