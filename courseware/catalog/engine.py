"""Messages of the quiz engine (attempts, grading, review) in English and Simplified Chinese."""

MESSAGES: dict[str, dict[str, str]] = {
    "engine.error": {"en": "the quiz cannot do that now", "zh": "测验当前无法执行此操作"},
    "engine.attempt_not_found": {
        "en": "attempt {attempt_id} was not found",
        "zh": "找不到答题记录 {attempt_id}",
    },
    "engine.attempt_conflict": {
        "en": "this attempt has already been started (perhaps on another computer)",
        "zh": "该次答题已经开始（可能是在另一台电脑上）",
    },
    "engine.no_attempts_left": {
        "en": "no attempts left: you have used all {allowed} attempts at this quiz",
        "zh": "答题次数已用完：本测验最多可作答 {allowed} 次",
    },
    "engine.attempt_closed": {
        "en": "this attempt has already been submitted",
        "zh": "本次答题已经提交",
    },
    "engine.time_up": {
        "en": "time is up: your answers were submitted automatically",
        "zh": "时间到：您的答案已自动提交",
    },
    "engine.navigation_back_refused": {
        "en": "this quiz must be answered in order: you cannot go back to an earlier question",
        "zh": "本测验须按顺序作答，不能返回前面的题目",
    },
    "engine.unknown_question": {
        "en": "question {question_id} is not part of this attempt",
        "zh": "题目 {question_id} 不在本次答题中",
    },
    "engine.invalid_certainty": {
        "en": "choose how sure you are: 1 (not sure), 2 (fairly sure) or 3 (sure)",
        "zh": "请选择把握程度：1（没把握）、2（比较有把握）或 3（很有把握）",
    },
    "engine.not_gradable": {
        "en": "question {question_id} is not an essay awaiting grading in this attempt",
        "zh": "题目 {question_id} 不是本次答题中待评分的问答题",
    },
    "engine.invalid_rubric_marks": {
        "en": "give one mark per rubric criterion, each between 0 and its points ({detail})",
        "zh": "请为每条评分标准给出一个分数，且不超过该标准的分值（{detail}）",
    },
    "engine.answer_locked": {
        "en": "this answer has been checked and can no longer be changed",
        "zh": "此题已查看反馈，答案不能再修改",
    },
    "engine.invalid_scenario_choice": {
        "en": "this choice is not available at this point of the scenario",
        "zh": "情境的当前步骤没有这个选项",
    },
    # review and summary
    "engine.review.true": {"en": "True", "zh": "对"},
    "engine.review.false": {"en": "False", "zh": "错"},
    "engine.review.pair": {"en": "{left} → {right}", "zh": "{left} → {right}"},
    "engine.review.no_match": {"en": "(not matched)", "zh": "（未配对）"},
    "engine.review.choice": {"en": "→ {text}", "zh": "→ {text}"},
    "engine.review.status.right": {"en": "Correct", "zh": "正确"},
    "engine.review.status.partial": {"en": "Partly correct", "zh": "部分正确"},
    "engine.review.status.wrong": {"en": "Incorrect", "zh": "错误"},
    "engine.review.status.pending": {"en": "Awaiting grading", "zh": "待评分"},
    "engine.certainty.1": {"en": "Not sure", "zh": "没把握"},
    "engine.certainty.2": {"en": "Fairly sure", "zh": "比较有把握"},
    "engine.certainty.3": {"en": "Sure", "zh": "很有把握"},
    "engine.state.open": {"en": "In progress", "zh": "进行中"},
    "engine.state.submitted": {"en": "Submitted", "zh": "已提交"},
    "engine.state.auto_submitted": {
        "en": "Submitted automatically (time limit)",
        "zh": "已自动提交（时间到）",
    },
    "engine.result.passed": {"en": "Passed", "zh": "通过"},
    "engine.result.failed": {"en": "Not passed", "zh": "未通过"},
    "engine.result.pending": {
        "en": "Awaiting grading by the trainer",
        "zh": "等待讲师评分",
    },
    "engine.summary.unanswered": {
        "en": "{count} questions not answered",
        "en_one": "1 question not answered",
        "zh": "有 {count} 道题未作答",
    },
    "engine.summary.flagged": {
        "en": "{count} questions flagged for review",
        "en_one": "1 question flagged for review",
        "zh": "有 {count} 道题已标记待检查",
    },
    "engine.summary.confirm": {
        "en": "Submit all answers and finish? You cannot change them afterwards.",
        "zh": "确定提交全部答案并结束答题吗？提交后将无法修改。",
    },
    "engine.time_remaining": {"en": "Time left: {time}", "zh": "剩余时间：{time}"},
}
