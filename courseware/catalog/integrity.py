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
    # certificates: placeholders
    "certs.issuer_placeholder": {
        "en": "the certificate issuer is empty or still a placeholder (“{issuer}”); certificates "
              "are permanent records. Give the real name with --issuer, or fill in the course "
              "settings' Issuer field (course.yaml: certificate.issuer)",
        "zh": "证书的颁发机构为空或仍是占位文字（“{issuer}”）；证书一经签发即永久记录。"
              "请用 --issuer 指定真实名称，或在课程设置的“颁发机构”中填写"
              "（course.yaml：certificate.issuer）",
    },
    "certs.organisation_placeholder": {
        "en": "the organisation name given with --organisation is a placeholder (“{text}”); "
              "give the real name or leave the option out (the issuer is printed then)",
        "zh": "--organisation 给出的机构名称是占位文字（“{text}”）；请填写真实名称，"
              "或不用此选项（将印上颁发机构）",
    },
    "certs.issuer_refused": {
        "en": "the certificate issuer is empty or still a placeholder (“{issuer}”): fill in the "
              "course settings' Issuer field (course.yaml: certificate.issuer) before issuing",
        "zh": "证书的颁发机构为空或仍是占位文字（“{issuer}”）：请先在课程设置的“颁发机构”中填写"
              "（course.yaml：certificate.issuer）再签发",
    },
    "certs.issuer_placeholder_warning": {
        "en": "warning: the certificate issuer “{issuer}” is a placeholder; certificates "
              "cannot be issued until it is the organisation's real name",
        "zh": "注意：证书颁发机构“{issuer}”是占位文字，填写真实的机构名称后才能签发证书",
    },
    "certs.issuer_placeholder_warning.hint": {
        "en": "fill in certificate.issuer, or give --issuer when issuing",
        "zh": "填写 certificate.issuer，或在签发时用 --issuer 指定",
    },
    # certificates: issuing again
    "certs.already_held": {
        "en": "{name} ({id}) already holds certificate {number} for this course",
        "zh": "{name}（{id}）已持有本课程的证书 {number}",
    },
    "certs.all_hold": {
        "en": "everyone listed already holds a certificate for this course; nothing issued. "
              "Use --reissue to issue replacements that name the certificates they replace",
        "zh": "名单上的每个人都已持有本课程的证书，未签发新证书。如需补发，请加 --reissue，"
              "新证书会注明它替换的证书",
    },
    "certs.skipped_holders": {
        "en": "{count} already hold a certificate for this course and were left out "
              "(--reissue issues replacements)",
        "zh": "{count} 人已持有本课程的证书，未再签发（如需补发请加 --reissue）",
    },
    "certs.reissued": {
        "en": "{count} certificates issued as replacements; each names the one it replaces",
        "zh": "已补发 {count} 份证书，每份都注明它替换的证书",
    },
    # results import
    "results_import.conflicts": {
        "en": "{count} people in the file have an employee id (or id) that the roster gives to "
              "someone of another name; nothing was imported:\n{lines}\n"
              "Choose how to resolve it with --on-conflict {choices}",
        "zh": "文件中有 {count} 人的工号（或编号）在名单中属于另一个名字的人，未导入任何内容：\n"
              "{lines}\n请用 --on-conflict {choices} 选择处理方式",
    },
    "results_import.other_course": {
        "en": "attempt {attempt} belongs to course {course}, not to {expected}: not imported",
        "zh": "答题记录 {attempt} 属于课程 {course}，不属于 {expected}：未导入",
    },
    "results_import.unknown_quiz": {
        "en": "attempt {attempt} is at quiz {quiz}, which this course does not have "
              "(or with questions it does not have): not imported",
        "zh": "答题记录 {attempt} 所属的测验 {quiz} 不在本课程中（或含本课程没有的题目）：未导入",
    },
    "results_import.unknown_trainee": {
        "en": "attempt {attempt} names trainee {trainee}, who is neither in the file nor on "
              "the roster: not imported",
        "zh": "答题记录 {attempt} 的学员 {trainee} 既不在文件中也不在名单上：未导入",
    },
    "results_import.skipped_person": {
        "en": "attempt {attempt} is by a person left out (--on-conflict skip): not imported",
        "zh": "答题记录 {attempt} 的学员按 --on-conflict skip 被略过：未导入",
    },
    "cli.results.course_needed": {
        "en": "give the course folder with --course PATH: imported attempts are placed in it "
              "and regraded from its answer keys",
        "zh": "请用 --course 路径 指定课程文件夹：导入的答题记录归入该课程，并按其答案重新评分",
    },
    "cli.results.conflicts_resolved": {
        "en": "{count} name conflicts resolved as asked ({how})",
        "zh": "已按要求处理 {count} 处姓名冲突（{how}）",
    },
    "cli.results.refused": {
        "en": "{count} attempts refused:",
        "zh": "{count} 条答题记录被拒绝：",
    },
}
