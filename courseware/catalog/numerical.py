"""Numerical questions: validation messages and the type's name."""

MESSAGES: dict[str, dict[str, str]] = {
    "qtype.numerical": {"en": "numerical", "zh": "数值题"},
    "numerical.no_answers": {
        "en": "numerical question has no accepted answer",
        "zh": "数值题没有可接受的答案",
    },
    "numerical.no_full_credit": {
        "en": "no answer earns full credit (fraction 100)",
        "zh": "没有得满分的答案（fraction 为 100）",
    },
    "numerical.no_full_credit.hint": {
        "en": "give the right value fraction: 100; lower fractions are for near misses",
        "zh": "把正确值的 fraction 设为 100；较低的百分比用于接近正确的答案",
    },
    "numerical.bad_answer": {
        "en": "answer {index}: the tolerance must be 0 or more and the credit 0–100",
        "zh": "第 {index} 个答案：误差不能为负，得分须在 0–100 之间",
    },
    "numerical.bad_unit": {
        "en": "every unit needs a name and a multiplier above 0",
        "zh": "每个单位都要有名称，倍数须大于 0",
    },
    "numerical.unit_duplicate": {
        "en": "unit \"{unit}\" is listed twice",
        "zh": "单位“{unit}”重复列出",
    },
    "numerical.base_unit": {
        "en": "the first unit is the base unit and must have multiplier 1, not {multiplier}",
        "zh": "第一个单位是基本单位，倍数必须为 1，而不是 {multiplier}",
    },
}
