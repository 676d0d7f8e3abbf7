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
MESSAGES.update({
    "filename.path_too_long": {
        "en": "the path '{path}' has {length} characters; Windows PCs cannot open paths this "
        "long once the package is unpacked (limit {limit})",
        "zh": "路径“{path}”长 {length} 个字符，课堂包解开后 Windows 电脑无法打开这么长的路径"
        "（上限 {limit}）",
    },
    "filename.path_too_long.hint": {
        "en": "use shorter folder and file names",
        "zh": "请缩短文件夹名和文件名",
    },
    "filename.not_unicode": {
        "en": "the name '{part}' in '{path}' is not valid text",
        "zh": "“{path}”中的名称“{part}”不是有效的文字",
    },
    "filename.not_unicode.hint": {
        "en": "rename it on this computer, with ordinary letters or Chinese characters",
        "zh": "请在本机重新命名，使用普通字母或汉字",
    },
    "filename.bad_characters": {
        "en": "the name '{part}' in '{path}' contains characters Windows does not allow in "
        "file names ({characters})",
        "zh": "“{path}”中的名称“{part}”含有 Windows 文件名不允许的字符（{characters}）",
    },
    "filename.bad_characters.hint": {
        "en": "replace < > : \" \\ | ? * (e.g. write 时间-安排.md instead of 时间:安排.md)",
        "zh": "请替换 < > : \" \\ | ? * 这些字符（例如把“时间:安排.md”改为“时间-安排.md”）",
    },
    "filename.trailing": {
        "en": "the name '{part}' in '{path}' ends with a dot or a space, which Windows drops",
        "zh": "“{path}”中的名称“{part}”以点或空格结尾，Windows 会把它去掉",
    },
    "filename.trailing.hint": {
        "en": "remove the dot or space at the end of the name",
        "zh": "请删去名称末尾的点或空格",
    },
    "filename.reserved": {
        "en": "'{part}' in '{path}' is a reserved device name on Windows (CON, PRN, AUX, NUL, "
        "COM1–9, LPT1–9), even with an extension",
        "zh": "“{path}”中的“{part}”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1–9、"
        "LPT1–9），加了扩展名也不行",
    },
    "filename.reserved.hint": {
        "en": "rename it, e.g. con-lesson.md",
        "zh": "请改名，例如 con-lesson.md",
    },
    "filename.name_too_long": {
        "en": "the name '{part}' in '{path}' is longer than {limit} bytes",
        "zh": "“{path}”中的名称“{part}”超过 {limit} 字节",
    },
    "filename.name_too_long.hint": {
        "en": "use a shorter name",
        "zh": "请改用较短的名称",
    },
})
MESSAGES.update({
    "oserror.permission": {"en": "permission denied", "zh": "没有权限"},
    "oserror.read_only": {"en": "the disk or folder is read-only", "zh": "磁盘或文件夹是只读的"},
    "oserror.disk_full": {"en": "the disk is full", "zh": "磁盘已满"},
    "oserror.not_found": {"en": "not found", "zh": "找不到"},
    "oserror.name_too_long": {"en": "the name is too long", "zh": "名称太长"},
    "oserror.path": {
        "en": "cannot use {path}: {reason}",
        "zh": "无法使用 {path}：{reason}",
    },
    "oserror.folder": {
        "en": "cannot write into the folder {path}: {reason}; nothing was written — choose "
        "another folder or free some space",
        "zh": "无法写入文件夹 {path}：{reason}；未写入任何内容——请换一个文件夹或腾出空间",
    },
    "oserror.no_path": {"en": "a file operation failed: {reason}", "zh": "文件操作失败：{reason}"},
    "input.too_deep": {
        "en": "the input is nested too deeply to read (a damaged or hostile file?)",
        "zh": "输入内容嵌套太深，无法读取（文件可能已损坏或被恶意构造）",
    },
    "input.out_of_memory": {
        "en": "not enough memory for this input; it is too large (or hostile) — try a smaller "
        "file or close other programs",
        "zh": "内存不足：输入内容太大（或被恶意构造）——请换用较小的文件或关闭其他程序",
    },
    "database.unusable": {
        "en": "the results database cannot be used (damaged, or not a Courseware Studio "
        "store): {reason}",
        "zh": "成绩数据库无法使用（已损坏，或不是本软件的数据库）：{reason}",
    },
})
MESSAGES.update({
    "keys.unusable_trusted": {
        "en": "warning: skipped {path} in the trusted keys folder: {reason}",
        "zh": "警告：已跳过受信任密钥文件夹中的 {path}：{reason}",
    },
})
MESSAGES.update({
    "question.too_many": {
        "en": "question {id} has {count} {what}; at most {limit} are allowed",
        "zh": "题目 {id} 有 {count} 个 {what}，最多允许 {limit} 个",
    },
    "question.too_many.hint": {
        "en": "split it into several questions",
        "zh": "请拆成几道题",
    },
})
MESSAGES.update({
    "question.part.options": {"en": "options", "zh": "选项"},
    "question.part.items": {"en": "items to order", "zh": "排序项"},
    "question.part.pairs": {"en": "pairs", "zh": "配对"},
    "question.part.distractors": {"en": "extra answers", "zh": "干扰项"},
    "question.part.nodes": {"en": "scenario steps", "zh": "情景节点"},
    "question.part.choices": {"en": "choices at one step", "zh": "单个节点的选项"},
})
MESSAGES.update({
    "database.nul_character": {
        "en": "the data holds a NUL character (code 0), which PostgreSQL cannot store; nothing "
        "was imported — the file was probably made by another program or damaged",
        "zh": "数据中含有 PostgreSQL 无法保存的空字符（编码 0），未导入任何内容——"
        "该文件可能由其他程序生成或已损坏",
    },
})
