"""Quiz paper and certificate export dialogs."""

MESSAGES: dict[str, dict[str, str]] = {
    "action.export_certificates": {"en": "Export &certificates…", "zh": "导出证书(&C)…"},
    "export.key": {"en": "Answer key", "zh": "答案"},
    "export.with_key": {"en": "Also write the answer key, as NAME-key.pdf",
                        "zh": "同时导出答案，另存为“文件名-key.pdf”"},
    "export.seed": {"en": "Draw number (seed)", "zh": "抽题编号（种子）"},
    "export.seed_tip": {
        "en": "For quizzes that draw questions at random: the same number prints the same paper.",
        "zh": "用于随机抽题的测验：相同的编号打印出相同的试卷。",
    },
    "certs.title": {"en": "Export certificates", "zh": "导出证书"},
    "certs.people": {"en": "Trainees", "zh": "学员"},
    "certs.from_roster": {"en": "Roster file", "zh": "名单文件"},
    "certs.from_names": {"en": "Names typed here, one per line", "zh": "在此输入姓名，每行一个"},
    "certs.roster_hint": {"en": "CSV or .xlsx with a name column",
                          "zh": "含“姓名”列的 CSV 或 .xlsx 文件"},
    "certs.names_hint": {"en": "Wang Fang\nLi Lei", "zh": "王芳\n李雷"},
    "certs.roster_filter": {"en": "Rosters (*.csv *.xlsx)", "zh": "名单 (*.csv *.xlsx)"},
    "certs.design": {"en": "Design", "zh": "样式"},
    "certs.design.formal": {"en": "Formal", "zh": "庄重"},
    "certs.design.modern": {"en": "Modern", "zh": "现代"},
    "certs.date": {"en": "Completed on", "zh": "结业日期"},
    "certs.output_kind": {"en": "Output", "zh": "输出方式"},
    "certs.single": {"en": "One PDF for everyone", "zh": "全部合成一个 PDF"},
    "certs.split": {"en": "One PDF per trainee (folder or .zip)",
                    "zh": "每位学员一个 PDF（文件夹或 .zip）"},
    "certs.pattern": {"en": "File names", "zh": "文件命名"},
    "certs.pattern_tip": {
        "en": "Fields: {name} {course} {course_id} {number} {trainee_id} {date} "
              "{code} {index}",
        "zh": "可用字段：{name} {course} {course_id} {number} {trainee_id} {date} "
              "{code} {index}",
    },
    "certs.nobody": {"en": "Choose a roster file or type at least one name.",
                     "zh": "请选择名单文件，或至少输入一个姓名。"},
}
