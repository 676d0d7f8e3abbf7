"""A clean course (nothing to find) and the same course with each review flaw put in once."""

from __future__ import annotations

import copy

from courseware import model as m

NEVER = m.Timing.NEVER


def sc(qid: str, stem: str, texts: list[str], key: int, points: float = 1,
       category: str = "") -> m.SingleChoiceQuestion:
    options = [m.Option(id="abcd"[i], text=t, correct=i == key, feedback=f"说明{i + 1}")
               for i, t in enumerate(texts)]
    return m.SingleChoiceQuestion(id=qid, prompt=stem, options=options, points=points,
                                  category=category)


def tf(qid: str, statement: str, answer: bool, points: float = 1) -> m.TrueFalseQuestion:
    return m.TrueFalseQuestion(id=qid, prompt=statement, answer=answer, points=points,
                               true_feedback="理由甲", false_feedback="理由乙")


def scenario(best: list[int]) -> m.ScenarioQuestion:
    """Four decisions; ``best[i]`` is where the good choice sits at decision i."""
    nodes = []
    texts = ["先安抚情绪", "马上查账单", "请他稍等会", "直接转主管"]
    for i, position in enumerate(best):
        following = f"n{i + 1}" if i < len(best) - 1 else "good"
        choices = [m.ScenarioChoice(text=texts[(i + j) % 4], next="bad") for j in range(3)]
        choices[position] = m.ScenarioChoice(text=texts[(i + position) % 4], next=following)
        nodes.append(m.ScenarioNode(id=f"n{i}", text=f"第{i + 1}步", choices=choices))
    nodes.append(m.ScenarioNode(id="good", text="圆满", ending=m.ScenarioEnding(100, "好")))
    nodes.append(m.ScenarioNode(id="bad", text="投诉", ending=m.ScenarioEnding(0, "差")))
    return m.ScenarioQuestion(id="m1-s", prompt="来电处理", start="n0", nodes=nodes)


def module_one() -> m.Module:
    quiz = m.Quiz(id="m1-quiz", title="第一单元测验", questions=[
        sc("m1-q1", "柜面排长队时，大堂经理首先应当怎样做？",
           ["主动分流引导", "关闭叫号机器", "请保安维持", "让客户改天"], 0),
        sc("m1-q2", "客户抱怨利率太低，理财经理合适的回应是？",
           ["直说无能为力", "先认同其感受", "推荐高风险品", "转去其他银行"], 1),
        sc("m1-q3", "老人办理挂失业务时忘记密码，柜员应当？",
           ["让他回家再想", "随便设一个码", "引导重置流程", "请家属代办理"], 2),
        sc("m1-q4", "电话银行里客户情绪激动，坐席第一句话说什么？",
           ["请您冷静一点", "这不归我管理", "您先别着急嘛", "我明白您的急"], 3),
        tf("m1-t1", "认同客户的感受并不等于同意他的要求。", True),
        tf("m1-t2", "信任可以靠一次承诺就建立起来。", False),
        tf("m1-t3", "跟进是积极回应公式中的最后一步。", True),
        tf("m1-t4", "同理心就是把自己的看法告诉客户。", False),
        m.MatchingQuestion(id="m1-match", prompt="把做法与步骤配对", pairs=[
            m.MatchPair("点头示意", "倾听"), m.MatchPair("复述要点", "确认"),
            m.MatchPair("约定回电", "跟进")]),
        scenario([1, 0, 1, 0]),
    ])
    return m.Module(id="m1", title="信任", items=[quiz], folder="modules/m1")


def module_two() -> m.Module:
    quiz = m.Quiz(id="m2-quiz", title="第二单元测验", questions=[
        sc("m2-q1", "信用卡年费争议中，客服最先核实的是？",
           ["开卡日期", "消费笔数", "收费标准", "客户职业"], 2),
        sc("m2-q2", "客户要求立即撤销一笔境外交易，应当？",
           ["说明争议流程", "承诺马上退钱", "让他找商户去", "建议注销卡片"], 0),
        sc("m2-q3", "分期手续费的说明应在什么时候给出？",
           ["办理之前", "还款之后", "出账那天", "投诉以后"], 3),
        sc("m2-q4", "客户说“你们就是想赚钱”，较好的接话是？",
           ["这是规定", "您误会了", "别这么说", "您担心费用"], 1),
        tf("m2-t1", "积极回应的第一步是倾听。", True),
        tf("m2-t2", "道歉意味着承认银行有过错。", False),
        tf("m2-t3", "复述客户的话能让他感到被听见。", True),
        tf("m2-t4", "服务心法只适用于柜面岗位。", False),
    ])
    return m.Module(id="m2", title="积极回应", items=[quiz], folder="modules/m2")


def bank(module: m.Module, qid: str, questions: list[m.Question]) -> None:
    settings = m.QuizSettings(feedback_timing=NEVER, answers_timing=NEVER)
    module.items.append(m.Quiz(id=qid, title=f"{module.title}题库", settings=settings,
                               questions=questions))


def clean_course() -> m.Course:
    one, two = module_one(), module_two()
    bank(one, "m1-bank", [
        sc("b1-q1", "存款证明开具需要带哪些材料？",
           ["身份证件", "工作证明", "结婚证书", "社保卡片"], 0),
        sc("b1-q2", "网点晨会上通报客户表扬，主要目的在于？",
           ["完成考核", "树立榜样", "填补时间", "应付检查"], 1)])
    bank(two, "m2-bank", [
        sc("b2-q1", "转账限额调整应通过哪条渠道？",
           ["网点柜台", "微信群聊", "短信回复", "朋友代办"], 0),
        sc("b2-q2", "理财产品风险等级由谁评定？",
           ["客户本人", "销售人员", "发行机构", "大堂保安"], 2)])
    exam = m.Quiz(id="exam", title="结业考试", draws=[
        m.Draw(count=2, from_quiz="m1-bank"), m.Draw(count=2, from_quiz="m2-bank")])
    return m.Course(id="clean", title="干净课程", modules=[one, two], final_exam=exam,
                    certificate=m.CertificateSettings("结业证书", 6, "示例银行培训部"))


def question(course: m.Course, qid: str) -> m.Question:
    return next(q for q in course.all_questions() if q.id == qid)


def flawed_course() -> m.Course:
    """Each finding code exactly once; FLAWS says where."""
    course = clean_course()
    one, two = course.modules
    quiz1, quiz2 = one.quizzes[0], two.quizzes[0]
    q = question(course, "m1-q1")
    assert isinstance(q, m.SingleChoiceQuestion)
    q.options[0].text = "主动上前询问业务并分流引导到自助设备"  # key_longest
    q.feedback = "TODO"  # placeholder
    question(course, "m1-q2").prompt = "下列做法中不正确的是？客户抱怨利率太低时"  # negative
    q3 = question(course, "m1-q3")
    assert isinstance(q3, m.SingleChoiceQuestion)
    q3.options[2].text = "引导挂失流程"  # key_repeats_stem (挂失)
    q4 = question(course, "m1-q4")
    duplicate = copy.deepcopy(q4)
    duplicate.id = "m2-q4"
    quiz2.questions[3] = duplicate  # duplicate (and the key position of m2 moves to D)
    assert isinstance(q4, m.SingleChoiceQuestion)
    q4.options[0].feedback = ""  # option_feedback_missing
    question(course, "m1-t2").prompt = "信任总是可以靠一次承诺建立起来。"  # absolute_words
    quiz1.questions[8] = m.MatchingQuestion(id="m1-match", prompt="把做法与步骤配对", pairs=[
        m.MatchPair("点头示意", "倾听"), m.MatchPair("约定回电", "跟进")])  # matching_few_pairs
    quiz1.questions[9] = scenario([0, 0, 0, 0])  # scenario_best_first
    for index, key in enumerate((3, 3, 3)):  # key_position: D in 3 of 4
        _move_key(quiz2.questions[index], key)
    for index in (0, 1, 2):  # key_longest_share: keys longest by a hair in 3 of 4
        _lengthen_key(quiz2.questions[index])
    for tf_question in quiz2.questions[4:]:  # true_false_balance: all false
        assert isinstance(tf_question, m.TrueFalseQuestion)
        tf_question.answer = False
    quiz2.questions[5].points = 2  # uneven_points
    b1 = question(course, "b1-q1")
    assert isinstance(b1, m.SingleChoiceQuestion)
    b1.options[3].text = "以上都对"  # all_of_the_above
    b2 = question(course, "b2-q1")
    assert isinstance(b2, m.SingleChoiceQuestion)
    b2.options[3].text = "以上都不对"  # none_of_the_above
    near = question(course, "b2-q2")
    near.prompt = "网点晨会上通报客户的表扬，主要目的在于？"  # near_duplicate of b1-q2
    assert isinstance(near, m.SingleChoiceQuestion)
    near.options = copy.deepcopy(question(course, "b1-q2").options)  # type: ignore[attr-defined]
    _add_modules(course)
    assert course.certificate is not None
    course.certificate.issuer = "（请填写培训机构名称）"  # placeholder_certificate
    return course


def _move_key(q: m.Question, key: int) -> None:
    assert isinstance(q, m.SingleChoiceQuestion)
    old = next(i for i, o in enumerate(q.options) if o.correct)
    q.options[old], q.options[key] = q.options[key], q.options[old]


def _lengthen_key(q: m.Question) -> None:
    assert isinstance(q, m.SingleChoiceQuestion)
    key = next(o for o in q.options if o.correct)
    key.text += "了"


def _add_modules(course: m.Course) -> None:
    """module_may_be_missed, module_not_drawn, exam_exposure, drawn_total_varies."""
    three = m.Module(id="m3", title="信用卡", folder="modules/m3")
    bank(three, "m3-bank", [sc("m3-q1", "附属卡的还款责任由谁承担？",
                               ["主卡持卡人", "附属卡本人", "发卡网点", "担保公司"], 0,
                               points=2, category="mixed")])
    four = m.Module(id="m4", title="同理心", folder="modules/m4")
    four.items.append(m.Quiz(id="m4-quiz", title="第四单元测验", questions=[
        sc("m4-q1", "同理心的第一步是什么？",
           ["觉察情绪", "给出建议", "讲清规定", "结束通话"], 0)]))
    course.modules += [three, four]
    question(course, "b2-q2").category = "mixed"
    assert course.final_exam is not None
    course.final_exam.draws += [m.Draw(count=1, category="mixed"),
                                m.Draw(count=1, from_quiz="m1-quiz", types=["true_false"])]


# code → (module, quiz id, question number) of the one finding expected
FLAWS = {
    "key_longest": (1, "m1-quiz", 1),
    "placeholder": (1, "m1-quiz", 1),
    "negative_stem": (1, "m1-quiz", 2),
    "key_repeats_stem": (1, "m1-quiz", 3),
    "option_feedback_missing": (1, "m1-quiz", 4),
    "absolute_words": (1, "m1-quiz", 6),
    "matching_few_pairs": (1, "m1-quiz", 9),
    "scenario_best_first": (1, "m1-quiz", 0),
    "key_position": (2, "m2-quiz", 0),
    "key_longest_share": (2, "m2-quiz", 0),
    "duplicate": (2, "m2-quiz", 4),
    "true_false_balance": (2, "m2-quiz", 0),
    "uneven_points": (2, "m2-quiz", 0),
    "all_of_the_above": (1, "m1-bank", 1),
    "none_of_the_above": (2, "m2-bank", 1),
    "near_duplicate": (2, "m2-bank", 2),
    "exam_exposure": (0, "exam", 0),
    "module_may_be_missed": (0, "exam", 0),
    "module_not_drawn": (0, "exam", 0),
    "drawn_total_varies": (0, "exam", 0),
    "placeholder_certificate": (0, "", 0),
}
