"""Certificate messages (verify, keys, export certificates) and the printed labels."""

MESSAGES: dict[str, dict[str, str]] = {
    # verify
    "verify.genuine": {
        "en": "GENUINE: certificate {number} for {name}, {course}, completed {date}{result}",
        "zh": "真实有效：证书 {number}，{name}，{course}，完成日期 {date}{result}",
    },
    "verify.genuine_replaced": {
        "en": "GENUINE but REPLACED by {replaced_by}: certificate {number} for {name}, {course}, "
        "completed {date}{result}",
        "zh": "真实但已被 {replaced_by} 取代：证书 {number}，{name}，{course}，"
        "完成日期 {date}{result}",
    },
    "verify.result": {"en": ", result {result}", "zh": "，成绩 {result}"},
    "verify.issuer": {"en": "  issued by {issuer} on {issued_at} (code {code})",
                      "zh": "  颁发机构：{issuer}，颁发时间 {issued_at}（验证码 {code}）"},
    "verify.not_a_certificate": {
        "en": "NOT GENUINE: this is not a certificate code or file",
        "zh": "不是真实证书：这不是证书验证码或证书文件",
    },
    "verify.unknown_key": {
        "en": "NOT GENUINE: signed with a key that is not trusted here ({name}, {number})",
        "zh": "无法确认真伪：签名所用的密钥未被信任（{name}，{number}）",
    },
    "verify.unknown_key.hint": {
        "en": "import the issuer's public key with 'keys import FILE' and try again",
        "zh": "请用“keys import 文件”导入颁发机构的公钥后重试",
    },
    "verify.bad_signature": {
        "en": "NOT GENUINE: the signature does not match — the certificate was altered "
        "({name}, {number})",
        "zh": "不是真实证书：签名不符，证书内容已被改动（{name}，{number}）",
    },
    "verify.unknown_code": {
        "en": "NOT GENUINE: no certificate with code {code} in the local registry",
        "zh": "不是真实证书：本机登记簿中没有验证码为 {code} 的证书",
    },
    "verify.no_payload_in_pdf": {
        "en": "NOT GENUINE: the PDF carries no certificate signature",
        "zh": "不是真实证书：该 PDF 不含证书签名",
    },
    "verify.unreadable": {"en": "cannot read {path}: {error}", "zh": "无法读取 {path}：{error}"},
    "verify.summary": {
        "en": "{genuine} of {total} certificates genuine",
        "zh": "{total} 份证书中 {genuine} 份真实有效",
    },
    # keys
    "keys.exported": {
        "en": "public key {key_id} written to {path}",
        "zh": "公钥 {key_id} 已写入 {path}",
    },
    "keys.imported": {
        "en": "trusted public key {key_id} from {path}",
        "zh": "已信任来自 {path} 的公钥 {key_id}",
    },
    "keys.bad_file": {"en": "{path}: {error}", "zh": "{path}：{error}"},
    # export certificates
    "certs.written": {
        "en": "{count} certificates written to {path}",
        "en_one": "1 certificate written to {path}",
        "zh": "已生成 {count} 份证书：{path}",
    },
    "certs.progress": {"en": "Certificates", "zh": "证书"},
    "certs.no_course_certificate": {
        "en": "the course has no 'certificate' section; using its title and 0 hours",
        "zh": "课程未设置“certificate”部分；将使用课程标题，学时记为 0",
    },
    "certs.no_passers": {
        "en": "nobody has passed quiz '{quiz}' in this store",
        "zh": "此结果库中没有人通过测验“{quiz}”",
    },
    "certs.unknown_quiz": {
        "en": "the course has no quiz '{quiz}'",
        "zh": "课程中没有测验“{quiz}”",
    },
    "certs.missing_glyphs": {
        "en": "cannot print '{text}': no installed font has {chars}",
        "zh": "无法打印“{text}”：没有字体包含字符 {chars}",
    },
    "certs.missing_glyphs.hint": {
        "en": "install a TrueType font that covers them (e.g. HanaMinB.ttf or SimSun-ExtB) and "
        "pass it with --font, or correct the name",
        "zh": "请安装含这些字符的 TrueType 字体（如 HanaMinB.ttf 或 SimSun-ExtB）并用 --font "
        "指定，或更正姓名",
    },
    "certs.bad_pattern": {
        "en": "bad file name pattern '{pattern}': use fields {fields}",
        "zh": "文件名模式“{pattern}”有误：可用字段为 {fields}",
    },
    "certs.roster_error": {"en": "roster: {error}", "zh": "名单：{error}"},
    "certs.output_exists": {
        "en": "{path} exists and is not an empty folder",
        "zh": "{path} 已存在且不是空文件夹",
    },
    # printed on the certificate (chosen by the course language, not the interface language)
    "cert.label.title": {"en": "Certificate of Completion", "zh": "结业证书"},
    "cert.label.presented": {"en": "This certifies that", "zh": "兹证明"},
    "cert.label.completed": {
        "en": "has successfully completed the course",
        "zh": "已完成以下课程的全部学习并考核合格",
    },
    "cert.label.date": {"en": "Date of completion", "zh": "完成日期"},
    "cert.label.result": {"en": "Result", "zh": "成绩"},
    "cert.label.hours": {"en": "Training hours", "zh": "培训学时"},
    "cert.label.hours_value": {"en": "{hours} h", "zh": "{hours} 学时"},
    "cert.label.number": {"en": "Certificate No.", "zh": "证书编号"},
    "cert.label.issuer": {"en": "Issued by", "zh": "颁发机构"},
    "cert.label.code": {"en": "Verification code", "zh": "验证码"},
    "cert.label.signature": {"en": "Signature", "zh": "签字"},
    "cert.label.seal": {"en": "Seal", "zh": "盖章处"},
    "cert.label.replaces": {"en": "Replaces No. {number}", "zh": "替代证书 {number}"},
    # the unsigned preview trainee mode shows (exporters/certificates/preview.py)
    "cert.label.preview_mark": {"en": "PREVIEW · NOT VALID", "zh": "样张 · 仅供预览"},
    "cert.label.preview_code": {"en": "given when issued", "zh": "颁发时生成"},
}
