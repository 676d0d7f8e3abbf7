"""A quiz with one question of every type, and a graded attempt at it, for review tests."""

from __future__ import annotations

from datetime import UTC, datetime

from courseware import model as m
from courseware.engine import AnswerRecord, Attempt, AttemptState, QuizGrader
from courseware.engine.attempt import JSONValue


def option(oid: str, correct: bool = False) -> m.Option:
    return m.Option(id=oid, text=f"text-{oid}", correct=correct, feedback=f"fb-{oid}")


def scenario() -> m.ScenarioQuestion:
    return m.ScenarioQuestion(id="sn", prompt="scenario", feedback="general-sn", start="n1", nodes=[
        m.ScenarioNode("n1", "客户生气", choices=[
            m.ScenarioChoice("倾听", "n2", "fb-listen"),
            m.ScenarioChoice("解释规定", "bad", "fb-explain")]),
        m.ScenarioNode("n2", "客户平静", choices=[
            m.ScenarioChoice("解决问题", "good", "fb-solve"),
            m.ScenarioChoice("转交他人", "mid", "fb-pass")]),
        m.ScenarioNode("good", "客户满意", ending=m.ScenarioEnding(100, "ending-good")),
        m.ScenarioNode("mid", "客户勉强接受", ending=m.ScenarioEnding(50, "ending-mid")),
        m.ScenarioNode("bad", "客户投诉", ending=m.ScenarioEnding(0, "ending-bad")),
    ])


def questions() -> list[m.Question]:
    return [
        m.SingleChoiceQuestion(id="sc", prompt="single", feedback="general-sc",
                               options=[option("a", True), option("b"), option("c")]),
        m.MultipleChoiceQuestion(id="mc", prompt="multi", feedback="general-mc",
                                 options=[option("a", True), option("b"), option("c", True),
                                          option("d")]),
        m.TrueFalseQuestion(id="tf", prompt="tf", feedback="general-tf", answer=False,
                            true_feedback="fb-true", false_feedback="fb-false"),
        m.FillBlankQuestion(id="fb", prompt="___ and ___", feedback="general-fb",
                            blanks=[m.Blank(["认同", "认可"]), m.Blank(["跟进"])]),
        m.MatchingQuestion(id="ma", prompt="match", feedback="general-ma",
                           pairs=[m.MatchPair("L1", "R1"), m.MatchPair("L2", "R2")],
                           distractors=["R3"]),
        m.OrderingQuestion(id="or", prompt="order", feedback="general-or",
                           items=["倾听", "认同", "回应"]),
        m.EssayQuestion(id="es", prompt="essay", points=3, feedback="general-es",
                        rubric=[m.RubricCriterion("needs", 2), m.RubricCriterion("tone", 1)],
                        model_answer="MODEL-ANSWER"),
        scenario(),
    ]


ANSWERS: dict[str, JSONValue] = {
    "sc": "b",
    "mc": ["a", "b", "c"],           # 2/2 right − 1/2 wrong = 0.5
    "tf": True,
    "fb": ["认同", "回应"],           # 1 of 2 blanks
    "ma": {"L1": "R1", "L2": "R3"},  # 1 of 2 pairs
    "or": ["倾听", "认同", "回应"],
    "es": "先倾听，再认同。",
    "sn": [0, 1],                    # listen, then pass on: the 50 % ending
}

ORDERS = {"sc": ["c", "b", "a"], "mc": ["d", "c", "b", "a"], "ma": ["R3", "R2", "R1"],
          "or": ["回应", "倾听", "认同"]}


def the_quiz(**settings: object) -> m.Quiz:
    bands = [m.FeedbackBand(80, "band-high"), m.FeedbackBand(0, "band-low")]
    return m.Quiz(id="quiz", settings=m.QuizSettings(**settings),  # type: ignore[arg-type]
                  feedback_bands=bands, questions=questions())


def graded_attempt(quiz: m.Quiz, answers: dict[str, JSONValue] | None = None,
                   state: AttemptState = AttemptState.SUBMITTED) -> Attempt:
    given = ANSWERS if answers is None else answers
    attempt = Attempt(
        id="att", quiz_id=quiz.id, course_id="c", trainee_id="t", attempt_number=1, seed=1,
        started_at=datetime(2024, 1, 1, tzinfo=UTC),
        question_ids=[q.id for q in quiz.questions], option_orders=dict(ORDERS),
        answers={qid: AnswerRecord(value=v) for qid, v in given.items()}, state=state)
    if state.finished:
        QuizGrader(by_id(quiz), quiz.settings).apply(attempt)
    return attempt


def by_id(quiz: m.Quiz) -> dict[str, m.Question]:
    return {q.id: q for q in quiz.questions}
