"""Starter texts of new objects (placeholders) and the warning shown until they are replaced."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the placeholders themselves: one line each, so they are found inside longer text
    "placeholder.lesson_title": {"en": "New lesson", "zh": "新课文"},
    "placeholder.case_title": {"en": "New case study", "zh": "新案例"},
    "placeholder.quiz_title": {"en": "New quiz", "zh": "新测验"},
    "placeholder.lesson_text": {"en": "Write the lesson here.", "zh": "在这里编写课文。"},
    "placeholder.starter_lesson_text": {
        "en": "Write the lesson here in Markdown.", "zh": "在这里用 Markdown 编写课程内容。"},
    "placeholder.case.background": {"en": "Who, where, when.", "zh": "人物、地点、时间。"},
    "placeholder.case.situation": {"en": "What happened.", "zh": "发生了什么。"},
    "placeholder.case.questions": {"en": "1. What would you do?", "zh": "1. 如果是你，会怎么做？"},
    "placeholder.case.takeaways": {"en": "- The key lesson", "zh": "- 关键要点"},
    "placeholder.question_prompt": {"en": "Write the question here.", "zh": "在这里填写题干。"},
    "placeholder.option": {"en": "Option {n}", "zh": "选项 {n}"},
    "placeholder.fill_prompt": {"en": "The answer is ___.", "zh": "答案是 ___。"},
    "placeholder.fill_answer": {"en": "answer", "zh": "答案"},
    "placeholder.left": {"en": "Left {n}", "zh": "左项 {n}"},
    "placeholder.right": {"en": "Right {n}", "zh": "右项 {n}"},
    "placeholder.step": {"en": "Step {n}", "zh": "步骤 {n}"},
    "placeholder.criterion": {"en": "Names the key point", "zh": "指出关键要点"},
    "placeholder.node_text": {"en": "The customer says…", "zh": "客户说……"},
    "placeholder.choice_good": {"en": "A good response", "zh": "恰当的回应"},
    "placeholder.choice_bad": {"en": "A poor response", "zh": "不恰当的回应"},
    "placeholder.ending_good": {"en": "The customer is satisfied.", "zh": "客户感到满意。"},
    "placeholder.ending_bad": {"en": "The customer leaves unhappy.", "zh": "客户不满地离开。"},
    # the warning, by field
    "placeholder.found.title": {
        "en": "The title is still the placeholder “{text}”",
        "zh": "标题仍是占位文字“{text}”"},
    "placeholder.found.body": {
        "en": "The text still contains the placeholder “{text}”",
        "zh": "正文中仍有占位文字“{text}”"},
    "placeholder.found.sections": {
        "en": "A section still contains the placeholder “{text}”",
        "zh": "案例的某一部分仍是占位文字“{text}”"},
    "placeholder.found.prompt": {
        "en": "The question text is still the placeholder “{text}”",
        "zh": "题干仍是占位文字“{text}”"},
    "placeholder.found.options": {
        "en": "An option is still the placeholder “{text}”",
        "zh": "选项仍是占位文字“{text}”"},
    "placeholder.found.blanks": {
        "en": "An accepted answer is still the placeholder “{text}”",
        "zh": "参考答案仍是占位文字“{text}”"},
    "placeholder.found.pairs": {
        "en": "A matching pair is still the placeholder “{text}”",
        "zh": "配对项仍是占位文字“{text}”"},
    "placeholder.found.items": {
        "en": "An item to order is still the placeholder “{text}”",
        "zh": "排序项仍是占位文字“{text}”"},
    "placeholder.found.rubric": {
        "en": "A scoring criterion is still the placeholder “{text}”",
        "zh": "评分要点仍是占位文字“{text}”"},
    "placeholder.found.nodes": {
        "en": "A scenario step is still the placeholder “{text}”",
        "zh": "情景步骤仍是占位文字“{text}”"},
    "placeholder.hint": {
        "en": "replace the starter text with your own",
        "zh": "请把示例文字换成自己的内容"},
    "problem.warning": {"en": "warning: {message}", "zh": "警告：{message}"},
    "cli.warning_count": {
        "en": "{count} warnings", "en_one": "1 warning", "zh": "{count} 个警告"},
}
