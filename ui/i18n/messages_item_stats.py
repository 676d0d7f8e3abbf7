"""Item statistics in the console: plain-language names, tooltips and the help page."""

MESSAGES: dict[str, dict[str, str]] = {
    "item_stats.col.facility": {"zh": "答对率", "en": "Facility"},
    "item_stats.col.discrimination": {"zh": "区分度", "en": "Discrimination"},
    "item_stats.col.advice": {"zh": "提示", "en": "What to check"},
    "item_stats.percent": {"zh": "{value:.0f}%", "en": "{value:.0f}%"},
    "item_stats.discrimination": {"zh": "{value}（{word}）", "en": "{value} ({word})"},
    "item_stats.word.good": {"zh": "好", "en": "good"},
    "item_stats.word.fair": {"zh": "尚可", "en": "fair"},
    "item_stats.word.weak": {"zh": "弱", "en": "weak"},
    "item_stats.word.reversed": {"zh": "反向", "en": "reversed"},
    "item_stats.small_sample": {"zh": "作答太少", "en": "too few attempts"},
    "item_stats.separator": {"zh": "、", "en": ", "},
    "item_stats.upper": {"zh": "{label}（高分组 {count} 人选）",
                         "en": "{label} (top group: {count})"},
    "item_stats.tip.facility": {
        "zh": "答对率：学员在这道题上平均拿到满分的百分之几。低于 {hard:.0f}% 偏难，"
              "高于 {easy:.0f}%（且作答不少于 {needed} 次）偏易。",
        "en": "Facility: the share of the marks trainees got on this question, on average. "
              "Below {hard:.0f}% is hard; above {easy:.0f}% (with {needed}+ attempts) is easy."},
    "item_stats.tip.discrimination": {
        "zh": "区分度：成绩好的学员是否更容易答对这道题，从 −1 到 1。0.3 以上好，"
              "0.2 以下弱；负数表示成绩差的反而答对得多，先核对答案。",
        "en": "Discrimination: whether trainees who did well overall also got this question "
              "right, from −1 to 1. Above 0.3 is good, below 0.2 weak; negative means weaker "
              "trainees did better on it, so check the key first."},
    "item_stats.tip.advice": {
        "zh": "红色：先处理（答案可能有误）；黄色：值得复查；灰色：仅供参考。",
        "en": "Red: act first (possible wrong key); amber: worth a review; grey: for "
              "information."},
    "item_stats.summary": {"zh": "{count} 次作答 · {flagged} 道题需要查看",
                           "en": "{count} attempts · {flagged} questions to check"},
    "item_stats.summary_small": {
        "zh": "{count} 次作答 · {flagged} 道题需要查看 · 作答少于 {needed} 次，难易只作参考",
        "en": "{count} attempts · {flagged} questions to check · fewer than {needed} attempts: "
              "easy/hard not judged yet"},
    "item_stats.whole_test": {
        "zh": "整份测验：平均得分 {mean} · 信度 α = {alpha}（{word}）",
        "en": "Whole quiz: mean score {mean} · reliability α = {alpha} ({word})"},
    "item_stats.alpha.good": {"zh": "可靠", "en": "reliable"},
    "item_stats.alpha.fair": {"zh": "尚可", "en": "acceptable"},
    "item_stats.alpha.low": {"zh": "偏低", "en": "low"},
    "item_stats.tip.alpha": {
        "zh": "信度（克隆巴赫 α）：各题是否在测同一种能力，从 0 到 1。0.8 以上可靠，"
              "0.7 以下偏低——题目太少、太易或彼此无关时都会偏低。",
        "en": "Reliability (Cronbach's alpha): whether the questions measure the same thing, "
              "from 0 to 1. Above 0.8 is reliable, below 0.7 low — too few, too easy or "
              "unrelated questions all lower it."},
    "item_stats.chart.facility": {"zh": "答对率（%）", "en": "Facility (%)"},
    "item_stats.chart.discrimination": {"zh": "区分度（−1 到 1，低于 0.2 偏弱）",
                                        "en": "Discrimination (−1 to 1; below 0.2 is weak)"},
    "item_stats.help.button": {"zh": "这些数字怎么看？", "en": "What do these numbers mean?"},
    "item_stats.help.close": {"zh": "关闭", "en": "Close"},
    "item_stats.help.title": {"zh": "怎样读题目统计", "en": "Reading the item statistics"},
    "item_stats.help.body": {
        "zh": (
            "<h3>答对率</h3><p>学员在这道题上平均拿到满分的百分之几。30% 以下偏难："
            "看题干是否清楚、课上是否讲到。几乎人人答对（95% 以上）的题作为必会知识点可以保留。</p>"
            "<h3>区分度</h3><p>成绩好的学员是否更容易答对这道题，从 −1 到 1。0.3 以上好，"
            "0.2 以下弱（题目可能有歧义或靠运气）。<b>负数</b>表示成绩差的学员反而答对得多，"
            "最常见的原因是标准答案设错了。</p>"
            "<h3>答案可能有误</h3><p>答对率低而区分度为负，或成绩最好的约四分之一学员集中选了另一个"
            "选项：先在题库里核对标准答案，改正后重新评分。</p>"
            "<h3>无人选的干扰项</h3><p>没人选的错误选项不起作用，换成学员常见的错误想法。</p>"
            "<h3>作答太少</h3><p>少于 {needed} 次作答时，一两个人就能让数字大起大落，"
            "所以不判断难易和区分度，只提示可能有误的答案。</p>"
            "<h3>信度（克隆巴赫 α）</h3><p>整份测验的各题是否在测同一种能力，从 0 到 1。"
            "0.8 以上可靠，0.7 以下偏低。题目少、太容易或彼此无关都会让它偏低；"
            "随机抽题时各人题目不同，无法计算。</p>"),
        "en": (
            "<h3>Facility</h3><p>The share of the marks trainees got on the question, on "
            "average. Below 30% is hard: check the wording is clear and the point was taught. "
            "A question nearly everyone gets right (above 95%) is fine for a must-know point.</p>"
            "<h3>Discrimination</h3><p>Whether trainees who did well overall also got this "
            "question right, from −1 to 1. Above 0.3 is good; below 0.2 is weak (the question "
            "may be ambiguous or a guess). <b>Negative</b> means weaker trainees did better on "
            "it — most often because the key is wrong.</p>"
            "<h3>Possible wrong key</h3><p>Low facility with negative discrimination, or the "
            "strongest quarter of the class chose another option more often than the key: "
            "check the key in the question bank, fix it and regrade.</p>"
            "<h3>Distractors nobody chose</h3><p>A wrong option nobody picks does no work; "
            "replace it with a common mistake.</p>"
            "<h3>Too few attempts</h3><p>With fewer than {needed} attempts one or two trainees "
            "swing the figures, so easy/hard and discrimination are not judged; only a "
            "possible wrong key is flagged.</p>"
            "<h3>Reliability (Cronbach's alpha)</h3><p>Whether the quiz's questions measure "
            "the same thing, from 0 to 1. Above 0.8 is reliable, below 0.7 low. Few, too easy "
            "or unrelated questions lower it; with random draws trainees got different "
            "questions and it cannot be computed.</p>")},
}
