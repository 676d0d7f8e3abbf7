"""Messages about hostile or broken files: YAML bombs, links and devices, file names, HTML."""

MESSAGES: dict[str, dict[str, str]] = {
    "yaml.aliases": {
        "en": "YAML aliases (*name) repeat more than {limit} values",
        "zh": "YAML 别名（*名称）重复展开的值超过 {limit} 个",
    },
    "yaml.aliases.hint": {
        "en": "write the values out instead of repeating them with &anchors and *aliases",
        "zh": "请直接写出各项内容，不要用 &锚点 和 *别名 重复引用",
    },
    "yaml.too_deep": {
        "en": "the YAML is nested more than {limit} levels deep",
        "zh": "YAML 嵌套超过 {limit} 层",
    },
    "yaml.too_deep.hint": {
        "en": "course files need only a few levels; check the indentation and brackets",
        "zh": "课程文件只需要几层嵌套，请检查缩进和括号",
    },
}
MESSAGES.update({
    "file.outside.hint": {
        "en": "the file is a link to somewhere outside the course folder; copy the file itself "
        "into the course folder",
        "zh": "该文件是指向课程文件夹之外的链接，请把文件本身复制到课程文件夹中",
    },
    "file.not_regular": {
        "en": "'{ref}' is not an ordinary file (a pipe, device or socket)",
        "zh": "“{ref}”不是普通文件（而是管道、设备或套接字）",
    },
    "file.not_regular.hint": {
        "en": "replace it with the real file",
        "zh": "请换成真正的文件",
    },
})
