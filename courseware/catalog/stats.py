"""Quiz statistics: why Cronbach's alpha is missing, and what it was computed on instead."""

MESSAGES: dict[str, dict[str, str]] = {
    "stats.alpha_unavailable.too_few_attempts": {
        "en": "needs at least 2 graded attempts",
        "zh": "至少需要 2 次已评分的作答",
    },
    "stats.alpha_unavailable.too_few_questions": {
        "en": "needs at least 2 questions",
        "zh": "至少需要 2 道题",
    },
    "stats.alpha_unavailable.random_draws": {
        "en": "attempts got different questions (random draws)",
        "zh": "各次作答抽到的题目不同（随机抽题）",
    },
    "stats.alpha_unavailable.zero_variance": {
        "en": "every attempt has the same total score",
        "zh": "所有作答的总分相同",
    },
    "stats.alpha_not_computed": {
        "en": "not computed: {reason}",
        "zh": "未计算：{reason}",
    },
    "stats.alpha_common_items": {
        "en": "on the {items} questions all {attempts} attempts had: {alpha}%",
        "zh": "按全部 {attempts} 次作答共有的 {items} 道题计算：{alpha}%",
    },
    "stats.alpha_note_with_common": {
        "en": "{not_computed}; {common}",
        "zh": "{not_computed}；{common}",
    },
}
