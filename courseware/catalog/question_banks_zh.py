"""Messages of the Chinese 题库 readers/writers (Word, Excel, CSV, text) and the bank commands."""

MESSAGES: dict[str, dict[str, str]] = {
    # ---- per question
    "tiku.no_stem": {"en": "the question has no text", "zh": "题目没有题干"},
    "tiku.no_answer": {"en": "no answer given (write 答案：… or mark the right option)",
                       "zh": "没有答案（请写“答案：…”或标出正确选项）"},
    "tiku.no_options": {"en": "a choice question without options (A. … B. …)",
                        "zh": "选择题没有选项（A. … B. …）"},
    "tiku.bad_points": {"en": "points must be more than 0 (found {points})",
                        "zh": "分值必须大于 0（现为 {points}）"},
    "tiku.type_not_supported": {"en": "question type {type} cannot be imported from this file",
                                "zh": "无法从此文件导入题型 {type}"},
    "tiku.answer_not_letters": {"en": "the answer '{answer}' is not option letters",
                                "zh": "答案“{answer}”不是选项字母"},
    "tiku.answer_unknown_option": {"en": "the answer names option {letters}, which is not there",
                                   "zh": "答案中的选项 {letters} 不存在"},
    "tiku.single_many": {"en": "a single-choice question with several answers ({letters})",
                         "zh": "单选题有多个答案（{letters}）"},
    "tiku.single_has_many": {
        "en": "several answers under a single-choice heading: imported as multiple choice",
        "zh": "单选题标题下的题目有多个答案，已按多选题导入"},
    "tiku.answer_not_true_false": {
        "en": "the answer '{answer}' is not true/false (对/错, 正确/错误, √/×, T/F)",
        "zh": "答案“{answer}”不是判断题答案（对/错、正确/错误、√/×、T/F）"},
    "tiku.blank_added": {"en": "no blank (___) in the question: blanks added at the end",
                         "zh": "题干中没有空（___），已在末尾补上"},
    "tiku.blank_count": {"en": "{markers} blanks in the question but {answers} answer(s); "
                               "separate the blanks' answers with |",
                         "zh": "题干有 {markers} 个空，但只有 {answers} 个答案；"
                               "多个空的答案请用 | 分隔"},
    "tiku.ordering_answer": {
        "en": "the ordering answer '{answer}' must use each of the options {letters} once",
        "zh": "排序题答案“{answer}”须把选项 {letters} 各用一次"},
    "tiku.matching_syntax": {
        "en": "a matching question needs left items A. …, right items 1) … and 答案：A-2;B-1",
        "zh": "匹配题需要左项 A. …、右项 1) … 和“答案：A-2;B-1”"},
    "tiku.matching_unknown": {"en": "the pair {pair} names an item that is not there",
                              "zh": "配对 {pair} 中的项不存在"},
    "tiku.essay_rubric": {"en": "Agrees with the model answer", "zh": "与参考答案相符"},
    "tiku.tags_first": {"en": "only the first tag is kept as the category ({kept}); dropped: "
                              "{dropped}",
                        "zh": "只保留第一个标签作为分类（{kept}），未保留：{dropped}"},
    "tiku.line_outside": {"en": "text before the first question, not imported",
                          "zh": "第一题之前的文字，未导入"},
    "tiku.row_no_stem": {"en": "row without 题干 (question text), not imported: {text}",
                         "zh": "此行没有题干，未导入：{text}"},
    "tiku.difficulty_dropped": {
        "en": "难度 (difficulty) of {count} questions not kept: courses have no difficulty "
              "field",
        "en_one": "难度 (difficulty) of 1 question not kept: courses have no difficulty field",
        "zh": "{count} 道题的难度未保留：课程格式没有难度字段"},
    "tiku.no_header": {"en": "no header row with 题干 found in the first {rows} rows",
                       "zh": "前 {rows} 行中找不到含“题干”的表头"},
    "tiku.sheet_skipped": {"en": "sheet '{sheet}' has no question header, skipped",
                           "zh": "工作表“{sheet}”没有题目表头，已跳过"},
    "tiku.cannot_hold": {"en": "{format} cannot hold a {type} question; not exported",
                         "zh": "{format} 格式无法保存{type}，未导出"},
    "tiku.image_missing": {"en": "image {name} not found; its reference is kept as text",
                           "zh": "找不到图片 {name}，引用按文字保留"},
    "tiku.lost": {"en": "not kept by this format: {what}", "zh": "此格式无法保存：{what}"},
    "tiku.lost.option_feedback": {"en": "option feedback", "zh": "选项反馈"},
    "tiku.lost.scoring": {"en": "the scoring setting", "zh": "计分方式"},
    "tiku.lost.case_sensitive": {"en": "case-sensitive blanks", "zh": "区分大小写"},
    "tiku.lost.rubric": {"en": "the rubric", "zh": "评分要点"},
    "tiku.list_separator": {"en": ", ", "zh": "、"},
    "tiku.image_unreadable": {"en": "image {name} cannot be placed in Word; its reference is "
                                    "kept as text",
                              "zh": "图片 {name} 无法放入 Word，引用按文字保留"},
    "tiku.option_limit": {"en": "more than 8 options: options after H are not exported",
                          "zh": "选项超过 8 个：H 之后的选项未导出"},
    # ---- whole file
    "tiku.too_big": {"en": "{name} is {size} MB; question-bank files may be at most {limit} MB "
                           "(split the file or make its images smaller)",
                     "zh": "{name} 有 {size} MB，题库文件最大 {limit} MB（请拆分文件或压缩图片）"},
    "tiku.not_zip": {"en": "{name} is not a valid {kind} file (it may be damaged or another "
                           "kind of file renamed)",
                     "zh": "{name} 不是有效的 {kind} 文件（可能已损坏，或是改了扩展名的其他文件）"},
    "tiku.zip_bomb": {"en": "{name} is refused: member {member} unpacks to too much data",
                      "zh": "已拒绝 {name}：其中的 {member} 解压后数据过大"},
    "tiku.xml_dtd": {"en": "{name} is refused: {member} declares a DTD or entities",
                     "zh": "已拒绝 {name}：{member} 含有 DTD 或实体声明"},
    "tiku.xml_broken": {"en": "{name}: {member} is not well-formed XML ({error})",
                        "zh": "{name}：{member} 不是格式正确的 XML（{error}）"},
    "tiku.old_format": {"en": "{name} is an old {old} file; open it in Word/Excel/WPS and save "
                              "it as {new}, then import that",
                        "zh": "{name} 是旧版 {old} 文件；请用 Word/Excel/WPS 打开并"
                              "另存为 {new} 后再导入"},
    "tiku.encoding": {"en": "{name}: cannot tell the text encoding (tried UTF-8 and GB18030)",
                      "zh": "{name}：无法识别文字编码（已尝试 UTF-8 和 GB18030）"},
    "tiku.cannot_read": {"en": "cannot read {name}: {error}", "zh": "无法读取 {name}：{error}"},
    "tiku.template.note": {
        "en": "Fill one question per row. 题型: 单选题/多选题/判断题/填空题/排序题/匹配题/简答题. "
              "正确答案: letters (ABD), 对/错 for true/false, blanks split by | and alternatives "
              "by ; for fill-in, CABD for ordering, A-2;B-1 for matching (right items in 右项1…).",
        "zh": "每行一道题。题型：单选题/多选题/判断题/填空题/排序题/匹配题/简答题。"
              "正确答案：选择题写字母（如 ABD），判断题写 对/错，"
              "填空题多个空用 | 分隔、同一空的多个答案用 ; 分隔，排序题写正确顺序"
              "（如 CABD），匹配题写 A-2;B-1（右项写在 右项1… 列）。"},
    # ---- command line
    "bankcli.unknown_format": {"en": "unknown format '{format}' (formats: {choices})",
                               "zh": "未知格式“{format}”（可用格式：{choices}）"},
    "bankcli.unknown_extension": {
        "en": "{name}: cannot tell the format from the extension; use --format ({choices})",
        "zh": "{name}：无法从扩展名判断格式，请用 --format 指定（{choices}）"},
    "bankcli.no_file": {"en": "file not found: {path}", "zh": "找不到文件：{path}"},
    "bankcli.no_questions": {"en": "no questions found in {name}",
                             "zh": "{name} 中没有找到题目"},
    "bankcli.quiz_exists": {"en": "the id '{id}' is already used in the course; choose another "
                                  "for the new quiz",
                            "zh": "课程中已有 id“{id}”，请为新测验另选一个"},
    "bankcli.bad_id": {"en": "'{id}' is not a valid id (letters, digits, - _ .)",
                       "zh": "“{id}”不是有效的 id（只能用字母、数字和 - _ .）"},
    "bankcli.no_modules": {"en": "the course has no module to hold a new quiz",
                           "zh": "课程没有可放新测验的模块"},
    "bankcli.course_invalid": {"en": "{path} is not a valid course; fix the problems above first",
                               "zh": "{path} 不是有效的课程，请先修正上面的问题"},
    "bankcli.reading": {"en": "Reading question banks", "zh": "正在读取题库"},
    "bankcli.error": {"en": "error", "zh": "错误"},
    "bankcli.warning": {"en": "warning", "zh": "警告"},
    "bankcli.summary_written": {"en": "imported {count} questions into {quiz} (errors: {errors})",
                                "en_one": "imported 1 question into {quiz} (errors: {errors})",
                                "zh": "已导入 {count} 道题到 {quiz}；错误 {errors} 个"},
    "bankcli.summary_dry": {"en": "dry run: {count} questions would be imported (errors: "
                                  "{errors}); nothing written",
                            "en_one": "dry run: 1 question would be imported (errors: {errors}); "
                                      "nothing written",
                            "zh": "试运行：可导入 {count} 道题；错误 {errors} 个；未写入任何文件"},
    "bankcli.summary_nothing": {
        "en": "nothing imported, errors: {errors} (fix them, or use --skip-invalid to import "
              "the rest)",
        "zh": "未导入任何题目：错误 {errors} 个（请修正，或用 --skip-invalid 导入其余题目）"},
    "bankcli.lesson_written": {"en": "wrote lesson {id}: {path}", "zh": "已生成课文 {id}：{path}"},
    "bankcli.exported": {"en": "exported {count} of {total} questions to {path}",
                         "zh": "已导出 {count}/{total} 道题到 {path}"},
}
