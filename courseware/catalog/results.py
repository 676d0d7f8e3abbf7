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
    # reading CSV / xlsx files
    "table.old_excel": {
        "en": "{file}: old Excel files (.xls) cannot be read; save it as .xlsx or CSV",
        "zh": "{file}：无法读取旧版 Excel 文件（.xls），请另存为 .xlsx 或 CSV",
    },
    "table.unknown_type": {
        "en": "{file}: unknown file type; use a .csv or .xlsx file",
        "zh": "{file}：不支持的文件类型，请使用 .csv 或 .xlsx 文件",
    },
    "table.too_large": {
        "en": "{file} is too large ({size} MB)",
        "zh": "{file} 文件过大（{size} MB）",
    },
    "table.unreadable": {"en": "cannot read {file}: {error}", "zh": "无法读取 {file}：{error}"},
    "table.binary": {
        "en": "{file} is not a text CSV file (is it a workbook? save it as .xlsx or CSV)",
        "zh": "{file} 不是文本格式的 CSV 文件（是否为工作簿？请另存为 .xlsx 或 CSV）",
    },
    "table.unknown_encoding": {
        "en": "{file}: the text is neither UTF-8 nor GBK/GB18030; save it as "
              "\"CSV UTF-8\" in Excel or WPS",
        "zh": "{file}：文本既不是 UTF-8 也不是 GBK/GB18030 编码，请在 Excel 或 WPS 中另存为"
              "“CSV UTF-8”格式",
    },
    "table.bad_bytes": {
        "en": "{file}: broken {encoding} text at byte {offset}",
        "zh": "{file}：第 {offset} 字节处的 {encoding} 文本已损坏",
    },
    "table.bad_csv": {"en": "the CSV file is broken: {error}", "zh": "CSV 文件已损坏：{error}"},
    "table.bad_xlsx": {
        "en": "{file} is not a readable .xlsx workbook (damaged, or another format renamed)",
        "zh": "{file} 不是可读取的 .xlsx 工作簿（文件已损坏，或是改了扩展名的其他格式）",
    },
    # roster import
    "roster.no_name_column": {
        "en": "no name column found (a header such as 姓名 or Name); the first row has: "
              "{headers}",
        "zh": "找不到姓名列（表头应为“姓名”或“Name”等）；第一行内容为：{headers}",
    },
    "roster.column_twice": {
        "en": "two columns mean the same thing: '{first}' and '{second}'; keep one",
        "zh": "有两列含义相同：“{first}”和“{second}”，请只保留一列",
    },
    "roster.blank_rows": {
        "en": "{rows}: blank, skipped",
        "zh": "{rows}：空行，已跳过",
    },
    "roster.missing_name": {
        "en": "{rows}: no name, not imported",
        "zh": "{rows}：缺少姓名，未导入",
    },
    "roster.too_long": {
        "en": "{rows}: {column} longer than {limit} characters, not imported",
        "zh": "{rows}：{column}超过 {limit} 个字符，未导入",
    },
    "roster.bad_email": {
        "en": "{rows}: '{email}' is not an e-mail address, not imported",
        "zh": "{rows}：“{email}”不是有效的邮箱地址，未导入",
    },
    "roster.duplicate_rows": {
        "en": "{rows}: repeats row {first} ({name}), not imported again",
        "zh": "{rows}：与第 {first} 行（{name}）重复，未重复导入",
    },
    "roster.conflicting_rows": {
        "en": "{rows}: the same person ({who}) with different details; none of them "
              "imported, correct the file and import it again",
        "zh": "{rows}：同一人员（{who}）的信息互相矛盾，均未导入；请更正文件后重新导入",
    },
    "roster.already_on_roster": {
        "en": "{rows}: already on the roster as {name}, not imported again",
        "zh": "{rows}：名单中已有此人（{name}），未重复导入",
    },
    "roster.ignored_columns": {
        "en": "columns not used: {columns}",
        "zh": "未使用的列：{columns}",
    },
    "roster.summary_written": {
        "en": "{file} (encoding: {encoding}): {added} trainees added, {skipped} rows not "
              "imported",
        "zh": "{file}（编码：{encoding}）：已添加 {added} 名学员，{skipped} 行未导入",
    },
    "roster.summary_dry_run": {
        "en": "{file} (encoding: {encoding}): {added} trainees would be added, {skipped} rows "
              "would not be imported (dry run, nothing written)",
        "zh": "{file}（编码：{encoding}）：将添加 {added} 名学员，{skipped} 行不会导入"
              "（试运行，未写入任何内容）",
    },
    "roster.changed_meanwhile": {
        "en": "the roster was changed by someone else during the import; nothing was "
              "imported, try again",
        "zh": "导入期间名单被他人修改，未导入任何内容，请重试",
    },
    "rows.one": {"en": "row {rows}", "zh": "第 {rows} 行"},
    "rows.many": {"en": "rows {rows}", "zh": "第 {rows} 行"},
    "rows.separator": {"en": ", ", "zh": "、"},
    # column names (roster and results exports)
    "column.name": {"en": "name", "zh": "姓名"},
    "column.employee_id": {"en": "employee id", "zh": "工号"},
    "column.department": {"en": "department", "zh": "部门"},
    "column.email": {"en": "email", "zh": "邮箱"},
    # results exports
    "export.unknown_type": {
        "en": "{file}: cannot export to this type; use one of {suffixes}",
        "zh": "{file}：不支持导出为此类型，请使用以下之一：{suffixes}",
    },
    "export.passphrase_needed": {
        "en": "a signed results file needs the classroom session passphrase (--passphrase)",
        "zh": "签名成绩文件需要课堂会话口令（--passphrase）",
    },
    "export.sheet.attempts": {"en": "Attempts", "zh": "作答记录"},
    "export.sheet.questions": {"en": "Questions", "zh": "逐题明细"},
    "export.col.attempt_id": {"en": "attempt id", "zh": "作答编号"},
    "export.col.employee_id": {"en": "employee id", "zh": "工号"},
    "export.col.name": {"en": "name", "zh": "姓名"},
    "export.col.department": {"en": "department", "zh": "部门"},
    "export.col.course_id": {"en": "course id", "zh": "课程编号"},
    "export.col.quiz_id": {"en": "quiz id", "zh": "测验编号"},
    "export.col.attempt_number": {"en": "attempt", "zh": "第几次作答"},
    "export.col.state": {"en": "state", "zh": "状态"},
    "export.col.started_at": {"en": "started", "zh": "开始时间"},
    "export.col.submitted_at": {"en": "submitted", "zh": "提交时间"},
    "export.col.minutes": {"en": "minutes taken", "zh": "用时（分钟）"},
    "export.col.score": {"en": "score", "zh": "得分"},
    "export.col.max_score": {"en": "maximum score", "zh": "满分"},
    "export.col.percent": {"en": "percent", "zh": "得分率（%）"},
    "export.col.passed": {"en": "passed", "zh": "是否通过"},
    "export.col.position": {"en": "question number", "zh": "题序"},
    "export.col.question_id": {"en": "question id", "zh": "题目编号"},
    "export.col.question_type": {"en": "question type", "zh": "题型"},
    "export.col.answer": {"en": "answer", "zh": "作答内容"},
    "export.col.certainty": {"en": "certainty", "zh": "把握程度"},
    "export.col.flagged": {"en": "flagged", "zh": "已标记"},
    "export.col.answered_at": {"en": "answered", "zh": "作答时间"},
    "export.col.points": {"en": "points", "zh": "得分"},
    "export.col.max_points": {"en": "maximum points", "zh": "满分"},
    "export.col.essay_comment": {"en": "trainer's comment", "zh": "讲师评语"},
    "export.col.graded_by": {"en": "graded by", "zh": "评分人"},
    "export.state.open": {"en": "in progress", "zh": "进行中"},
    "export.state.submitted": {"en": "submitted", "zh": "已提交"},
    "export.state.auto_submitted": {"en": "submitted at the time limit",
                                    "zh": "到时自动提交"},
    "export.yes": {"en": "yes", "zh": "是"},
    "export.no": {"en": "no", "zh": "否"},
    # offline results files
    "results_file.unreadable": {
        "en": "cannot read {file}: {error}",
        "zh": "无法读取 {file}：{error}",
    },
    "results_file.corrupt": {
        "en": "{file} is damaged (not a complete results file); nothing was imported",
        "zh": "{file} 已损坏（不是完整的成绩文件），未导入任何内容",
    },
    "results_file.not_results": {
        "en": "{file} is not a Courseware Studio results file; nothing was imported",
        "zh": "{file} 不是 Courseware Studio 成绩文件，未导入任何内容",
    },
    "results_file.version": {
        "en": "{file} was written by a newer version (format {version}); update Courseware "
              "Studio to import it",
        "zh": "{file} 由更新的版本生成（格式 {version}），请升级 Courseware Studio 后再导入",
    },
    "results_file.wrong_passphrase": {
        "en": "{file} was signed with a different passphrase; use the classroom session "
              "passphrase it was exported with. Nothing was imported",
        "zh": "{file} 使用了不同的口令签名，请输入导出时所用的课堂会话口令。未导入任何内容",
    },
    "results_file.tampered": {
        "en": "{file} was changed after it was exported (its signature does not match); "
              "nothing was imported",
        "zh": "{file} 在导出后被修改过（签名不符），未导入任何内容",
    },
    "results_file.changed_meanwhile": {
        "en": "the results were changed by someone else during the import; nothing was "
              "imported, try again",
        "zh": "导入期间成绩被他人修改，未导入任何内容，请重试",
    },
    # command line
    "cli.results.passphrase_prompt": {
        "en": "Classroom session passphrase: ",
        "zh": "课堂会话口令：",
    },
    "cli.results.exported": {
        "en": "{count} attempts written to {path}",
        "en_one": "1 attempt written to {path}",
        "zh": "已将 {count} 次作答写入 {path}",
    },
    "cli.results.imported": {
        "en": "{file}: {added} attempts added, {skipped} already present (skipped), "
              "{trainees} trainees added to the roster",
        "zh": "{file}：新增 {added} 次作答，{skipped} 次已存在（已跳过），"
              "名单新增 {trainees} 名学员",
    },
    "cli.results.renumbered": {
        "en": "{count} attempts got a new attempt number (the same trainee's attempt on "
              "another PC had it)",
        "zh": "{count} 次作答的作答序号已顺延（该学员在另一台电脑上的作答已占用原序号）",
    },
    "cli.stats.no_attempts": {
        "en": "no attempts at quiz {quiz} in this results store",
        "zh": "此成绩库中没有测验 {quiz} 的作答记录",
    },
    "cli.stats.progress": {"en": "Statistics", "zh": "统计中"},
    "cli.stats.title": {
        "en": "Quiz {quiz}: {count} attempts included",
        "en_one": "Quiz {quiz}: 1 attempt included",
        "zh": "测验 {quiz}：纳入统计的作答 {count} 次",
    },
    "cli.stats.mean": {"en": "mean (%)", "zh": "平均分（%）"},
    "cli.stats.median": {"en": "median (%)", "zh": "中位数（%）"},
    "cli.stats.standard_deviation": {"en": "standard deviation (%)", "zh": "标准差（%）"},
    "cli.stats.skewness": {"en": "skewness", "zh": "偏度"},
    "cli.stats.kurtosis": {"en": "kurtosis", "zh": "峰度"},
    "cli.stats.cronbach_alpha": {
        "en": "internal consistency, Cronbach's alpha (%)",
        "zh": "内部一致性系数（Cronbach α，%）",
    },
    "cli.stats.error_ratio": {"en": "error ratio (%)", "zh": "误差比（%）"},
    "cli.stats.standard_error": {"en": "standard error (%)", "zh": "标准误（%）"},
    "cli.stats.questions_header": {
        "en": "  question                 facility       SD  discrim.  efficiency",
        "zh": "  题目                     难易度指数    标准差  区分度指数  区分效率",
    },
}
