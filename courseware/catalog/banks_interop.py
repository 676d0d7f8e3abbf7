"""GIFT, Moodle XML and Aiken: what a reader refuses and what a writer cannot hold."""

MESSAGES: dict[str, dict[str, str]] = {
    "banks.gift.description": {
        "en": "a description without answers (Moodle's description item): not a question, skipped",
        "zh": "没有答案的说明文字（Moodle 的“描述”项）：不是题目，已跳过",
    },
    "banks.gift.no_closing_brace": {
        "en": "the answers' \"{{\" has no closing \"}}\"",
        "zh": "答案的“{{”没有对应的“}}”",
    },
    "banks.gift.answer_text_first": {
        "en": "text inside {{…}} before the first = or ~ (escape a literal one as \\= or \\~)",
        "zh": "{{…}} 内第一个 = 或 ~ 之前有文字（字面的 = 或 ~ 请写成 \\= 或 \\~）",
    },
    "banks.gift.unknown_answers": {
        "en": "cannot tell the question type from the answers in {{…}}",
        "zh": "无法从 {{…}} 中的答案判断题型",
    },
    "banks.gift.other_answer": {
        "en": "the feedback for any other answer (~#…) is not kept: there is no such answer here",
        "zh": "“其他任何答案”（~#…）的反馈未保留：本软件没有这种答案",
    },
    "banks.gift.partial_answer": {
        "en": "\"{answer}\" earned {weight}% in the file; here a blank's answers earn full credit",
        "zh": "“{answer}”在原文件中得 {weight}%；本软件填空题的可接受答案均得满分",
    },
    "banks.gift.matching_arrow": {
        "en": "a matching answer without \"->\" between its two sides",
        "zh": "配对题的答案缺少连接两边的“->”",
    },
    "banks.gift.bad_number": {
        "en": "\"{text}\" is not a number (write 5, 5:0.1 or 4.9..5.1)",
        "zh": "“{text}”不是数字（应写作 5、5:0.1 或 4.9..5.1）",
    },
    "banks.file.not_text": {
        "en": "{name} is not a UTF-8 text file",
        "zh": "{name} 不是 UTF-8 文本文件",
    },
    "banks.file.too_large": {
        "en": "{name} is {size} MB; question banks up to {limit} MB are read",
        "zh": "{name} 有 {size} MB，题库文件最大 {limit} MB",
    },
    "banks.write.cannot_hold": {
        "en": "{format} cannot hold a {type} question: not exported",
        "zh": "{format} 不支持{type}：未导出",
    },
    "banks.write.loses": {
        "en": "{format} cannot hold {what}: left out",
        "zh": "{format} 无法保存{what}：已略去",
    },
    "banks.what.points": {"en": "the points ({points})", "zh": "分值（{points} 分）"},
    "banks.what.units": {"en": "the units", "zh": "单位"},
    "banks.what.case_sensitive": {"en": "case-sensitive answers", "zh": "区分大小写的设置"},
    "banks.what.scoring": {"en": "all-or-nothing scoring", "zh": "全对才得分的计分方式"},
    "banks.what.rubric": {"en": "the rubric and model answer", "zh": "评分标准和参考答案"},
    "banks.what.rubric_criteria": {"en": "the rubric", "zh": "评分标准"},
    "banks.what.images": {"en": "the images (only their Markdown links are written)",
                          "zh": "图片（只写出了 Markdown 图片链接）"},
    "banks.what.feedback": {"en": "the feedback", "zh": "反馈"},
    "banks.what.category": {"en": "the category", "zh": "分类"},
    "banks.what.partial": {"en": "partial credit", "zh": "部分得分"},
    "banks.what.distractors": {"en": "the extra answers (distractors)", "zh": "干扰项"},
    "banks.what.blanks": {"en": "more than one blank", "zh": "多个空"},
    "banks.xml.invalid": {
        "en": "not a readable Moodle XML file: {error}",
        "zh": "不是可读取的 Moodle XML 文件：{error}",
    },
    "banks.xml.forbidden": {
        "en": "the XML declares entities or a DTD, which are refused for safety",
        "zh": "XML 中声明了实体或 DTD，出于安全考虑拒绝读取",
    },
    "banks.xml.no_quiz": {"en": "no <quiz> root element", "zh": "缺少 <quiz> 根元素"},
    "banks.xml.unsupported_type": {
        "en": "Moodle question type \"{type}\" has no counterpart here: skipped",
        "zh": "Moodle 题型“{type}”在本软件中没有对应题型：已跳过",
    },
    "banks.xml.cloze_mixed": {
        "en": "a cloze question whose gaps are not all short answers: not imported",
        "zh": "完形填空题中含有非填空类型的空：未导入",
    },
    "banks.xml.cloze_no_gaps": {
        "en": "a cloze question without embedded answers ({{1:SHORTANSWER:=…}}): not imported",
        "zh": "完形填空题中没有嵌入的答案（{{1:SHORTANSWER:=…}}）：未导入",
    },
    "banks.xml.bad_number": {
        "en": "\"{text}\" in <{tag}> is not a number",
        "zh": "<{tag}> 中的“{text}”不是数字",
    },
    "banks.aiken.not_started": {
        "en": "an option or ANSWER line before any question text",
        "zh": "在题干之前出现了选项或 ANSWER 行",
    },
    "banks.aiken.no_answer": {
        "en": "not finished: no \"ANSWER: X\" line before the next question or the end",
        "zh": "题目不完整：在下一题或文件结尾之前缺少“ANSWER: X”行",
    },
    "banks.aiken.bad_answer": {
        "en": "ANSWER: {answer} names no option",
        "zh": "ANSWER: {answer} 不是任何一个选项",
    },
    "banks.aiken.few_options": {
        "en": "a question needs at least two options (A) … B) …)",
        "zh": "题目至少需要两个选项（A) … B) …）",
    },
}
