"""Messages of the first-run papercuts: labelled ``info``, the signing-key notice."""

MESSAGES: dict[str, dict[str, str]] = {
    "info.module_line": {
        "en": "{id} {title}: {lessons} lessons · {cases} case studies · {questions} questions",
        "en_one": "{id} {title}: {lessons} lessons · {cases} case studies · 1 question",
        "zh": "{id} {title}：课节 {lessons} · 案例 {cases} · 题目 {questions}",
    },
    "info.quiz_line": {
        "en": "quiz {id} “{title}”: {count} questions",
        "en_one": "quiz {id} “{title}”: 1 question",
        "zh": "测验 {id}「{title}」：{count} 道题",
    },
    "info.quiz_draw_line": {
        "en": "quiz {id} “{title}”: {count} questions drawn for each trainee",
        "en_one": "quiz {id} “{title}”: 1 question drawn for each trainee",
        "zh": "测验 {id}「{title}」：每人抽取 {count} 道题",
    },
    "info.quiz_bank_line": {
        "en": "quiz {id} “{title}”: {count} questions drawn for each trainee from its own "
              "bank of {bank}",
        "zh": "测验 {id}「{title}」：从本测验的 {bank} 道题库中为每人抽取 {count} 道题",
    },
    "info.final_exam": {"en": "Final exam: {quiz}", "zh": "结业考试：{quiz}"},
    "info.by_module": {"en": "Modules and their quizzes", "zh": "各模块及其测验"},
    "keys.created_notice": {
        "en": "A new certificate signing key was created in {path}. Every certificate you issue "
              "is signed with it: back this folder up (and keep it private); with a lost key, "
              "new certificates cannot be checked against the old public key.",
        "zh": "已在 {path} 新建证书签名密钥。今后签发的每份证书都用它签名："
              "请备份该文件夹并妥善保密；密钥丢失后，新证书将无法用原公钥核验。",
    },
}
