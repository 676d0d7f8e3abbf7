"""Printed labels of PDF exports (handouts, quiz papers), keyed by the course's language.

These are words on paper, so they follow the course (``course.language``), not the interface.
"""

from __future__ import annotations

from courseware.i18n import catalogue_language
from exporters.traditional_labels import traditional_label

LABELS: dict[str, dict[str, str]] = {
    "edition.participant": {"zh": "学员版", "en": "Participant edition"},
    "edition.trainer": {"zh": "讲师版", "en": "Trainer edition"},
    "footer.page": {"zh": "第 {page} 页 / 共 {total} 页", "en": "Page {page} of {total}"},
    "toc.title": {"zh": "目录", "en": "Contents"},
    "cover.date": {"zh": "日期：{date}", "en": "Date: {date}"},
    "cover.version": {"zh": "版本 {version}", "en": "Version {version}"},
    "cover.authors": {"zh": "编写：{authors}", "en": "Authors: {authors}"},
    "introduction": {"zh": "课程介绍", "en": "Introduction"},
    "module.number": {"zh": "模块{number}", "en": "Module {number}"},
    "module.objectives": {"zh": "学习目标", "en": "Learning objectives"},
    "module.objectives.lead": {"zh": "学完本模块，你将：", "en": "After this module you will:"},
    "module.glossary": {"zh": "术语表", "en": "Glossary"},
    "module.trainer_notes": {"zh": "讲师备课说明", "en": "Notes for the trainer"},
    "module.duration": {"zh": "建议时长：{minutes} 分钟", "en": "Planned time: {minutes} min"},
    "item.duration": {"zh": "约 {minutes} 分钟", "en": "About {minutes} min"},
    "notes.title": {"zh": "笔记", "en": "Notes"},
    "glossary.term": {"zh": "术语", "en": "Term"},
    "glossary.definition": {"zh": "释义", "en": "Definition"},
    "callout.tip": {"zh": "提示", "en": "Tip"},
    "callout.note": {"zh": "说明", "en": "Note"},
    "callout.warning": {"zh": "注意", "en": "Warning"},
    "callout.example": {"zh": "示例", "en": "Example"},
    "callout.trainer": {"zh": "讲师提示", "en": "Trainer note"},
    "case.label": {"zh": "案例研讨", "en": "Case study"},
    "case.background": {"zh": "背景", "en": "Background"},
    "case.situation": {"zh": "情境", "en": "Situation"},
    "case.questions": {"zh": "讨论问题", "en": "Discussion questions"},
    "case.analysis": {"zh": "参考分析（讲师专用）", "en": "Model analysis (trainer only)"},
    "case.facilitation": {"zh": "引导要点（讲师专用）", "en": "Facilitation notes (trainer only)"},
    "case.theory": {"zh": "相关理论", "en": "Theory"},
    "case.takeaways": {"zh": "要点总结", "en": "Key takeaways"},
    "image.missing": {"zh": "［图片缺失：{name}］", "en": "[Image missing: {name}]"},
    "quiz.label": {"zh": "测验", "en": "Quiz"},
    "quiz.name": {"zh": "姓名", "en": "Name"},
    "quiz.staff_id": {"zh": "工号", "en": "Staff no."},
    "quiz.date": {"zh": "日期", "en": "Date"},
    "quiz.score": {"zh": "得分", "en": "Score"},
    "quiz.summary": {
        "zh": "共 {count} 题，满分 {points} 分；{pass_percent}% 及以上为合格。",
        "en": "{count} questions, {points} points in all; {pass_percent}% to pass.",
    },
    "quiz.time_limit": {"zh": "限时 {minutes} 分钟。", "en": "Time allowed: {minutes} minutes."},
    "quiz.drawn": {
        "zh": "本试卷的题目按抽题规则从题库中随机抽取（随机种子 {seed}），每份试卷可能不同。",
        "en": "The questions were drawn at random from the question bank (seed {seed}); "
        "papers with another seed differ.",
    },
    "quiz.points": {"zh": "（{points} 分）", "en": "({points} pt)"},
    "quiz.key_title": {"zh": "参考答案", "en": "Answer key"},
    "quiz.answer": {"zh": "答案：{answer}", "en": "Answer: {answer}"},
    "quiz.feedback": {"zh": "解析：{text}", "en": "Explanation: {text}"},
    "quiz.model_answer": {"zh": "参考答案要点", "en": "Model answer"},
    "quiz.rubric": {"zh": "评分标准", "en": "Marking rubric"},
    "quiz.rubric_line": {"zh": "{criterion}（{points} 分）", "en": "{criterion} ({points} pt)"},
    "quiz.true": {"zh": "对", "en": "True"},
    "quiz.false": {"zh": "错", "en": "False"},
    "quiz.choose_one": {"zh": "（单选）", "en": "(choose one)"},
    "quiz.choose_many": {"zh": "（多选）", "en": "(choose all that apply)"},
    "quiz.match_hint": {
        "zh": "请在左栏每项后的括号内填写右栏对应选项的字母。",
        "en": "Write the letter of the matching item from the right column in each bracket.",
    },
    "quiz.order_hint": {
        "zh": "请在方框内用数字 1、2、3…… 标出正确顺序。",
        "en": "Number the items 1, 2, 3 … in the boxes in the right order.",
    },
    "quiz.scenario_hint": {
        "zh": "情景对话：请在每个环节选择你的做法（在方框内打 ✓）。",
        "en": "Dialogue: tick what you would do at each step.",
    },
    "quiz.scenario_step": {"zh": "环节 {number}", "en": "Step {number}"},
    "quiz.scenario_goto": {"zh": "→ 转到环节 {number}", "en": "→ go to step {number}"},
    "quiz.scenario_end": {"zh": "→ 结局", "en": "→ ending"},
    "quiz.scenario_ending": {"zh": "结局（得 {percent}%）", "en": "Ending ({percent}%)"},
    "quiz.section_key": {"zh": "答案与解析", "en": "Answers and feedback"},
    "quiz.total": {"zh": "满分 {points} 分", "en": "Total {points} points"},
    "quiz.order_answer": {"zh": "正确顺序：{items}", "en": "Correct order: {items}"},
    "quiz.blank_answer": {"zh": "第 {index} 空：{accepted}", "en": "Blank {index}: {accepted}"},
    "quiz.essay_graded": {"zh": "由讲师评分", "en": "Graded by the trainer"},
    "quiz.scenario_best": {"zh": "最佳路径：{path}", "en": "Best path: {path}"},
    "qtype.single_choice": {"zh": "单选题", "en": "Single choice"},
    "qtype.multiple_choice": {"zh": "多选题", "en": "Multiple choice"},
    "qtype.true_false": {"zh": "判断题", "en": "True or false"},
    "qtype.fill_blank": {"zh": "填空题", "en": "Fill in the blanks"},
    "qtype.numerical": {"zh": "数值题", "en": "Numerical"},
    "quiz.numerical_line": {"zh": "答：{line}{unit}", "en": "Answer: {line}{unit}"},
    "qtype.matching": {"zh": "配对题", "en": "Matching"},
    "qtype.ordering": {"zh": "排序题", "en": "Ordering"},
    "qtype.essay": {"zh": "简答题", "en": "Short essay"},
    "qtype.scenario": {"zh": "情景题", "en": "Scenario"},
    "list.separator": {"zh": "、", "en": ", "},
}

LANGUAGES = ("zh", "en")


def label_language(course_language: str) -> str:
    """'zh-TW' for a Traditional Chinese course (zh-TW, zh_HK …), 'zh' for any other Chinese
    one, 'en' otherwise."""
    return catalogue_language(course_language)


def label(language: str, key: str, **values: object) -> str:
    """The printed text for ``key`` in ``language`` ('zh', 'zh-TW' or 'en'), fields filled in."""
    entry = LABELS[key]
    if language == "zh-TW":
        template = traditional_label(f"pdf.{key}", entry["zh"])
    else:
        template = entry.get(language) or entry["en"]
    return template.format(**values) if values else template
