"""The review never crashes on a half-written or broken course: it is run on every edit."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courseware import model as m
from courseware.review import review_course
from tests.courseware.course_builder import sample_course
from tests.courseware.review.review_courses import flawed_course


def test_odd_but_loadable_courses() -> None:
    course = sample_course()
    quiz = course.modules[0].quizzes[0]
    quiz.questions += [
        m.SingleChoiceQuestion(id="empty"),  # no options
        m.SingleChoiceQuestion(id="no-key", options=[m.Option("a", "甲"), m.Option("b", "乙")]),
        m.MatchingQuestion(id="no-pairs"),
        m.ScenarioQuestion(id="loop", start="x", nodes=[  # a cycle and a missing node
            m.ScenarioNode("x", choices=[m.ScenarioChoice("回去", "y"),
                                         m.ScenarioChoice("不见了", "gone")]),
            m.ScenarioNode("y", choices=[m.ScenarioChoice("再来", "x")])]),
    ]
    quiz.draws = [m.Draw(count=3, from_quiz="missing"), m.Draw(count=0, category="none")]
    course.final_exam = m.Quiz(id="exam", draws=[m.Draw(count=5, from_quiz=quiz.id)])
    findings = review_course(course)
    assert all(f.location.text("zh") and f.location.text("en") for f in findings)
    assert any(f.code == "matching_few_pairs" and f.location.question_id == "no-pairs"
               for f in findings)


texts = st.text(max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=texts, options=st.lists(st.tuples(texts, st.booleans()), max_size=6),
       points=st.floats(min_value=0, max_value=100))
def test_any_text_in_a_question_is_reviewed(prompt: str, options: list[tuple[str, bool]],
                                           points: float) -> None:
    course = copy.deepcopy(FLAWED)
    question = course.modules[0].quizzes[0].questions[0]
    assert isinstance(question, m.SingleChoiceQuestion)
    question.prompt, question.points = prompt, points
    question.options = [m.Option(f"o{i}", text, correct) for i, (text, correct)
                        in enumerate(options)]
    review_course(course)


FLAWED = flawed_course()
