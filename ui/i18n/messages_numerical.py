"""Numerical questions in the interface: the answer box and the editor's answer table."""

MESSAGES: dict[str, dict[str, str]] = {
    "qtype.numerical": {"en": "Numerical", "zh": "数值题"},
    "numerical.placeholder": {"en": "Type a number, e.g. 1,234.5", "zh": "输入数字，如 1,234.5"},
    "numerical.units": {"en": "Units: {units}", "zh": "单位：{units}"},
    "numerical.read_as": {"en": "Read as {value}", "zh": "读作 {value}"},
    "numerical.unreadable": {"en": "Not a number yet — digits, a point and a unit only",
                             "zh": "还不是数字：只填数字、小数点和单位"},
    "numerical.unknown_unit": {"en": "Unknown unit \"{unit}\"; use {units}",
                               "zh": "不认识的单位“{unit}”，请用 {units}"},
    "numerical.editor.answers": {"en": "Accepted answers", "zh": "可接受的答案"},
    "numerical.editor.value": {"en": "Value", "zh": "数值"},
    "numerical.editor.tolerance": {"en": "± Tolerance", "zh": "± 误差"},
    "numerical.editor.fraction": {"en": "Credit %", "zh": "得分 %"},
    "numerical.editor.feedback": {"en": "Feedback", "zh": "反馈"},
    "numerical.editor.units": {"en": "Units (optional)", "zh": "单位（可选）"},
    "numerical.editor.units_hint": {
        "en": "The first unit is the base unit (multiplier 1); a value typed in another unit "
              "is divided by its multiplier (万元: 0.0001).",
        "zh": "第一个单位为基本单位（倍数为 1）；学员用其他单位作答时，数值除以该单位的倍数"
              "（如万元：0.0001）。"},
    "numerical.editor.unit": {"en": "Unit", "zh": "单位"},
    "numerical.editor.multiplier": {"en": "Multiplier", "zh": "倍数"},
}
