"""Small valid courses for tests, written with the canonical writer."""

from __future__ import annotations

from pathlib import Path

from courseware import model as m
from courseware.format.writer import save_course


def sample_course() -> m.Course:
    options = [
        m.Option(id="a", text="先倾听", correct=True, feedback="对：先听清楚"),
        m.Option(id="b", text="先解释规定", correct=False, feedback="错：客户还没说完"),
    ]
    quiz = m.Quiz(id="m1-quiz", title="测验", questions=[
        m.SingleChoiceQuestion(id="q1", prompt="客户生气时先做什么？", options=options,
                               feedback="倾听优先", category="倾听"),
        m.TrueFalseQuestion(id="q2", prompt="认同等于同意客户的所有要求。", answer=False),
        m.FillBlankQuestion(id="q3", prompt="四个环节：倾听、___、回应、跟进。",
                            blanks=[m.Blank(accepted=["认同"])]),
        m.MatchingQuestion(id="q4", prompt="配对", pairs=[m.MatchPair("甲", "一"),
                                                          m.MatchPair("乙", "二")]),
        m.OrderingQuestion(id="q5", prompt="排序", items=["倾听", "认同", "回应", "跟进"]),
        m.EssayQuestion(id="q6", prompt="简述", points=2,
                        rubric=[m.RubricCriterion("要点一", 1), m.RubricCriterion("要点二", 1)]),
        m.ScenarioQuestion(id="q7", prompt="情景", start="n1", nodes=[
            m.ScenarioNode(id="n1", text="客户来电", choices=[
                m.ScenarioChoice(text="倾听", next="good"),
                m.ScenarioChoice(text="打断", next="bad")]),
            m.ScenarioNode(id="good", text="客户满意", ending=m.ScenarioEnding(100, "好")),
            m.ScenarioNode(id="bad", text="客户投诉", ending=m.ScenarioEnding(0, "差")),
        ]),
        m.MultipleChoiceQuestion(id="q8", prompt="多选", options=[
            m.Option(id="a", text="甲", correct=True), m.Option(id="b", text="乙", correct=True),
            m.Option(id="c", text="丙")]),
    ])
    body = "## 小节\n\n正文。\n\n::: trainer\n讲师备注\n:::\n"
    lesson = m.Lesson(id="m1-l1", title="第一课", body=body)
    case = m.CaseStudy(id="m1-c1", title="案例", sections={
        "background": "背景", "situation": "情境", "questions": "1. 问题一？\n2. 问题二？",
        "analysis": "分析", "takeaways": "- 要点"})
    module = m.Module(id="m1", title="模块一", objectives=["能够倾听"],
                      items=[lesson, case, quiz], folder="modules/01-m1")
    return m.Course(id="sample", title="示例课程", modules=[module],
                    certificate=m.CertificateSettings("结业证书", 6, "培训部"))


def write_sample_course(folder: Path) -> Path:
    save_course(sample_course(), folder)
    return folder


def edit(folder: Path, relative: str, old: str, new: str) -> None:
    """Replace text in one course file (the test fails if the text is not there)."""
    path = folder / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
