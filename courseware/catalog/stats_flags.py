"""Item flags after class (courseware.stats.flags): short names and what to do, zh and en."""

MESSAGES: dict[str, dict[str, str]] = {
    "stats.flag.possible_wrong_key": {"zh": "答案可能有误", "en": "possible wrong key"},
    "stats.flag.too_hard": {"zh": "偏难", "en": "too hard"},
    "stats.flag.weak_discrimination": {"zh": "区分度弱", "en": "weak discrimination"},
    "stats.flag.too_easy": {"zh": "偏易", "en": "too easy"},
    "stats.flag.unused_distractors": {"zh": "有无人选的干扰项", "en": "distractor nobody chose"},
    "stats.flag.possible_wrong_key.advice": {
        "zh": "先核对标准答案：答对的多是成绩靠后的学员，或成绩最好的学员集中选了另一个选项。",
        "en": "Check the key first: mostly weaker trainees got it right, or the strongest "
              "trainees chose another option."},
    "stats.flag.possible_wrong_key.suspect": {
        "zh": "成绩最好的学员多选了“{option}”，比选标准答案的人还多。",
        "en": "The strongest trainees chose “{option}” more often than the key."},
    "stats.flag.too_hard.advice": {
        "zh": "答对的人很少：检查题干是否清楚、课上是否讲到。",
        "en": "Few got it right: check the wording is clear and the point was taught."},
    "stats.flag.weak_discrimination.advice": {
        "zh": "成绩好和成绩差的学员答得差不多：题目可能有歧义或靠运气。",
        "en": "Strong and weak trainees did about equally well: the question may be ambiguous "
              "or a guess."},
    "stats.flag.too_easy.advice": {
        "zh": "几乎人人答对：作为必会知识点可以保留，想拉开差距就加大难度。",
        "en": "Nearly everyone got it right: fine for a must-know point; make it harder if it "
              "should separate trainees."},
    "stats.flag.unused_distractors.advice": {
        "zh": "没人选的干扰项不起作用：换成学员常见的错误想法。",
        "en": "A distractor nobody chooses does no work: replace it with a common mistake."},
    "stats.small_sample": {
        "zh": "只有 {count} 次作答，数据还不稳定：至少 {needed} 次作答后才判断难易和区分度。",
        "en": "Only {count} attempts: figures are not yet reliable; easy/hard and "
              "discrimination are judged from {needed} attempts."},
    "stats.flag.line": {"zh": "{flag}：{advice}", "en": "{flag}: {advice}"},
    "stats.flag.with_options": {"zh": "{flag}（{options}）", "en": "{flag} ({options})"},
    "cli.stats.flags_header": {"zh": "需要关注的题目：", "en": "Questions to look at:"},
    "cli.stats.no_flags": {"zh": "没有需要关注的题目。", "en": "No question needs attention."},
}
