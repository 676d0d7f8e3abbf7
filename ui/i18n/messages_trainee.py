"""Trainee mode's messages (Simplified Chinese and English)."""

MESSAGES: dict[str, dict[str, str]] = {
    "trainee.window_title": {"en": "Courseware Studio — classroom",
                             "zh": "Courseware Studio——课堂"},
    "trainee.signin.title": {"en": "Sign in", "zh": "签到"},
    "trainee.signin.pick_name": {"en": "Choose your name", "zh": "请选择你的姓名"},
    "trainee.signin.or_id": {"en": "or type your employee id", "zh": "或输入工号"},
    "trainee.signin.id_placeholder": {"en": "Employee id", "zh": "工号"},
    "trainee.signin.button": {"en": "Sign in", "zh": "签到进入"},
    "trainee.signed_in_as": {"en": "Signed in: {name}", "zh": "学员：{name}"},
    "trainee.sign_out": {"en": "Sign out", "zh": "退出登录"},
    "trainee.trainer": {"en": "Trainer…", "zh": "讲师…"},
    "trainee.home.title": {"en": "Course contents", "zh": "课程目录"},
    "trainee.home.open": {"en": "Open", "zh": "打开"},
    "trainee.home.progress": {"en": "{done} of {total} done", "zh": "已完成 {done}/{total}"},
    "trainee.home.introduction": {"en": "Introduction", "zh": "课程导言"},
    "trainee.home.final_exam": {"en": "Final exam", "zh": "结业考试"},
    "trainee.item.lesson": {"en": "Lesson", "zh": "课程"},
    "trainee.item.case": {"en": "Case study", "zh": "案例"},
    "trainee.item.quiz": {"en": "Quiz", "zh": "测验"},
    "trainee.item.done": {"en": "done", "zh": "已完成"},
    "trainee.back": {"en": "Back to contents", "zh": "返回目录"},
    "trainee.quiz.start": {"en": "Start the quiz", "zh": "开始答题"},
    "trainee.quiz.resume": {"en": "Continue the quiz", "zh": "继续答题"},
    "trainee.quiz.intro": {
        "en": "{count} questions. Time limit: {limit}. Attempts left: {left}. Pass mark: {pass_}%.",
        "zh": "共 {count} 题。时间限制：{limit}。剩余作答次数：{left}。合格线：{pass_}%。",
    },
    "trainee.quiz.no_limit": {"en": "none", "zh": "不限时"},
    "trainee.quiz.minutes": {"en": "{n} minutes", "zh": "{n} 分钟"},
    "trainee.quiz.unlimited": {"en": "unlimited", "zh": "不限"},
    "trainee.quiz.no_attempts": {
        "en": "You have used every attempt at this quiz.",
        "zh": "本测验的作答次数已用完。",
    },
    "trainee.quiz.time_left": {"en": "Time left {time}", "zh": "剩余时间 {time}"},
    "trainee.quiz.page": {"en": "Page {page} of {pages}", "zh": "第 {page}/{pages} 页"},
    "trainee.quiz.previous": {"en": "◀ Previous", "zh": "◀ 上一页"},
    "trainee.quiz.next": {"en": "Next ▶", "zh": "下一页 ▶"},
    "trainee.quiz.submit": {"en": "Submit…", "zh": "交卷…"},
    "trainee.quiz.navigator": {"en": "Questions", "zh": "题目导航"},
    "trainee.quiz.legend": {
        "en": "Blue: answered · Orange border: flagged",
        "zh": "蓝色：已作答 · 橙色边框：已标记",
    },
    "trainee.quiz.saved": {"en": "Saved {time}", "zh": "已保存 {time}"},
    "trainee.quiz.warning": {
        "en": "{minutes} minute(s) left. The quiz is submitted automatically when time runs out.",
        "zh": "还剩 {minutes} 分钟。时间一到，系统将自动交卷。",
    },
    "trainee.quiz.time_up": {
        "en": "Time is up: your answers have been submitted.",
        "zh": "时间到，你的答卷已自动提交。",
    },
    "trainee.submit.title": {"en": "Submit the quiz?", "zh": "确认交卷？"},
    "trainee.submit.all_answered": {
        "en": "You answered all {total} questions.",
        "zh": "{total} 道题已全部作答。",
    },
    "trainee.submit.unanswered": {
        "en": "{count} of {total} questions are not answered: {numbers}.",
        "zh": "共 {total} 题，还有 {count} 题未作答：第 {numbers} 题。",
    },
    "trainee.submit.flagged": {
        "en": "Flagged for review: {numbers}.",
        "zh": "标记待检查：第 {numbers} 题。",
    },
    "trainee.submit.final": {
        "en": "After submitting you cannot change your answers.",
        "zh": "交卷后不能再修改答案。",
    },
    "trainee.submit.confirm": {"en": "Submit", "zh": "交卷"},
    "trainee.submit.cancel": {"en": "Keep working", "zh": "继续作答"},
    "trainee.results.title": {"en": "Your result", "zh": "你的成绩"},
    "trainee.results.certificate": {
        "en": "Congratulations, you passed. Your trainer will issue your certificate: {title}.",
        "zh": "恭喜你通过考核！讲师将为你颁发证书：{title}。",
    },
    "trainee.scenario.you": {"en": "You", "zh": "你"},
    "trainee.scenario.customer": {"en": "Situation", "zh": "情境"},
    "trainee.scenario.choose": {"en": "What do you do?", "zh": "你会怎么做？"},
    "trainee.scenario.ending": {"en": "Outcome", "zh": "结局"},
    "trainee.password.title": {"en": "Trainer password", "zh": "讲师密码"},
    "trainee.password.prompt": {
        "en": "Only the trainer may leave trainee mode. Trainer password:",
        "zh": "只有讲师可以退出学员模式。请输入讲师密码：",
    },
    "trainee.password.wrong": {"en": "Wrong password.", "zh": "密码不正确。"},
    "trainee.password.set_title": {"en": "Set the trainer password", "zh": "设置讲师密码"},
    "trainee.password.set_prompt": {
        "en": "No trainer password is set on this PC. Choose one (needed to leave trainee mode):",
        "zh": "本机尚未设置讲师密码。请设置一个（退出学员模式时需要）：",
    },
    "trainee.password.again": {"en": "Again:", "zh": "再次输入："},
    "trainee.password.mismatch": {"en": "The two entries differ.", "zh": "两次输入不一致。"},
    "trainee.passphrase.title": {"en": "Unlock the classroom package", "zh": "解锁课堂包"},
    "trainee.passphrase.prompt": {
        "en": "Trainer: type the session passphrase of “{title}”.",
        "zh": "请讲师输入课程“{title}”的课堂口令。",
    },
    "trainee.ok": {"en": "OK", "zh": "确定"},
    "trainee.cancel": {"en": "Cancel", "zh": "取消"},
    "trainee.store_error": {
        "en": "The results database cannot be used: {error}",
        "zh": "无法使用成绩数据库：{error}",
    },
    "trainee.reading_done": {"en": "Mark as read", "zh": "标记为已读"},
    # the trainer menu (after the trainer password)
    "trainee.menu.title": {"en": "Trainer menu", "zh": "讲师菜单"},
    "trainee.menu.database": {"en": "Results database: {url}", "zh": "成绩数据库：{url}"},
    "trainee.menu.local_store": {"en": "this PC's own store", "zh": "本机成绩库"},
    "trainee.menu.export": {"en": "Export results file…", "zh": "导出成绩文件…"},
    "trainee.menu.export_hint": {
        "en": "For a PC without a network: a signed file for the trainer's console",
        "zh": "供无网络的电脑使用：生成签名成绩文件，交讲师控制台导入",
    },
    "trainee.menu.change_database": {"en": "Results database…", "zh": "成绩数据库…"},
    "trainee.menu.change_database_hint": {
        "en": "Show, test or change where this PC keeps results",
        "zh": "查看、测试或更改本机成绩的保存位置",
    },
    "trainee.menu.leave": {"en": "Leave trainee mode", "zh": "退出学员模式"},
    "trainee.menu.leave_hint": {
        "en": "Close the kiosk on this PC (answers given are saved)",
        "zh": "关闭本机的学员模式（已作答内容均已保存）",
    },
    "trainee.menu.back": {"en": "Back to the class", "zh": "返回课堂"},
    # exporting a results file
    "trainee.export.title": {"en": "Export results file", "zh": "导出成绩文件"},
    "trainee.export.filter": {"en": "Results files (*{suffix})", "zh": "成绩文件 (*{suffix})"},
    "trainee.export.working": {"en": "Writing the results file…", "zh": "正在写入成绩文件…"},
    "trainee.export.done": {
        "en": "Attempts written: {count}\nFile: {file}",
        "zh": "已写入作答记录：{count} 次\n文件：{file}",
    },
    "trainee.export.kept": {
        "en": "Nothing was lost: the results are still in this PC's store. "
              "Choose another folder or stick and export again.",
        "zh": "成绩没有丢失，仍保存在本机成绩库中。请换一个文件夹或 U 盘后重新导出。",
    },
    "trainee.export.read_only": {
        "en": "Cannot write to {folder}: the folder or stick is read-only or not writable.",
        "zh": "无法写入 {folder}：该文件夹或 U 盘是只读的，或没有写入权限。",
    },
    "trainee.export.disk_full": {
        "en": "Cannot write to {folder}: the disk or stick is full.",
        "zh": "无法写入 {folder}：磁盘或 U 盘空间已满。",
    },
    "trainee.export.failed": {
        "en": "The results file could not be written: {error}",
        "zh": "成绩文件未能写入：{error}",
    },
    # the results database
    "trainee.db.title": {"en": "Results database", "zh": "成绩数据库"},
    "trainee.db.current": {"en": "In use now: {url}", "zh": "当前使用：{url}"},
    "trainee.db.new": {"en": "Database address:", "zh": "数据库地址："},
    "trainee.db.placeholder": {
        "en": "e.g. {example} — empty: this PC's own store",
        "zh": "例如 {example}；留空表示使用本机成绩库",
    },
    "trainee.db.test": {"en": "Test connection", "zh": "测试连接"},
    "trainee.db.switch": {"en": "Save and switch", "zh": "保存并切换"},
    "trainee.db.close": {"en": "Close", "zh": "关闭"},
    "trainee.db.testing": {"en": "Connecting to the database…", "zh": "正在连接数据库…"},
    "trainee.db.reachable": {"en": "Connection works: {url}", "zh": "连接成功：{url}"},
    "trainee.db.switched": {
        "en": "This PC now keeps results in {url}.",
        "zh": "本机的成绩现在保存到 {url}。",
    },
    "trainee.db.unchanged": {
        "en": "{error}\nNothing was changed: this PC still uses {url}.",
        "zh": "{error}\n未作任何更改，本机仍使用 {url}。",
    },
    "trainee.db.busy": {
        "en": "{name} is taking a quiz. Sign them out first (their answers are saved), "
              "then switch.",
        "zh": "学员 {name} 正在答题。请先退出其登录（已作答内容均已保存），再切换数据库。",
    },
    "trainee.db.signs_out": {
        "en": "Switching signs {name} out.",
        "zh": "切换时将退出学员 {name} 的登录。",
    },
}
