"""Interface texts of the question cards (options, pairs, items, blanks, rubric)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cards.drag": {"en": "Drag to move this card", "zh": "拖动可调整顺序"},
    "cards.up": {"en": "Up", "zh": "上移"},
    "cards.down": {"en": "Down", "zh": "下移"},
    "cards.duplicate": {"en": "Duplicate", "zh": "复制"},
    "cards.delete": {"en": "Delete", "zh": "删除"},
    "cards.add": {"en": "+ Add", "zh": "+ 添加"},
    "cards.add_option": {"en": "+ Add option", "zh": "+ 添加选项"},
    "cards.add_blank": {"en": "+ Add blank", "zh": "+ 添加空格"},
    "cards.add_pair": {"en": "+ Add pair", "zh": "+ 添加配对"},
    "cards.add_distractor": {"en": "+ Add distractor", "zh": "+ 添加干扰项"},
    "cards.add_item": {"en": "+ Add item", "zh": "+ 添加条目"},
    "cards.add_criterion": {"en": "+ Add criterion", "zh": "+ 添加评分要点"},
    "cards.option_title": {"en": "Option {letter}", "zh": "选项 {letter}"},
    "cards.blank_title": {"en": "Blank {n}", "zh": "第 {n} 空"},
    "cards.pair_title": {"en": "Pair {n}", "zh": "第 {n} 对"},
    "cards.item_title": {"en": "Position {n}", "zh": "第 {n} 位"},
    "cards.distractor_title": {"en": "Distractor {n}", "zh": "干扰项 {n}"},
    "cards.criterion_title": {"en": "Criterion {n}", "zh": "评分要点 {n}"},
    "cards.accepted": {
        "en": "Accepted answers (separate with commas)", "zh": "可接受的答案（用顿号或逗号分隔）"},
    "question.advanced": {"en": "Advanced", "zh": "高级"},
    "question.answers": {"en": "Answers", "zh": "答案设置"},
}
