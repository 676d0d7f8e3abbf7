"""Classroom server connection: the settings' fields and the connection test."""

MESSAGES: dict[str, dict[str, str]] = {
    "connection.no_host": {"en": "Enter the server's name or address.",
                           "zh": "请填写服务器名称或地址。"},
    "connection.bad_port": {"en": "Port {port} is not possible: use 1 to 65535 (usually 5432).",
                            "zh": "端口 {port} 无效：应为 1 到 65535（通常是 5432）。"},
    "connection.no_database_name": {"en": "Enter the database name.",
                                    "zh": "请填写数据库名称。"},
    "connection.ok": {"en": "Connected: the classroom server answers.",
                      "zh": "连接成功：教室服务器已响应。"},
    "connection.failed.login": {
        "en": "The server refused the user name or password. Check them with your IT colleague.",
        "zh": "服务器不接受该用户名或密码，请与信息技术同事核对。",
    },
    "connection.failed.no_database": {
        "en": "The server answers, but has no database of that name. Check the database name.",
        "zh": "服务器有响应，但没有这个名称的数据库，请检查数据库名称。",
    },
    "connection.failed.unknown_host": {
        "en": "No server of that name was found. Check the server address.",
        "zh": "找不到这个名称的服务器，请检查服务器地址。",
    },
    "connection.failed.timeout": {
        "en": "The server did not answer in time. Check the address and that this PC is on the "
              "classroom network.",
        "zh": "服务器在限定时间内没有响应，请检查地址，并确认本机已连入教室网络。",
    },
    "connection.failed.refused": {
        "en": "Nothing answers at that address and port. Check the port and that the server "
              "is running.",
        "zh": "该地址和端口上没有服务响应，请检查端口，并确认服务器已启动。",
    },
    "connection.failed.other": {"en": "Could not connect: {error}",
                                "zh": "无法连接：{error}"},
}
