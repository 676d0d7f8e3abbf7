"""Messages of the export commands (handouts, quiz papers) in both languages."""

MESSAGES: dict[str, dict[str, str]] = {
    "export.handout.progress": {"en": "Writing handout", "zh": "正在生成讲义"},
    "export.quiz_paper.progress": {"en": "Writing quiz paper", "zh": "正在生成试卷"},
    "export.written": {"en": "wrote {path}", "zh": "已生成 {path}"},
    "export.unknown_module": {
        "en": "the course has no module '{id}' (modules: {choices})",
        "zh": "课程中没有模块“{id}”（现有模块：{choices}）",
    },
    "export.unknown_quiz": {
        "en": "the course has no quiz '{id}' (quizzes: {choices})",
        "zh": "课程中没有测验“{id}”（现有测验：{choices}）",
    },
    "export.logo_missing": {"en": "logo file not found: {path}", "zh": "找不到标志图片：{path}"},
    "export.cannot_write": {"en": "cannot write {path}: {error}", "zh": "无法写入 {path}：{error}"},
    "export.cancelled": {"en": "cancelled; no file was written", "zh": "已取消，未生成文件"},
}
