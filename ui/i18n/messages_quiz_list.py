"""Interface texts of the quiz editor's question list and the course tree's context menus."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "quizlist.heading": {"en": "Questions", "zh": "题目"},
    "quizlist.accessible": {"en": "Questions of this quiz", "zh": "本测验的题目"},
    "quizlist.number": {"en": "No.", "zh": "序号"},
    "quizlist.type": {"en": "Type", "zh": "题型"},
    "quizlist.prompt": {"en": "Question", "zh": "题干"},
    "quizlist.points": {"en": "Points", "zh": "分值"},
    "quizlist.check": {"en": "Check", "zh": "检查"},
    "quizlist.problems": {"en": "{count} to fix", "en_one": "1 to fix", "zh": "{count} 处待改"},
    "quizlist.add": {"en": "+ Add question", "zh": "+ 添加题目"},
    "quizlist.duplicate": {"en": "Duplicate", "zh": "复制"},
    "quizlist.delete": {"en": "Delete", "zh": "删除"},
    "quizlist.up": {"en": "Up", "zh": "上移"},
    "quizlist.down": {"en": "Down", "zh": "下移"},
    "quizlist.move_to_quiz": {"en": "Move to another quiz…", "zh": "移到其他测验…"},
    "quizlist.move_prompt": {"en": "Move the question to:", "zh": "把这道题移到："},
    "quizlist.quiz_in_module": {"en": "{quiz} ({module})", "zh": "{quiz}（{module}）"},
    "treemenu.move_to_module": {"en": "Move to module", "zh": "移到模块"},
    "treemenu.add_question": {"en": "Add question", "zh": "添加题目"},
}
