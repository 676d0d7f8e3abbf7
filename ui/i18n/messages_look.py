"""The look: themes in the settings, the undo history and readable undo step names."""

MESSAGES: dict[str, dict[str, str]] = {
    "settings.theme": {"en": "Appearance", "zh": "外观"},
    "settings.theme.system": {"en": "As the system", "zh": "跟随系统"},
    "settings.theme.light": {"en": "Light", "zh": "浅色"},
    "settings.theme.dark": {"en": "Dark", "zh": "深色"},
    "action.undo_history": {"en": "Undo &History", "zh": "撤销历史(&H)"},
    "undo_history.title": {"en": "Undo History", "zh": "撤销历史"},
    "undo_history.clean": {"en": "As opened or last saved", "zh": "打开或上次保存时"},
    "undo_history.hint": {
        "en": "Click a step to go back to it; the steps after it can be redone.",
        "zh": "单击某一步即可回到那一步；之后的步骤仍可重做。",
    },
    "undo.tooltip": {"en": "{action}: {step}", "zh": "{action}：{step}"},
    "undo.tooltip_nothing": {"en": "Nothing to {action}", "zh": "没有可{action}的操作"},
    "undo.edit_named": {"en": "Change {field}", "zh": "修改{field}"},
    "undo.edit_named_in": {"en": "Change {field} of “{name}”", "zh": "修改“{name}”的{field}"},
    "fieldname.nodes": {"en": "scenario steps", "zh": "情景步骤"},
    "fieldname.start": {"en": "first step", "zh": "起始步骤"},
    "fieldname.other": {"en": "content", "zh": "内容"},
}
