"""Messages of the large, calm, one-click trainee mode (sign-in search, text size, reader
navigation, results banner, unsaved answers) and of the question card it shares with the
preview (essay length, review marks)."""

MESSAGES: dict[str, dict[str, str]] = {
    # the question card (preview and kiosk)
    "preview.essay_count": {"en": "{count} characters", "zh": "已写 {count} 字"},
    "preview.essay_wanted": {"en": " (asked for: {low}–{high})",
                             "zh": "（要求 {low}–{high} 字）"},
    "preview.keys_hint": {
        "en": "Keys 1–{n} choose an option",
        "zh": "可按数字键 1–{n} 选择选项",
    },
    "review.mark.right": {"en": "✓ Right", "zh": "✓ 正确"},
    "review.mark.wrong": {"en": "✗ Wrong", "zh": "✗ 错误"},
    "review.mark.partial": {"en": "◐ Partly right", "zh": "◐ 部分正确"},
    "review.mark.pending": {"en": "… Waiting for grading", "zh": "… 待评分"},
    # sign-in
    "trainee.signin.search": {
        "en": "Search: name, pinyin, initials or employee id",
        "zh": "搜索：姓名、拼音、首字母或工号",
    },
    "trainee.signin.hint": {
        "en": "Click your name, then “Sign in”. Or type your employee id.",
        "zh": "点一下你的姓名，再点“签到进入”；也可以直接输入工号。",
    },
    "trainee.signin.none_found": {
        "en": "No name matches “{text}”. Check the spelling or type your employee id.",
        "zh": "没有找到“{text}”。请检查拼写，或输入工号。",
    },
    "trainee.signin.choose_first": {
        "en": "Click your name in the list first, or type your employee id.",
        "zh": "请先在名单中点一下你的姓名，或输入工号。",
    },
    "trainee.signin.confirm_title": {"en": "Sign in", "zh": "确认身份"},
    "trainee.signin.confirm": {"en": "Are you {name}?", "zh": "你是{name}吗？"},
    "trainee.signin.confirm_detail": {"en": "Employee id: {id}", "zh": "工号：{id}"},
    "trainee.signin.yes": {"en": "Yes, sign me in", "zh": "是，进入"},
    "trainee.signin.no": {"en": "No", "zh": "不是"},
    # the top bar
    "trainee.text.smaller": {"en": "A−", "zh": "A−"},
    "trainee.text.larger": {"en": "A+", "zh": "A+"},
    "trainee.text.smaller_name": {"en": "Smaller text", "zh": "缩小文字"},
    "trainee.text.larger_name": {"en": "Larger text", "zh": "放大文字"},
    # the contents
    "trainee.home.continue": {"en": "Continue: {title}", "zh": "继续学习：{title}"},
    "trainee.home.all_done": {
        "en": "You have finished every item of this course.",
        "zh": "本课程的全部内容你都已完成。",
    },
    "trainee.home.where": {
        "en": "Click an item to open it. ✓ marks what you have finished.",
        "zh": "点一下条目即可打开。✓ 表示已完成。",
    },
    "trainee.home.overall": {"en": "Overall: {done} of {total} done",
                             "zh": "总进度：已完成 {done}/{total}"},
    # the reader
    "trainee.reader.previous": {"en": "◀ Previous", "zh": "◀ 上一课"},
    "trainee.reader.next": {"en": "Next ▶", "zh": "下一课 ▶"},
    "trainee.reader.position": {"en": "{module} · item {n} of {total}",
                                "zh": "{module} · 第 {n}/{total} 项"},
    "trainee.reader.next_is": {"en": "Next: {title}", "zh": "下一项：{title}"},
    "trainee.reader.last": {"en": "This is the last item.", "zh": "这是最后一项。"},
    "trainee.reader.course": {"en": "Course", "zh": "课程"},
    # the quiz page
    "trainee.quiz.unsaved": {
        "en": "Not saved: question {numbers}. Your answer is kept on this screen and saved "
              "again every few seconds. Do not switch the PC off; tell your trainer.",
        "zh": "未保存：第 {numbers} 题。答案仍保留在本机屏幕上，系统每隔几秒自动重试保存。"
              "请不要关机，并告诉讲师。",
    },
    "trainee.quiz.saved_again": {
        "en": "Saved again {time}: every answer is kept.",
        "zh": "已重新保存 {time}：全部答案均已保存。",
    },
    "trainee.quiz.submit_unsaved": {
        "en": "Some answers are not saved yet (question {numbers}). The quiz can be submitted "
              "once they are saved. Tell your trainer.",
        "zh": "还有答案尚未保存（第 {numbers} 题），保存后才能交卷。请告诉讲师。",
    },
    "trainee.quiz.submit_failed": {
        "en": "The quiz could not be submitted: the results database cannot be written. "
              "Your answers are kept on this screen; try again or tell your trainer.",
        "zh": "无法交卷：成绩数据库暂时无法写入。答案仍保留在本机屏幕上，请稍后重试或告诉讲师。",
    },
    "trainee.quiz.leave_unsaved": {
        "en": "Some answers are not saved yet (question {numbers}). Leaving now loses them. "
              "Stay and let the PC try again?",
        "zh": "还有答案尚未保存（第 {numbers} 题），现在离开会丢失这些答案。留在本页继续重试吗？",
    },
    "trainee.quiz.not_saved": {"en": "not saved", "zh": "未保存"},
    "trainee.quiz.stay": {"en": "Stay", "zh": "留下"},
    "trainee.quiz.leave_anyway": {"en": "Leave anyway", "zh": "仍然离开"},
    # results
    "trainee.results.score": {"en": "{score} / {max} points", "zh": "{score} / {max} 分"},
    "trainee.results.percent": {"en": "{percent}%", "zh": "{percent}%"},
    "trainee.results.so_far": {"en": "So far: {score} / {max} points",
                               "zh": "目前得分：{score} / {max} 分"},
    "trainee.results.so_far_points": {"en": "So far: {score} points",
                                      "zh": "目前得分：{score} 分"},
    "trainee.results.passed": {"en": "Passed", "zh": "合格"},
    "trainee.results.failed": {"en": "Not passed", "zh": "未合格"},
    "trainee.results.pending": {
        "en": "Essay answers are waiting for grading",
        "zh": "简答题待评分",
    },
    "trainee.results.pending_detail": {
        "en": "Your answers are submitted. The final result follows when the trainer has "
              "graded the essays.",
        "zh": "答卷已提交。讲师评完简答题后，即可看到最终成绩。",
    },
    "trainee.results.hidden": {
        "en": "Your answers are submitted. The trainer will tell you your result.",
        "zh": "答卷已提交。成绩将由讲师公布。",
    },
    "trainee.results.next": {"en": "What next: back to the contents",
                             "zh": "下一步：返回目录继续学习"},
}
