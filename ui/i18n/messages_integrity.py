"""Text of the data-integrity rules in the trainer console (results import conflicts)."""

MESSAGES: dict[str, dict[str, str]] = {
    "console.conflict.title": {"en": "Names do not match", "zh": "姓名不一致"},
    "console.conflict.question": {
        "en": "The roster gives these employee ids to people of other names (file ≠ roster):\n"
              "{lines}\n\nHow should their results be imported?",
        "zh": "名单中这些工号属于另一个名字的人（文件 ≠ 名单）：\n{lines}\n\n这些成绩如何导入？",
    },
    "console.conflict.keep-existing": {
        "en": "Same person — keep the roster's name",
        "zh": "是同一人——保留名单上的姓名",
    },
    "console.conflict.use-file": {
        "en": "Same person — correct the roster to the file's name",
        "zh": "是同一人——把名单上的姓名改为文件中的",
    },
    "console.conflict.new-person": {
        "en": "Someone else — add them to the roster (without the employee id)",
        "zh": "是另一个人——加入名单（不带该工号）",
    },
    "console.conflict.skip": {
        "en": "Do not import their results",
        "zh": "不导入他们的成绩",
    },
    "console.conflict.cancelled": {
        "en": "{file} was not imported: {count} employee ids belong to people of other names",
        "zh": "{file} 未导入：有 {count} 个工号在名单中属于另一个名字的人",
    },
    "console.certs.all_hold": {
        "en": "Everyone who passed ({count}) already holds a certificate for this course; "
              "nothing issued.",
        "zh": "通过的 {count} 人都已持有本课程的证书，未签发新证书。",
    },
    "console.certs.held": {
        "en": " ({count} already held one and were left out)",
        "en_one": " (1 already held one and was left out)",
        "zh": "（{count} 人已持有证书，未再签发）",
    },
}
