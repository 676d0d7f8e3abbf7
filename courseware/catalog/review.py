"""Item-quality review (courseware.review): every finding's title, why it matters and how to
fix it; where it is; the review command's own messages."""


def _rule(code: str, title: tuple[str, str], why: tuple[str, str],
          fix: tuple[str, str]) -> dict[str, dict[str, str]]:
    """(zh, en) for the three texts of one finding code."""
    return {f"review.{code}.{part}": {"zh": zh, "en": en}
            for part, (zh, en) in (("title", title), ("why", why), ("fix", fix))}


MESSAGES: dict[str, dict[str, str]] = {
    "review.where.module": {"zh": "模块{number}", "en": "Module {number}"},
    "review.where.final_exam": {"zh": "结业考试", "en": "Final exam"},
    "review.where.question": {"zh": "题目{number}", "en": "Question {number}"},
    "review.where.course": {"zh": "课程", "en": "Course"},
    "review.severity.warning": {"zh": "警告", "en": "warning"},
    "review.severity.suggestion": {"zh": "建议", "en": "suggestion"},
    "review.why": {"zh": "原因：", "en": "Why: "},
    "review.fix": {"zh": "改法：", "en": "Fix: "},
    "review.value.true": {"zh": "“正确”", "en": "“true”"},
    "review.value.false": {"zh": "“错误”", "en": "“false”"},
    "review.value.answers": {"zh": "正确答案", "en": "the right answers"},
    "review.value.feedback": {"zh": "逐项反馈", "en": "per-option feedback"},
    "review.value.single_choice": {"zh": "单选题", "en": "single choice"},
    "review.value.multiple_choice": {"zh": "多选题", "en": "multiple choice"},
    "review.value.true_false": {"zh": "判断题", "en": "true/false"},
    "review.value.fill_blank": {"zh": "填空题", "en": "fill in the blank"},
    "review.value.matching": {"zh": "配对题", "en": "matching"},
    "review.value.ordering": {"zh": "排序题", "en": "ordering"},
    "review.value.essay": {"zh": "问答题", "en": "essay"},
    "review.value.scenario": {"zh": "情景题", "en": "scenario"},
    "review.value.numerical": {"zh": "数值题", "en": "numerical"},
    "review.none": {"zh": "未发现题目质量问题。", "en": "No item-quality findings."},
    "review.summary": {"zh": "共 {count} 条质量建议：警告 {warnings} 条，建议 {suggestions} 条。",
                       "en": "{count} findings: {warnings} warnings, {suggestions} suggestions."},
    "review.not_loaded": {"zh": "课程无法读取，未做质量检查。请先运行 validate 修正以下问题：",
                          "en": "The course could not be read, so it was not reviewed. "
                                "Run validate and fix these problems first:"},
    "review.invalid_note": {
        "zh": "注意：课程有 {count} 个格式问题（运行 validate 查看），质量检查只覆盖能读取的部分。",
        "en": "Note: the course has {count} problems (run validate); the review covers what "
              "could be read."},
    "review.setting.not_number": {"zh": "review 中的“{key}”必须是数字",
                                  "en": "review '{key}' must be a number"},
    "review.setting.out_of_range": {"zh": "review 中的“{key}”必须在 {low} 到 {high} 之间",
                                    "en": "review '{key}' must be between {low} and {high}"},
    **_rule("key_longest",
            ("正确选项 {key} 明显比其他选项长（{ratio} 倍）", "The key ({key}) is clearly the "
             "longest option ({ratio}×)"),
            ("学员不懂内容也能“挑最长的”答对。", "Test-wise trainees pick the longest option "
             "without knowing the answer."),
            ("把正确选项改短，或把干扰项写得同样具体，使各选项长度相近。", "Shorten the key or "
             "make the distractors equally specific, so all options are about the same length.")),
    **_rule("key_longest_share",
            ("{total} 处选择中有 {longest} 处正确答案是最长的选项",
             "The key is the longest option in {longest} of {total} choice items"),
            ("整份测验形成“最长即正确”的规律，学员一旦发现就能猜对。", "Across the quiz, "
             "“longest is right” becomes a pattern trainees learn to exploit."),
            ("逐题调整选项长度，让正确选项有时短、有时居中。", "Even out option lengths question "
             "by question so the key is sometimes short, sometimes middling.")),
    **_rule("key_position",
            ("{total} 道单选题中有 {count} 道答案是 {letter}", "{count} of {total} single-choice "
             "keys are {letter}"),
            ("选项不打乱时，答案位置的规律会被学员发现并利用。", "With options not shuffled, "
             "trainees spot and use the pattern of the key's position."),
            ("在测验设置中开启“打乱选项顺序”，或调整选项顺序使答案在各位置大致均衡。", "Turn on "
             "“shuffle options” in the quiz settings, or reorder options so keys are spread "
             "evenly.")),
    **_rule("scenario_best_first",
            ("情景题中 {total} 个决策点有 {count} 个最佳选择排在第一", "The best choice is "
             "listed first at {count} of {total} scenario decisions"),
            ("学员只要每次都选第一个就能走到最好结局，情景演练失去意义。", "Always picking the "
             "first choice reaches the best ending, so the scenario teaches nothing."),
            ("调整各决策点的选项顺序，让最佳选择出现在不同位置。", "Reorder the choices so the "
             "best one appears in different positions.")),
    **_rule("true_false_balance",
            ("{total} 道判断题中有 {count} 道答案为{answer}", "{count} of {total} true/false "
             "questions are keyed {answer}"),
            ("答案严重偏向一边时，学员一律选同一答案就能得高分。", "When keys lean one way, "
             "answering the same every time scores well."),
            ("改写部分题目的表述，使“正确”和“错误”的题目数量大致相当。", "Rewrite some "
             "statements so about as many are true as false.")),
    **_rule("absolute_words",
            ("使用了绝对化词语：{words}", "Absolute wording gives a clue: {words}"),
            ("“总是、从不、一定”等绝对化说法几乎总是错的，学员凭措辞就能判断对错。", "Words such "
             "as “always” and “never” are almost always wrong, so the wording alone gives the "
             "answer away."),
            ("去掉绝对化词语，改为考查具体做法或判断依据。", "Remove the absolute words and ask "
             "about the specific practice or reason instead.")),
    **_rule("all_of_the_above",
            ("使用了“以上都对”", "Uses “all of the above”"),
            ("学员只要认出两个正确选项就能选“以上都对”，无需掌握全部内容。", "Recognising two "
             "right options is enough to choose “all of the above”."),
            ("改为多选题，或换成一个有说服力的干扰项。", "Make it a multiple-choice question, or "
             "replace it with a plausible distractor.")),
    **_rule("none_of_the_above",
            ("使用了“以上都不对”", "Uses “none of the above”"),
            ("学员选对“以上都不对”只说明他知道哪些错，不说明他知道什么对。", "Choosing “none "
             "of the above” shows what a trainee knows is wrong, not what is right."),
            ("最好换成一个具体的选项；确需保留时，让它有时是正确答案。", "Prefer a specific "
             "option; if you keep it, make it the key in some questions too.")),
    **_rule("negative_stem",
            ("否定式题干“{word}”未加强调", "Negative stem “{word}” is not emphasised"),
            ("学员容易漏看“不”字而答错，测的是细心而不是知识。", "Trainees easily miss the "
             "negative and answer wrongly: it tests care, not knowledge."),
            ("尽量改为肯定式提问；确需否定时把否定词加粗，如 **不正确**。", "Ask positively if "
             "you can; otherwise emphasise the negative, e.g. **NOT**.")),
    **_rule("key_repeats_stem",
            ("正确选项重复了题干中的“{word}”，干扰项都没有", "The key repeats “{word}” from the "
             "stem and no distractor does"),
            ("学员靠字面对应就能选出答案，无需理解。", "Trainees can match the words instead "
             "of knowing the answer."),
            ("把正确选项换一种说法，或让部分干扰项也用到这个词。", "Reword the key, or use the "
             "word in some distractors too.")),
    **_rule("duplicate",
            ("与{other}完全相同", "Same as {other}"),
            ("重复的题目浪费作答时间，也会让抽题考试出现两道一样的题。", "Repeats waste "
             "trainees' time and can put the same question twice into a drawn exam."),
            ("删除其中一道，或改写成考查不同要点的题目。", "Delete one, or rewrite it to test a "
             "different point.")),
    **_rule("near_duplicate",
            ("与{other}高度相似（{percent}%）", "Nearly the same as {other} ({percent}% alike)"),
            ("两道题几乎一样，一道会提示另一道的答案，统计也会重复计算同一知识点。", "Near-"
             "identical questions cue each other and count the same point twice."),
            ("合并为一道，或改写其中一道使其考查不同要点。", "Merge them, or rewrite one to test "
             "a different point.")),
    **_rule("exam_exposure",
            ("从“{source}”抽题，而该测验作答后会显示{shown}（允许作答 {attempts} 次）",
             "Draws from “{source}”, which shows {shown} to trainees ({attempts} attempts "
             "allowed)"),
            ("学员已经见过这些题的答案，考试测的是记忆而不是掌握程度。", "Trainees have already "
             "seen these answers, so the exam measures memory, not mastery."),
            ("为考试单独出题（或单独的题库），或把练习测验的答案显示设为“从不”。", "Give the "
             "exam its own questions (or bank), or set the practice quiz's answers to “never”.")),
    **_rule("module_not_drawn",
            ("不会抽到模块{module}“{title}”的题目", "Never draws from module {module} "
             "“{title}”"),
            ("考试没有覆盖这个模块，合格不代表掌握了全部课程内容。", "The exam leaves this "
             "module out, so passing does not show the whole course was learned."),
            ("增加一条从该模块测验抽题的规则。", "Add a draw from this module's quiz.")),
    **_rule("module_may_be_missed",
            ("随机抽题可能一道也抽不到模块{module}“{title}”", "A random draw can miss module "
             "{module} “{title}” entirely"),
            ("有的学员的试卷里没有这个模块的题，各人的考试内容不一致。", "Some trainees' exams "
             "will hold no question on this module, so exams differ in what they test."),
            ("按模块分别设置抽题规则，每个模块至少抽一道。", "Draw from each module separately, "
             "at least one question each.")),
    **_rule("uneven_points",
            ("{type}的分值不一致：{low} 到 {high} 分", "{type} questions carry different "
             "points: {low} to {high}"),
            ("同类题目分值不同而没有理由，会让总分偏向少数几道题。", "Unequal points without a "
             "reason let a few questions decide the total."),
            ("同一题型使用相同分值；确需加权时在题目说明中写明理由。", "Give questions of one "
             "type the same points; if some must weigh more, say why.")),
    **_rule("drawn_total_varies",
            ("抽题后的满分在 {low} 到 {high} 分之间变化", "The drawn exam's total ranges from "
             "{low} to {high} points"),
            ("抽到的题目分值不同，学员的考试难度和满分因运气而异。", "Drawn questions carry "
             "different points, so each trainee's total depends on luck."),
            ("让题库中同一抽题规则下的题目分值相同。", "Give the questions each draw picks from "
             "the same points.")),
    **_rule("option_feedback_missing",
            ("有 {count} 个选项没有反馈", "{count} options have no feedback"),
            ("学员选错后不知道错在哪里，练习的效果打折扣。", "A trainee who picks a wrong "
             "option does not learn why it is wrong."),
            ("为每个选项写一句反馈，说明它对或错的原因。", "Write one sentence of feedback for "
             "each option saying why it is right or wrong.")),
    **_rule("placeholder",
            ("含有占位文字“{text}”", "Contains placeholder text “{text}”"),
            ("占位文字会原样出现在学员的屏幕或试卷上。", "Placeholder text reaches trainees' "
             "screens and printed papers as it is."),
            ("把占位文字换成正式内容。", "Replace it with the real text.")),
    **_rule("placeholder_certificate",
            ("结业证书含有占位文字“{text}”", "The certificate contains placeholder text "
             "“{text}”"),
            ("占位文字会印在每一张证书上。", "The placeholder is printed on every certificate."),
            ("在课程设置的证书部分填写正式内容。", "Fill in the certificate section of the "
             "course settings.")),
    **_rule("matching_few_pairs",
            ("配对题只有 {pairs} 对且没有干扰项", "Matching with only {pairs} pairs and no "
             "distractor"),
            ("配好前面几对后，最后一对不用想就知道。", "Once the first pairs are matched, the "
             "last one is given away."),
            ("至少 3 对，或在右侧加入多余的干扰项。", "Use at least 3 pairs, or add extra "
             "right-hand items as distractors.")),
}
