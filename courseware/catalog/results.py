"""Messages of the results store, rosters, results files and their commands."""

MESSAGES: dict[str, dict[str, str]] = {
    # store
    "store.bad_url": {
        "en": "not a usable database URL: {url} ({error})",
        "zh": "数据库地址无法使用：{url}（{error}）",
    },
    "store.cannot_open": {
        "en": "cannot open the results database {url}: {error}",
        "zh": "无法打开成绩数据库 {url}：{error}",
    },
    # certificates
    "certificate.exists": {
        "en": "a certificate numbered {number} is already recorded; certificates are never "
              "changed, issue a replacement instead",
        "zh": "编号为 {number} 的证书已有记录；证书一经签发不可修改，请改为补发新证书",
    },
    "certificate.replaced_missing": {
        "en": "the certificate to be replaced ({id}) is not recorded",
        "zh": "要替换的证书（{id}）没有记录",
    },
}
