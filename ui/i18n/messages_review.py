"""The 质量建议 (item-quality findings) group beside the problems panel."""

MESSAGES: dict[str, dict[str, str]] = {
    "review_panel.group": {"zh": "质量建议（{count}）", "en": "Quality suggestions ({count})"},
    "review_panel.count": {"zh": "{problems}另有质量建议 {count} 条，仅供参考，不影响课程有效性。",
                           "en": "{problems} Also {count} quality suggestions: advice only, "
                                 "the course stays valid."},
    "review_panel.where": {"zh": "文件 / 位置", "en": "File / place"},
    "review_panel.tip": {"zh": "{title}\n原因：{why}\n改法：{fix}",
                         "en": "{title}\nWhy: {why}\nFix: {fix}"},
}
