"""Messages of the screen gallery (python -m ui.gallery)."""

MESSAGES = {
    "gallery.out_unusable": {
        "en": "Cannot write the gallery to {folder}: {reason}",
        "zh": "无法把截图写入 {folder}：{reason}",
    },
    "gallery.summary": {
        "en": "{screens} screens, {problems} problems ({kinds}) -> {report}",
        "zh": "{screens} 个界面，{problems} 个问题（{kinds}）-> {report}",
    },
    "gallery.no_problems": {"en": "none", "zh": "无"},
}
