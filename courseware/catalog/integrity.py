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
}
