"""Domain message catalogue: key → {"en": …, "zh": …}. Both languages are required (tested)."""

MESSAGES: dict[str, dict[str, str]] = {
    "hint.prefix": {"en": "hint: ", "zh": "提示："},
    # files
    "course.no_course_file": {
        "en": "no course.yaml in this folder",
        "zh": "此文件夹中没有 course.yaml",
    },
    "course.no_course_file.hint": {
        "en": "give the course folder, the one that holds course.yaml",
        "zh": "请指定课程文件夹，即包含 course.yaml 的那个文件夹",
    },
    "course.not_a_folder": {"en": "not a folder: {path}", "zh": "不是文件夹：{path}"},
    "file.missing": {"en": "file not found: {ref}", "zh": "找不到文件：{ref}"},
    "file.missing.hint": {
        "en": "paths are relative to the file that names them",
        "zh": "路径是相对于引用它的文件而言的",
    },
    "file.unreadable": {"en": "cannot read the file: {error}", "zh": "无法读取文件：{error}"},
    "file.not_utf8": {
        "en": "the file is not UTF-8 (it looks like {encoding})",
        "zh": "文件不是 UTF-8 编码（看起来是 {encoding}）",
    },
    "file.not_utf8.hint": {
        "en": "save it again as UTF-8 in your editor",
        "zh": "请在编辑器中将其另存为 UTF-8 编码",
    },
    "file.too_large": {
        "en": "the file is too large ({size} MB; at most {limit} MB)",
        "zh": "文件过大（{size} MB，上限 {limit} MB）",
    },
    "path.escapes": {
        "en": "the path '{ref}' leads outside the course folder",
        "zh": "路径“{ref}”指向了课程文件夹之外",
    },
    "path.escapes.hint": {
        "en": "use a relative path that stays inside the course folder",
        "zh": "请使用不超出课程文件夹的相对路径",
    },
    "item.unknown_kind": {
        "en": "'{ref}' is neither a Markdown (.md) nor a YAML (.yaml) file",
        "zh": "“{ref}”既不是 Markdown（.md）文件，也不是 YAML（.yaml）文件",
    },
    "item.listed_twice": {
        "en": "'{ref}' is listed more than once",
        "zh": "“{ref}”被重复列出",
    },
    # YAML
    "yaml.syntax": {"en": "YAML syntax error: {detail}", "zh": "YAML 语法错误：{detail}"},
    "yaml.syntax.hint": {
        "en": "check the indentation; quote text that contains ': ' or starts with a special "
        "character, or write it as a '|' block",
        "zh": "请检查缩进；含有“: ”或以特殊字符开头的文字请加引号，或写成“|”文本块",
    },
    "yaml.duplicate_key": {"en": "key '{key}' appears twice", "zh": "键“{key}”重复出现"},
    "yaml.not_mapping": {
        "en": "expected keys and values ('key: value') here",
        "zh": "此处应为“键: 值”形式的内容",
    },
    "yaml.empty": {"en": "the file is empty", "zh": "文件是空的"},
    "key.unknown": {"en": "unknown key '{key}'", "zh": "未知的键“{key}”"},
    "key.did_you_mean": {"en": "did you mean '{suggestion}'?", "zh": "是不是想写“{suggestion}”？"},
    "key.allowed": {"en": "allowed keys: {keys}", "zh": "可用的键：{keys}"},
    "key.missing": {"en": "missing key '{key}'", "zh": "缺少必填的键“{key}”"},
    "value.not_text": {"en": "'{key}' must be text", "zh": "“{key}”应为文字"},
    "value.empty_text": {"en": "'{key}' must not be empty", "zh": "“{key}”不能为空"},
    "value.not_number": {"en": "'{key}' must be a number", "zh": "“{key}”应为数字"},
    "value.not_integer": {"en": "'{key}' must be a whole number", "zh": "“{key}”应为整数"},
    "value.not_bool": {"en": "'{key}' must be true or false", "zh": "“{key}”应为 true 或 false"},
    "value.not_list": {"en": "'{key}' must be a list", "zh": "“{key}”应为列表"},
    "value.out_of_range": {
        "en": "'{key}' must be between {low} and {high}",
        "zh": "“{key}”应在 {low} 到 {high} 之间",
    },
    "value.not_positive": {"en": "'{key}' must be greater than 0", "zh": "“{key}”必须大于 0"},
    "value.bad_choice": {
        "en": "'{key}' must be one of: {choices}",
        "zh": "“{key}”只能是以下之一：{choices}",
    },
    "id.invalid": {"en": "invalid id '{id}'", "zh": "id“{id}”不合法"},
    "id.invalid.hint": {
        "en": "1–64 letters, digits, '_', '-' or '.', starting with a letter or digit",
        "zh": "id 由 1–64 个字母、数字、“_”“-”“.”组成，并以字母或数字开头",
    },
    "id.duplicate": {
        "en": "id '{id}' is already used at {other}",
        "zh": "id“{id}”已在 {other} 使用过",
    },
    "id.duplicate.hint": {"en": "every id must be unique", "zh": "每个 id 必须唯一"},
    "schema.missing": {"en": "schema_version is missing", "zh": "缺少 schema_version"},
    "schema.missing.hint": {
        "en": "add 'schema_version: 1' to course.yaml",
        "zh": "请在 course.yaml 中加入“schema_version: 1”",
    },
    "schema.newer": {
        "en": "schema version {found} is newer than this app reads ({supported})",
        "zh": "格式版本 {found} 比本程序支持的版本（{supported}）更新",
    },
    "schema.newer.hint": {
        "en": "update Courseware Studio",
        "zh": "请升级 Courseware Studio",
    },
    # Markdown files
    "frontmatter.missing": {
        "en": "the file has no front matter",
        "zh": "文件缺少开头的元数据（front matter）",
    },
    "frontmatter.missing.hint": {
        "en": "start the file with '---', the keys type, id and title, and another '---'",
        "zh": "文件应以“---”开头，写上 type、id、title，再以“---”结束",
    },
    "md.bad_type": {
        "en": "'type' must be 'lesson' or 'case_study', not '{type}'",
        "zh": "“type”应为 lesson 或 case_study，而不是“{type}”",
    },
    "block.unclosed": {
        "en": "the '::: {kind}' block is never closed",
        "zh": "“::: {kind}”块没有结束",
    },
    "block.unclosed.hint": {
        "en": "add a line ':::' where the block ends",
        "zh": "请在块结束处加一行“:::”",
    },
    "block.unknown": {"en": "unknown block '::: {kind}'", "zh": "未知的块“::: {kind}”"},
    "case.text_outside": {
        "en": "text outside the case study sections",
        "zh": "案例正文中有不属于任何部分的文字",
    },
    "case.text_outside.hint": {
        "en": "put it inside one of: {sections}",
        "zh": "请把它放入以下部分之一：{sections}",
    },
    "case.section_missing": {
        "en": "the case study has no '{section}' section",
        "zh": "案例缺少“{section}”部分",
    },
    "case.section_duplicate": {
        "en": "the '{section}' section appears twice",
        "zh": "“{section}”部分出现了两次",
    },
    "case.no_questions": {
        "en": "the 'questions' section lists no discussion question",
        "zh": "“questions”部分没有列出讨论问题",
    },
    "case.no_questions.hint": {
        "en": "write the questions as a numbered list",
        "zh": "请用编号列表写出讨论问题",
    },
    "media.missing": {"en": "image not found: {ref}", "zh": "找不到图片：{ref}"},
    # questions
    "question.type_unknown": {
        "en": "unknown question type '{type}'",
        "zh": "未知的题型“{type}”",
    },
    "question.no_prompt": {"en": "the question has no prompt", "zh": "题目没有题干（prompt）"},
    "choice.option_count": {
        "en": "a choice question needs 2 to 10 options, this one has {count}",
        "zh": "选择题需要 2–10 个选项，此题有 {count} 个",
    },
    "choice.no_correct": {
        "en": "no option is marked correct",
        "zh": "没有选项被标为正确答案",
    },
    "choice.no_correct.hint": {
        "en": "set 'correct: true' on the right option",
        "zh": "请在正确选项上写“correct: true”",
    },
    "choice.many_correct": {
        "en": "a single choice question has {count} correct options",
        "zh": "单选题有 {count} 个正确选项",
    },
    "choice.many_correct.hint": {
        "en": "keep one correct option, or make it multiple_choice",
        "zh": "请只保留一个正确选项，或改为多选题（multiple_choice）",
    },
    "option.duplicate_id": {
        "en": "option id '{id}' is used twice",
        "zh": "选项 id“{id}”重复",
    },
    "fill.blank_mismatch": {
        "en": "the prompt has {markers} blank(s) '___' but {blanks} are defined",
        "zh": "题干中有 {markers} 个空（___），但定义了 {blanks} 个空的答案",
    },
    "fill.no_accepted": {
        "en": "blank {index} has no accepted answer",
        "zh": "第 {index} 个空没有可接受的答案",
    },
    "matching.too_few": {
        "en": "a matching question needs at least 2 pairs",
        "zh": "配对题至少需要 2 组配对",
    },
    "matching.duplicate": {
        "en": "'{text}' appears twice in the matching pairs",
        "zh": "配对中“{text}”重复出现",
    },
    "ordering.too_few": {
        "en": "an ordering question needs at least 2 items",
        "zh": "排序题至少需要 2 项",
    },
    "ordering.duplicate": {
        "en": "'{text}' appears twice among the items",
        "zh": "排序项“{text}”重复出现",
    },
    "essay.no_rubric": {"en": "the essay has no rubric", "zh": "问答题没有评分标准（rubric）"},
    "essay.points_mismatch": {
        "en": "the question is worth {points} points but its rubric adds up to {total}",
        "zh": "此题分值为 {points} 分，但评分标准合计 {total} 分",
    },
    "scenario.no_nodes": {"en": "the scenario has no nodes", "zh": "情景题没有任何节点"},
    "scenario.node_duplicate": {
        "en": "node id '{id}' is used twice",
        "zh": "节点 id“{id}”重复",
    },
    "scenario.start_missing": {
        "en": "the start node '{id}' does not exist",
        "zh": "起始节点“{id}”不存在",
    },
    "scenario.next_missing": {
        "en": "a choice of node '{node}' leads to '{id}', which does not exist",
        "zh": "节点“{node}”的某个选项指向不存在的节点“{id}”",
    },
    "scenario.unreachable": {
        "en": "node '{id}' cannot be reached from the start",
        "zh": "从起始节点无法到达节点“{id}”",
    },
    "scenario.dead_end": {
        "en": "node '{id}' has neither choices nor an ending",
        "zh": "节点“{id}”既没有选项也不是结局",
    },
    "scenario.both": {
        "en": "node '{id}' has both choices and an ending",
        "zh": "节点“{id}”同时有选项和结局",
    },
    "scenario.no_ending": {
        "en": "no path from node '{id}' reaches an ending",
        "zh": "从节点“{id}”出发的任何路径都到不了结局",
    },
    "scenario.no_ending.hint": {
        "en": "every path must end in a node with 'ending'",
        "zh": "每条路径都必须以带有 ending 的节点结束",
    },
    # quizzes
    "quiz.empty": {
        "en": "the quiz has no questions and no draws",
        "zh": "测验既没有题目也没有抽题规则",
    },
    "draw.no_source": {
        "en": "a draw needs 'from_quiz' and/or 'category'",
        "zh": "抽题规则需要指定 from_quiz 或 category（或两者）",
    },
    "draw.quiz_missing": {
        "en": "draws from quiz '{id}', which does not exist",
        "zh": "从不存在的测验“{id}”中抽题",
    },
    "draw.too_few": {
        "en": "the draw asks for {count} questions but only {available} match",
        "zh": "抽题规则要求 {count} 道题，但只有 {available} 道符合条件",
    },
    "draw.overlap": {
        "en": "the draws together need {count} distinct questions but only {available} are "
        "available",
        "zh": "各抽题规则合计需要 {count} 道不同的题，但只有 {available} 道可用",
    },
    # CLI
    "cli.valid": {"en": "{path}: the course is valid", "zh": "{path}：课程有效"},
    "cli.problem_count": {
        "en": "{count} problems found",
        "en_one": "1 problem found",
        "zh": "发现 {count} 个问题",
    },
    "cli.created": {"en": "created course in {path}", "zh": "已在 {path} 创建课程"},
    "cli.exists": {
        "en": "{path} already exists and is not empty",
        "zh": "{path} 已存在且不为空",
    },
    "cli.not_loadable": {
        "en": "the course could not be loaded; run 'validate' for details",
        "zh": "无法载入课程；请运行 validate 查看详情",
    },
    "cli.internal_error": {
        "en": "internal error: {error} (run again with --debug for details and report it)",
        "zh": "程序内部错误：{error}（加 --debug 重新运行可查看详情，请反馈给开发者）",
    },
    "info.title": {"en": "Course: {title} ({id})", "zh": "课程：{title}（{id}）"},
    "info.line": {"en": "{label}: {value}", "zh": "{label}：{value}"},
    "info.type_label": {"en": "{name} ({code})", "zh": "{name}（{code}）"},
    "info.modules": {"en": "Modules", "zh": "模块"},
    "info.lessons": {"en": "Lessons", "zh": "课节"},
    "info.case_studies": {"en": "Case studies", "zh": "案例"},
    "info.quizzes": {"en": "Quizzes", "zh": "测验"},
    "info.questions": {"en": "Questions", "zh": "题目"},
    "info.by_type": {"en": "Questions by type", "zh": "各题型题目数"},
    "qtype.single_choice": {"en": "single choice", "zh": "单选题"},
    "qtype.multiple_choice": {"en": "multiple choice", "zh": "多选题"},
    "qtype.true_false": {"en": "true/false", "zh": "判断题"},
    "qtype.fill_blank": {"en": "fill in the blank", "zh": "填空题"},
    "qtype.matching": {"en": "matching", "zh": "配对题"},
    "qtype.ordering": {"en": "ordering", "zh": "排序题"},
    "qtype.essay": {"en": "short essay", "zh": "简答题"},
    "qtype.scenario": {"en": "branching scenario", "zh": "情景分支题"},
    "new.module_title": {"en": "Module 1", "zh": "模块一"},
    "new.lesson_title": {"en": "First lesson", "zh": "第一课"},
}
