"""Question banks in the app (issue 13): 导入题目, 导出题目, 导出题目模板."""

MESSAGES = {
    "action.import_questions": {"en": "&Import Questions…", "zh": "导入题目(&I)…"},
    "action.export_questions": {"en": "Export Q&uestions…", "zh": "导出题目(&U)…"},
    "action.export_question_template": {"en": "Export Question Te&mplate…",
                                        "zh": "导出题目模板(&M)…"},
    # the import dialog
    "banks.import_title": {"en": "Import questions", "zh": "导入题目"},
    "banks.tab.files": {"en": "Files", "zh": "文件"},
    "banks.tab.paste": {"en": "Paste text", "zh": "粘贴文本"},
    "banks.add_files": {"en": "Add files…", "zh": "添加文件…"},
    "banks.remove_file": {"en": "Remove", "zh": "移除"},
    "banks.files_hint": {
        "en": "Word, Excel, CSV or text question banks, or GIFT, Moodle XML and Aiken files. "
              "The format is recognised from the file. You can also drop files here.",
        "zh": "可选 Word、Excel、CSV、文本题库，或 GIFT、Moodle XML、Aiken 文件，"
              "格式自动识别。也可以把文件拖到这里。"},
    "banks.filter.banks": {"en": "Question banks", "zh": "题库文件"},
    "banks.filter.all": {"en": "All files", "zh": "所有文件"},
    "banks.file_read": {"en": "{name}: {count} questions", "en_one": "{name}: {count} question",
                        "zh": "{name}：{count} 道题"},
    "banks.file_refused": {"en": "{name}: {message}", "zh": "{name}：{message}"},
    "banks.paste_hint": {
        "en": "Paste questions written as in a Word bank: a number, the question, options "
              "A. B. C., then 答案：B (and 解析：…).",
        "zh": "粘贴的题目按 Word 题库的写法：题号、题干、选项 A. B. C.，再写“答案：B”"
              "（可加“解析：……”）。"},
    "banks.paste_placeholder": {
        "en": "1. 客户来电抱怨年费太高，首先应该？\nA. 解释政策\nB. 倾听并认同感受\n答案：B",
        "zh": "1. 客户来电抱怨年费太高，首先应该？\nA. 解释政策\nB. 倾听并认同感受\n答案：B"},
    "banks.paste_source": {"en": "pasted text", "zh": "粘贴的文本"},
    "banks.paste_empty": {"en": "No question was found in the pasted text: number each "
                                "question (1. 2. …) and give its answer (答案：…).",
                          "zh": "粘贴的文本里没有找到题目：请给每道题编号（1. 2. ……）并写出"
                                "答案（答案：……）。"},
    "banks.reading": {"en": "Reading the question bank…", "zh": "正在读取题库……"},
    "banks.read_failed": {"en": "The files could not be read: {error}",
                          "zh": "无法读取文件：{error}"},
    "banks.preview": {"en": "Questions read", "zh": "读到的题目"},
    "banks.column.include": {"en": "Import", "zh": "导入"},
    "banks.column.type": {"en": "Type", "zh": "题型"},
    "banks.column.prompt": {"en": "Question", "zh": "题干"},
    "banks.column.answer": {"en": "Answer", "zh": "答案"},
    "banks.column.problems": {"en": "Problems", "zh": "问题"},
    "banks.column.source": {"en": "Source", "zh": "来源"},
    "banks.letter_separator": {"en": ", ", "zh": "、"},
    "banks.status.error": {"en": "Needs fixing", "zh": "需修改"},
    "banks.fix_first": {"en": "This question has an error: fix it (double-click) to import it.",
                        "zh": "这道题有错误：修改后（双击）才能导入。"},
    "banks.severity.error": {"en": "Error", "zh": "错误"},
    "banks.severity.warning": {"en": "Note", "zh": "提示"},
    "banks.problem_line": {"en": "{kind}: {message}", "zh": "{kind}：{message}"},
    "banks.not_built": {"en": "Error: the question could not be read.",
                        "zh": "错误：无法读出这道题。"},
    "banks.fix": {"en": "Fix…", "zh": "修改…"},
    "banks.edit_in_editor": {"en": "Open in the question editor…", "zh": "在题目编辑器中修改…"},
    "banks.summary": {
        "en": "{total} questions read: {ready} will be imported, {skipped} skipped, "
              "{errors} with errors.",
        "zh": "共读到 {total} 道题：{ready} 道将导入，{skipped} 道跳过，{errors} 道有错误。"},
    "banks.summary_empty": {"en": "Add files or paste text to see the questions here.",
                            "zh": "添加文件或粘贴文本后，题目会列在这里。"},
    "banks.target": {"en": "Import into", "zh": "导入到"},
    "banks.new_quiz": {"en": "New quiz", "zh": "新建测验"},
    "banks.new_quiz_name": {"en": "Title", "zh": "测验名称"},
    "banks.new_quiz_title": {"en": "Imported questions", "zh": "导入的题目"},
    "banks.module": {"en": "Module", "zh": "所属模块"},
    "banks.import_button": {"en": "Import {count} questions", "en_one": "Import {count} question",
                            "zh": "导入 {count} 道题"},
    "banks.undo_import": {"en": "import {count} questions", "en_one": "import {count} question",
                          "zh": "导入 {count} 道题"},
    # fixing a row
    "banks.fix_title": {"en": "Fix the question from {source}", "zh": "修改题目（{source}）"},
    "banks.fix.type": {"en": "Type", "zh": "题型"},
    "banks.fix.prompt": {"en": "Question", "zh": "题干"},
    "banks.fix.options": {"en": "Options", "zh": "选项"},
    "banks.fix.options_placeholder": {"en": "One option a line: A. … B. …",
                                      "zh": "每行一个选项：A. …… B. ……"},
    "banks.fix.rights": {"en": "Right column", "zh": "右侧各项"},
    "banks.fix.rights_placeholder": {"en": "One item a line: 1) … 2) …",
                                     "zh": "每行一项：1) …… 2) ……"},
    "banks.fix.answer": {"en": "Answer", "zh": "答案"},
    "banks.fix.feedback": {"en": "Explanation", "zh": "解析"},
    "banks.fix.points": {"en": "Points", "zh": "分值"},
    "banks.fix.apply": {"en": "Apply", "zh": "确定"},
    "banks.fix.ok": {"en": "No problems: this question can be imported.",
                     "zh": "没有问题：这道题可以导入。"},
    "banks.fix.hint.single_choice": {"en": "The letter of the right option, e.g. B.",
                                     "zh": "填正确选项的字母，如 B。"},
    "banks.fix.hint.multiple_choice": {"en": "The letters of the right options, e.g. ABD.",
                                       "zh": "填所有正确选项的字母，如 ABD。"},
    "banks.fix.hint.true_false": {"en": "对 or 错 (also 正确/错误, √/×, T/F).",
                                  "zh": "填“对”或“错”（也可写 正确/错误、√/×）。"},
    "banks.fix.hint.fill_blank": {
        "en": "Mark blanks in the question with ____; answers of several blanks are separated "
              "by |, alternatives for one blank by ; (认同;认可|跟进).",
        "zh": "题干中用 ____ 表示空；多个空的答案用 | 分开，同一空的几种答案用 ; 分开"
              "（认同;认可|跟进）。"},
    "banks.fix.hint.ordering": {"en": "The letters in the right order, e.g. BDAC.",
                                "zh": "按正确顺序填字母，如 BDAC。"},
    "banks.fix.hint.matching": {"en": "Pair each option with a right item: A-2;B-1.",
                                "zh": "把每个选项与右侧一项配对：A-2;B-1。"},
    "banks.fix.hint.essay": {"en": "A model answer (optional).", "zh": "参考答案（可不填）。"},
    # exports
    "banks.export_title": {"en": "Export questions", "zh": "导出题目"},
    "banks.template_title": {"en": "Export question template", "zh": "导出题目模板"},
    "banks.template_file": {"en": "question-bank-template", "zh": "题库模板"},
    "banks.template_hint": {
        "en": "One example of every question type, laid out as the importer reads it: fill it "
              "in Word or Excel, then bring it in with File › Import Questions.",
        "zh": "模板里每种题型各有一道示例，格式就是导入时读取的格式：在 Word 或 Excel 里照着"
              "填写，再用“文件 › 导入题目”导入。"},
    "banks.export_format": {"en": "Format", "zh": "格式"},
    "banks.export_format_hint": {
        "en": "Excel, Word and text use the layout the importer reads, so a bank edited there "
              "comes back in; GIFT, Moodle XML and Aiken are for Moodle and other systems.",
        "zh": "Excel、Word 和文本采用导入时读取的格式，在其中修改后可以再导入；"
              "GIFT、Moodle XML 和 Aiken 用于 Moodle 等学习平台。"},
    "banks.export_scope": {"en": "Questions of", "zh": "导出范围"},
    "banks.export_notes": {"en": "What the format cannot hold", "zh": "格式无法保存的内容"},
    "banks.export_checking": {"en": "Checking what the format can hold…",
                              "zh": "正在检查格式能否保存全部内容……"},
    "banks.export_notes_none": {"en": "All {count} questions fit in {format}.",
                                "en_one": "The question fits in {format}.",
                                "zh": "全部 {count} 道题都能完整保存为 {format}。"},
    "banks.export_notes_some": {
        "en": "{count} questions cannot be kept whole in {format}:",
        "en_one": "{count} question cannot be kept whole in {format}:",
        "zh": "{count} 道题无法完整保存为 {format}："},
    "banks.export_note": {"en": "{question}: {message}", "zh": "{question}：{message}"},
    "banks.export_nothing": {"en": "There are no questions to export here.",
                             "zh": "这里没有可导出的题目。"},
    "banks.format.gift": {"en": "GIFT (Moodle)", "zh": "GIFT（Moodle）"},
    "banks.format.moodle-xml": {"en": "Moodle XML", "zh": "Moodle XML"},
    "banks.format.aiken": {"en": "Aiken (single choice only)", "zh": "Aiken（仅单选题）"},
    "banks.format.xlsx": {"en": "Excel bank (.xlsx)", "zh": "Excel 题库（.xlsx）"},
    "banks.format.docx": {"en": "Word bank (.docx)", "zh": "Word 题库（.docx）"},
    "banks.format.txt": {"en": "Text bank (.txt)", "zh": "文本题库（.txt）"},
    "banks.format.csv": {"en": "CSV bank (.csv)", "zh": "CSV 题库（.csv）"},
}
