"""The class of the end-to-end test: who is in it and how each trainee answers (no Qt).

Shared by the test and the trainee PCs it starts. Everything is deterministic: a trainee
answers every question of ``m1-quiz`` from the answer key, except the first ``wrong`` of its
single-choice questions (in the course's order), and writes ``essay`` (or leaves it blank);
the trainer then gives ``essay_marks`` per rubric criterion.
"""

from __future__ import annotations

from dataclasses import dataclass

from courseware import model as m
from courseware.engine import JSONValue

QUIZ_ID = "m1-quiz"  # the module quiz that exercises the most: choice, matching, essay …
PASSPHRASE = "春季班 银行服务信任 2024"
TRAINER_PASSWORD = "讲师-7391"
HALF = 8  # pages a PC answers before it waits for the test
AUTO_POINTS = 27.0  # m1-quiz: 32 points, 5 of them for the essay
MAX_POINTS = 32.0
PASS_PERCENT = 80.0

GOOD_ESSAY = ("先让刘先生把话说完，认同他的不满，坦白承认当初没有说明赎回费，是我的工作没做到位。"
              "再拿出说明书讲清赎回费的规则，按流程申请特殊处理，后天中午前回电告知结果，并按时兑现。"
              "心理契约理论：他期待重要信息会被告知；社会交换理论：要恢复交换的公平感。")
SHORT_ESSAY = "向客户道歉，解释赎回费是合同规定的，请他理解。"
OFF_ESSAY = "建议客户以后自己多看合同。"


@dataclass(frozen=True)
class TraineePlan:
    name: str
    employee_id: str
    department: str
    wrong: int  # single-choice questions answered wrong
    essay: str  # "" leaves the essay unanswered (graded 0 at once, nothing to mark)
    essay_marks: tuple[float, ...] = ()  # the trainer's marks per rubric criterion

    @property
    def score(self) -> float:
        return AUTO_POINTS - self.wrong + sum(self.essay_marks)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / MAX_POINTS

    @property
    def passed(self) -> bool:
        return self.percent >= PASS_PERCENT


CLASS = [
    TraineePlan("张伟", "E001", "营业部", 0, GOOD_ESSAY, (2, 1, 1, 1)),
    TraineePlan("王芳", "E002", "营业部", 0, ""),
    TraineePlan("李娜", "E003", "营业部", 1, GOOD_ESSAY, (2, 1, 1, 0)),
    TraineePlan("刘洋", "E004", "营业部", 2, SHORT_ESSAY, (1, 0, 0, 0)),
    TraineePlan("陈静", "E005", "营业部", 3, SHORT_ESSAY, (1, 0, 0, 0)),
    TraineePlan("杨磊", "E006", "信用卡中心", 2, ""),
    TraineePlan("赵敏", "E007", "信用卡中心", 4, SHORT_ESSAY, (1, 1, 0, 0)),
    TraineePlan("黄丽", "E008", "信用卡中心", 5, ""),
    TraineePlan("周杰", "E009", "信用卡中心", 6, GOOD_ESSAY, (2, 1, 1, 1)),
    TraineePlan("欧阳娜娜", "E010", "信用卡中心", 7, OFF_ESSAY, (0, 0, 0, 0)),
]
CRASHING = "E009"  # 周杰's PC is killed mid-quiz; he passes only if no answer was lost


def plan_for(employee_id: str) -> TraineePlan:
    return next(p for p in CLASS if p.employee_id == employee_id)


def single_choice_ids(quiz: m.Quiz) -> list[str]:
    return [q.id for q in quiz.questions if isinstance(q, m.SingleChoiceQuestion)]


def planned_answer(quiz: m.Quiz, question: m.Question, plan: TraineePlan) -> JSONValue:
    """The value this trainee gives (the key's, or a wrong option); None for a blank essay."""
    if isinstance(question, m.SingleChoiceQuestion):
        wrong = question.id in single_choice_ids(quiz)[:plan.wrong]
        return next(o.id for o in question.options if o.correct != wrong)
    if isinstance(question, m.MultipleChoiceQuestion):
        return [o.id for o in question.options if o.correct]
    if isinstance(question, m.TrueFalseQuestion):
        return question.answer
    if isinstance(question, m.FillBlankQuestion):
        return [blank.accepted[0] for blank in question.blanks]
    if isinstance(question, m.MatchingQuestion):
        return {pair.left: pair.right for pair in question.pairs}
    if isinstance(question, m.OrderingQuestion):
        return list(question.items)
    if isinstance(question, m.EssayQuestion):
        return plan.essay or None
    raise AssertionError(f"{question.id}: {question.type_name} is not in the plan")
