"""Messages of issue #11's data-integrity rules: course scope, stale copies, results import
matching, certificate issuer placeholders and reissues."""

MESSAGES: dict[str, dict[str, str]] = {
    "engine.attempt_changed": {
        "en": "this attempt was changed on another PC meanwhile; it has been read again",
        "zh": "本次答题已在另一台电脑上被修改，已重新读取",
    },
    "cli.results.quiz_in_courses": {
        "en": "quiz {quiz} exists in several courses of this store ({courses}); "
              "say which with --course ID",
        "zh": "此成绩库中有多门课程都有测验 {quiz}（{courses}），请用 --course 课程ID 指明是哪一门",
    },
}
