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
MESSAGES.update({
    "classroom.locked": {
        "en": "the classroom package is still locked: enter the session passphrase first",
        "zh": "课堂包尚未解锁，请先输入课堂口令",
    },
    "classroom.cli.check_unauthenticated": {
        "en": "{path}: readable, but NOT authenticated — without the session passphrase nothing "
        "proves the trainer made it or that it is unchanged (claims to be course '{title}' "
        "({course_id}), made {created}); check it with --passphrase-file",
        "zh": "{path}：可以读取，但未经认证——没有课堂口令，无法证明它出自讲师之手且未被改动"
        "（自称课程“{title}”（{course_id}），制作于 {created}）；请加 --passphrase-file 检查",
    },
    "classroom.cli.check_authentic": {
        "en": "{path}: authentic and intact — course '{title}' ({course_id}), made {created}",
        "zh": "{path}：经口令认证，完好无损——课程“{title}”（{course_id}），制作于 {created}",
    },
})
MESSAGES.update({
    "passphrase.empty": {
        "en": "the passphrase is empty",
        "zh": "口令为空",
    },
    "passphrase.too_short": {
        "en": "the passphrase must have at least {minimum} characters (spaces inside count); "
        "a short sentence is easy to remember and hard to guess",
        "zh": "口令至少需要 {minimum} 个字符（中间的空格也算）；一句短语既好记又难猜",
    },
    "passphrase.too_common": {
        "en": "the passphrase is one of the most common passwords and would be guessed "
        "at once; choose a short sentence instead",
        "zh": "该口令属于最常见的密码，很快就会被猜中；请改用一句短语",
    },
})
