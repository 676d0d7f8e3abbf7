"""Messages of the classroom package, kiosk password, sign-in and classroom commands."""

MESSAGES: dict[str, dict[str, str]] = {
    "classroom.not_found": {
        "en": "classroom package not found: {path}",
        "zh": "找不到课堂包：{path}",
    },
    "classroom.not_a_package": {
        "en": "{path} is not a classroom package (or it is damaged beyond reading)",
        "zh": "{path} 不是课堂包（或已损坏到无法读取）",
    },
    "classroom.corrupt": {
        "en": "the classroom package is damaged ({detail}); copy it again from the trainer",
        "zh": "课堂包已损坏（{detail}），请重新从讲师处复制",
    },
    "classroom.tampered": {
        "en": "the classroom package has been altered since the trainer made it; "
        "it will not be used",
        "zh": "课堂包在讲师制作之后被改动过，系统拒绝使用",
    },
    "classroom.wrong_passphrase": {
        "en": "wrong passphrase for this classroom package",
        "zh": "课堂包口令不正确",
    },
    "classroom.passphrase_mismatch": {
        "en": "the two passphrases differ",
        "zh": "两次输入的口令不一致",
    },
    "classroom.unsafe_member": {
        "en": "the classroom package holds an unsafe entry '{name}' ({reason}); it will not "
        "be opened",
        "zh": "课堂包中含有不安全的条目“{name}”（{reason}），系统拒绝打开",
    },
    "classroom.reason.absolute": {"en": "absolute path", "zh": "绝对路径"},
    "classroom.reason.parent": {"en": "leads outside the folder", "zh": "指向文件夹之外"},
    "classroom.reason.drive": {"en": "drive letter", "zh": "含盘符"},
    "classroom.reason.symlink": {"en": "symbolic link", "zh": "符号链接"},
    "classroom.reason.duplicate": {"en": "listed twice", "zh": "重复出现"},
    "classroom.reason.name": {"en": "invalid name", "zh": "名称不合法"},
    "classroom.too_large": {
        "en": "the classroom package is too large or holds too many entries ({detail})",
        "zh": "课堂包过大或条目过多（{detail}）",
    },
    "classroom.newer_format": {
        "en": "the classroom package was made by a newer version (format {found}); "
        "update Courseware Studio",
        "zh": "课堂包由更新版本制作（格式 {found}），请升级 Courseware Studio",
    },
    "classroom.detail.checksum": {
        "en": "'{name}' does not match its checksum",
        "zh": "“{name}”与校验值不符",
    },
    "classroom.detail.missing": {"en": "'{name}' is missing", "zh": "缺少“{name}”"},
    "classroom.detail.unexpected": {
        "en": "unexpected entry '{name}'",
        "zh": "出现了清单之外的条目“{name}”",
    },
    "classroom.detail.manifest": {"en": "unreadable manifest", "zh": "清单无法读取"},
    "classroom.detail.course": {"en": "the course cannot be read", "zh": "课程无法读取"},
    "classroom.detail.zip": {"en": "unreadable archive", "zh": "压缩包无法读取"},
    "classroom.course_invalid": {
        "en": "the course has problems; fix them before packaging ({count} problems)",
        "zh": "课程存在问题，请先修正再打包（共 {count} 个问题）",
    },
    # CLI
    "classroom.cli.passphrase_prompt": {
        "en": "Session passphrase: ",
        "zh": "课堂口令：",
    },
    "classroom.cli.passphrase_again": {
        "en": "Passphrase again: ",
        "zh": "再次输入口令：",
    },
    "classroom.cli.passphrase_file_empty": {
        "en": "the passphrase file is empty: {path}",
        "zh": "口令文件是空的：{path}",
    },
    "classroom.cli.passphrase_option_risk": {
        "en": "warning: a passphrase given on the command line can be seen by other users "
        "and stays in the shell history; prefer --passphrase-file",
        "zh": "警告：在命令行中给出的口令可能被其他用户看到并留在命令历史中，"
        "建议使用 --passphrase-file",
    },
    "classroom.cli.packaged": {
        "en": "classroom package written: {path} ({members} entries, {size} KB)",
        "zh": "课堂包已生成：{path}（{members} 个条目，{size} KB）",
    },
    "classroom.cli.check_unlocked": {
        "en": "passphrase correct: {quizzes} quizzes, {questions} questions with answer keys",
        "zh": "口令正确：{quizzes} 个测验、{questions} 道题含答案",
    },
    "classroom.cli.building": {"en": "Packaging", "zh": "打包中"},
    # kiosk password
    "classroom.kiosk.password_too_short": {
        "en": "the trainer password must have at least {minimum} characters",
        "zh": "讲师密码至少需要 {minimum} 个字符",
    },
    "classroom.kiosk.bad_record": {
        "en": "the stored trainer password record is damaged",
        "zh": "已保存的讲师密码记录已损坏",
    },
    "classroom.cli.kiosk_password_prompt": {
        "en": "Trainer password: ",
        "zh": "讲师密码：",
    },
    "classroom.cli.kiosk_password_set": {
        "en": "trainer password saved to {path}",
        "zh": "讲师密码已保存到 {path}",
    },
    # sign-in
    "classroom.signin.empty": {
        "en": "type your employee id or choose your name",
        "zh": "请输入工号或选择姓名",
    },
    "classroom.signin.unknown_id": {
        "en": "employee id {employee_id} is not on the class roster",
        "zh": "工号 {employee_id} 不在本班名单中",
    },
    "classroom.signin.bad_id": {
        "en": "an employee id has 1–32 letters, digits, '-' or '_'",
        "zh": "工号由 1–32 个字母、数字、“-”或“_”组成",
    },
}
